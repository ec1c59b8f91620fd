import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import type { PageNotes } from './page-note';

export type { PageNotes } from './page-note';

/** The highlights of one page, with what a reader needs to recognise the page. */
export interface PageGroup {
  pageKey: string;
  title: string;
  url: string;
  site: string;
  /** The article's published date when known, else the day of the page's first highlight (YYYY-MM-DD). */
  date: string;
  /** The article's byline and published time, when known. */
  author?: string;
  published?: string;
  /** The reader's note on the whole page, when there is one. */
  note?: string;
  highlights: Highlight[];
}


/**
 * Groups highlights by page, keeping the order the caller gave (the order the library shows),
 * so "export what I see" exports it in the same order. The article's title wins over the
 * title remembered on the highlight, which may be an older version of the page.
 */
export function groupByPage(highlights: readonly Highlight[], articles: readonly Article[] = [], notes: PageNotes = new Map()): PageGroup[] {
  const articleOf = new Map(articles.map((a) => [a.pageKey, a]));
  const groups = new Map<string, PageGroup>();
  for (const h of highlights) {
    let group = groups.get(h.pageKey);
    if (!group) {
      const a = articleOf.get(h.pageKey);
      group = {
        pageKey: h.pageKey,
        title: a?.title || h.title || h.url,
        url: h.url,
        site: a?.site ?? '',
        date: (a?.published ?? '').slice(0, 10),
        ...(a?.byline ? { author: a.byline } : {}),
        ...(a?.published ? { published: a.published } : {}),
        ...(notes.get(h.pageKey)?.note ? { note: notes.get(h.pageKey)!.note } : {}),
        highlights: [],
      };
      groups.set(h.pageKey, group);
    }
    group.highlights.push(h);
  }
  for (const g of groups.values()) {
    if (!g.date) g.date = g.highlights.reduce((min, h) => (h.created < min ? h.created : min), g.highlights[0]!.created).slice(0, 10);
  }
  return [...groups.values()];
}
