import type { LibraryFilters } from '@/lib/db/library';
import { queryWords } from '@/lib/search';
import type { FilterChoice } from './Filters';
import { dayStart } from './dates';

/**
 * The query the library runs for what the reader chose. A search of single letters only waits for
 * the next key: every highlight has a word starting with "t", and such a search cannot use the index.
 */
export function toFilters(choice: FilterChoice): { filters: LibraryFilters; waiting: boolean } {
  const words = queryWords(choice.query);
  const waiting = words.length > 0 && !words.some((w) => w.length >= 2);
  const filters: LibraryFilters = {};
  if (words.length && !waiting) filters.query = choice.query;
  if (choice.color) filters.colors = [choice.color];
  if (choice.tag) filters.tags = [choice.tag];
  if (choice.site) filters.site = choice.site;
  const from = dayStart(choice.from);
  const to = dayStart(choice.to, true);
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (choice.orphansOnly) filters.orphansOnly = true;
  return { filters, waiting };
}
