import { searchTerms, type LibraryFilters } from '@/lib/db/library';
import { queryWords } from '@/lib/search';
import type { FilterChoice } from './Filters';
import { dayStart } from './dates';

/**
 * The query the library runs for what the reader chose. A single letter being typed waits for the
 * next key: every highlight has a word starting with "t", and one letter cannot use the index, so
 * "giai n" searches "giai" until the reader types "giai ng".
 */
export function toFilters(choice: FilterChoice): { filters: LibraryFilters; waiting: boolean } {
  let query = choice.query;
  const { start } = searchTerms(query);
  if (start && start.length < 2) query = query.replace(/[\p{L}\p{N}]+$/u, '').trimEnd();
  const words = queryWords(query);
  const waiting = queryWords(choice.query).length > 0 && !words.some((w) => w.length >= 2);
  const filters: LibraryFilters = {};
  if (words.length && !waiting) filters.query = query;
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
