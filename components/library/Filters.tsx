import { COLORS, type Color } from '@/lib/model/highlight';
import type { Facets } from '@/lib/db/library';
import { t } from '@/lib/i18n';
import { colorLabel } from '../ColorPicker';

/** What the reader has chosen in the search bar, before it becomes a query. */
export interface FilterChoice {
  query: string;
  color: Color | '';
  tag: string;
  site: string;
  /** Local calendar days (YYYY-MM-DD), as date inputs give them. */
  from: string;
  to: string;
  orphansOnly: boolean;
}

export const NO_FILTERS: FilterChoice = { query: '', color: '', tag: '', site: '', from: '', to: '', orphansOnly: false };

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** The search box and the filters by colour, tag, site, dates and orphans. */
export function Filters({ choice, facets, onChange }: { choice: FilterChoice; facets: Facets | null; onChange(next: FilterChoice): void }) {
  const set = (patch: Partial<FilterChoice>) => onChange({ ...choice, ...patch });
  return (
    <div class="filters">
      <input
        type="search"
        class="search"
        data-testid="search-input"
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchPlaceholder')}
        value={choice.query}
        onInput={(e) => set({ query: value(e) })}
      />
      <select data-testid="filter-color" aria-label={t('filterColor')} value={choice.color} onChange={(e) => set({ color: value(e) as Color | '' })}>
        <option value="">{t('allColors')}</option>
        {COLORS.filter((c) => !facets || facets.colors.includes(c) || c === choice.color).map((c) => (
          <option value={c}>{colorLabel(c)}</option>
        ))}
      </select>
      <select data-testid="filter-tag" aria-label={t('filterTag')} value={choice.tag} onChange={(e) => set({ tag: value(e) })}>
        <option value="">{t('allTags')}</option>
        {(facets?.tags ?? []).map((tag) => (
          <option value={tag}>{tag}</option>
        ))}
      </select>
      <select data-testid="filter-site" aria-label={t('filterSite')} value={choice.site} onChange={(e) => set({ site: value(e) })}>
        <option value="">{t('allSites')}</option>
        {(facets?.sites ?? []).map((site) => (
          <option value={site}>{site}</option>
        ))}
      </select>
      <label class="date">
        {t('filterFrom')} <input type="date" data-testid="filter-from" value={choice.from} onChange={(e) => set({ from: value(e) })} />
      </label>
      <label class="date">
        {t('filterTo')} <input type="date" data-testid="filter-to" value={choice.to} onChange={(e) => set({ to: value(e) })} />
      </label>
      <label class="orphans-filter">
        <input type="checkbox" data-testid="filter-orphans" checked={choice.orphansOnly} onChange={(e) => set({ orphansOnly: (e.currentTarget as HTMLInputElement).checked })} />{' '}
        {/* No count until the facets are read: a '(0)' there would be a claim, not a placeholder. */}
        {facets ? t('orphansOnly', { count: facets.orphans }) : t('orphansOnlyUncounted')}
      </label>
    </div>
  );
}
