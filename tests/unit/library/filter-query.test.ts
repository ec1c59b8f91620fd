import { describe, expect, it } from 'vitest';
import { toFilters } from '../../../components/library/filter-query';
import { NO_FILTERS } from '../../../components/library/Filters';

describe('what the search bar asks of the library', () => {
  it('waits while the search has only single letters, keeping the other filters', () => {
    expect(toFilters({ ...NO_FILTERS, query: 'g', color: 'pink' })).toEqual({ filters: { colors: ['pink'] }, waiting: true });
    expect(toFilters({ ...NO_FILTERS, query: 'gi' })).toEqual({ filters: { query: 'gi' }, waiting: false });
    expect(toFilters({ ...NO_FILTERS, query: 'giai n' }).filters.query).toBe('giai');
    expect(toFilters({ ...NO_FILTERS, query: 'tang 8 ' }).filters.query).toBe('tang 8 ');
  });

  it('turns the chosen days into a range covering both whole local days', () => {
    const { filters } = toFilters({ ...NO_FILTERS, from: '2026-11-20', to: '2026-11-21', orphansOnly: true });
    expect(filters.from).toBe(new Date(2026, 10, 20).toISOString());
    expect(filters.to).toBe(new Date(2026, 10, 22).toISOString());
    expect(filters.orphansOnly).toBe(true);
  });
});
