import { LIBRARY_SORTS, type LibrarySort } from '@/lib/db/library-order';
import { t, type MessageKey } from '@/lib/i18n';

const LABELS: Record<LibrarySort, MessageKey> = { newest: 'sortNewest', oldest: 'sortOldest', page: 'sortPage', reading: 'sortReading' };

/** The order of the list: newest, oldest, by page title, or reading order within each page. */
export function SortSelect({ sort, onChange }: { sort: LibrarySort; onChange(next: LibrarySort): void }) {
  return (
    <label class="sort">
      {t('sortLabel')}{' '}
      <select data-testid="sort-select" value={sort} onChange={(e) => onChange(e.currentTarget.value as LibrarySort)}>
        {LIBRARY_SORTS.map((s) => (
          <option value={s}>{t(LABELS[s])}</option>
        ))}
      </select>
    </label>
  );
}
