import { t } from '@/lib/i18n';

/** Says what was just deleted and offers to bring it back. */
export function UndoBar({ count, onUndo, onClose }: { count: number; onUndo(): void; onClose(): void }) {
  return (
    <div class="undo-bar" role="status" data-testid="undo-bar">
      <span>{count === 1 ? t('deleted') : t('deletedMany', { count })}</span>
      <button type="button" data-testid="undo" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" class="small" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
