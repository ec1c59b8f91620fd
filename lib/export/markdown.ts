import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { groupByPage, type PageGroup, type PageNotes } from './pages';
import { layoutAll, recordOf, type ExportLayout } from './layout';
import { escapeLine, highlightBlock, inReadingOrder, linkTo, pageNoteBlock } from './markdown-text';

export { markdownTag } from './markdown-text';

/**
 * Markdown in one file: one `##` section per page (title, link, site, date), its page note, then
 * each highlight in reading order as a blockquote (see markdown-text.ts). The zip export
 * (markdown-zip.ts) writes the same sections one file per page, with front matter.
 */

function pageHeader(page: PageGroup): string {
  const title = escapeLine(page.title.replace(/\s+/g, ' ').trim()) || linkTo(page.url);
  const meta = [linkTo(page.url), page.site && escapeLine(page.site), page.date].filter(Boolean).join(' · ');
  return `## ${title}\n\n${meta}\n\n${pageNoteBlock(page.note)}`;
}

/** Each highlight's blockquote is formatted on its own; the file groups them under their page's heading. */
export const markdownLayout = (): ExportLayout => ({
  record: highlightBlock,
  *file(records, articles, _now, notes) {
    const block = recordOf(records);
    for (const page of groupByPage(records.map((r) => r.h), articles, notes)) {
      yield pageHeader(page);
      for (const h of inReadingOrder(page.highlights)) yield block(h);
    }
  },
});

export function markdownParts(highlights: readonly Highlight[], articles: readonly Article[] = [], notes?: PageNotes): Generator<string> {
  return layoutAll(markdownLayout(), highlights, articles, new Date(), notes);
}

export function toMarkdown(highlights: readonly Highlight[], articles: readonly Article[] = [], notes?: PageNotes): string {
  return [...markdownParts(highlights, articles, notes)].join('');
}
