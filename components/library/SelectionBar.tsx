import { t } from '@/lib/i18n';

interface Props {
  selected: number;
  total: number;
  onSelectAll(): void;
  onClear(): void;
  onDelete(): void;
}

/** What can be done to the chosen highlights at once. */
export function SelectionBar({ selected, total, onSelectAll, onClear, onDelete }: Props) {
  return (
    <div class="selection">
      <button type="button" class="small" data-testid="select-all" disabled={!total} onClick={onSelectAll}>
        {t('selectAll', { count: total })}
      </button>
      {selected > 0 && (
        <>
          <button type="button" class="small" data-testid="clear-selection" onClick={onClear}>
            {t('clearSelection')}
          </button>
          <button type="button" class="small danger" data-testid="delete-selected" onClick={onDelete}>
            {t('deleteSelected', { count: selected })}
          </button>
        </>
      )}
    </div>
  );
}
