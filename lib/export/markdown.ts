import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { groupByPage, type PageGroup } from './pages';
import { layoutAll, recordOf, type ExportLayout } from './layout';

/**
 * Markdown for note apps (Obsidian, Logseq): one `##` section per page, each highlight a blockquote
 * holding the quote, then its note, then its tags as #tags. Every line of a multi-line quote or note
 * stays inside the blockquote.
 *
 * Page text is escaped so it cannot turn into markup: a `#word` in a quote must not become a tag,
 * `[[…]]` / `((…))` not a link or block reference, `key:: value` not a Logseq property, a line
 * starting with `- ` or `1. ` not a list. Leading spaces are dropped (they would start a code block).
 */

const INLINE_SPECIAL = /[\\`*_[\]<>#|$^{}]/g;
/** Obsidian marks: ==highlight==, ~~strike~~, %%comment%%. Single ones ("100%") stay readable. */
const DOUBLED_SPECIAL = /==|~~|%%/g;

function escapeLine(line: string): string {
  let out = line
    .trimStart()
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(DOUBLED_SPECIAL, (cc) => `\\${cc[0]}\\${cc[1]}`)
    .replace(/\(\(/g, '\\(\\(')
    .replace(/::/g, ':\\:');
  // Block markers only count at the start of a line; a leading "-" also starts "---" (a rule or a heading underline).
  out = out.replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}

/** Lines of escaped text; CRLF and CR count as line breaks too. */
function escapedLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine);
}

/** A tag as Obsidian and Logseq read it: no spaces or punctuation besides - _ /. */
export function markdownTag(tag: string): string {
  const word = tag.normalize('NFC').replace(/[^\p{L}\p{N}_\-/]+/gu, '-').replace(/^-+|-+$/g, '');
  return word ? `#${word}` : '';
}

function quoted(lines: readonly string[]): string {
  return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

function highlightBlock(h: Highlight): string {
  const lines = escapedLines(h.text);
  if (h.note) {
    const note = escapedLines(h.note);
    note[0] = `**Note:** ${note[0] ?? ''}`;
    lines.push('', ...note);
  }
  const tags = h.tags.map(markdownTag).filter(Boolean);
  if (tags.length) lines.push('', tags.join(' '));
  return quoted(lines) + '\n\n';
}

/** An autolink stays one token only without spaces or angle brackets. */
function linkTo(url: string): string {
  return `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}

function pageHeader(page: PageGroup): string {
  const title = escapeLine(page.title.replace(/\s+/g, ' ').trim()) || linkTo(page.url);
  const meta = [linkTo(page.url), page.site && escapeLine(page.site), page.date].filter(Boolean).join(' · ');
  return `## ${title}\n\n${meta}\n\n`;
}

/** Each highlight's blockquote is formatted on its own; the file groups them under their page's heading. */
export const markdownLayout = (): ExportLayout => ({
  record: highlightBlock,
  *file(records, articles) {
    const block = recordOf(records);
    for (const page of groupByPage(records.map((r) => r.h), articles)) {
      yield pageHeader(page);
      for (const h of page.highlights) yield block(h);
    }
  },
});

export function markdownParts(highlights: readonly Highlight[], articles: readonly Article[] = []): Generator<string> {
  return layoutAll(markdownLayout(), highlights, articles, new Date());
}

export function toMarkdown(highlights: readonly Highlight[], articles: readonly Article[] = []): string {
  return [...markdownParts(highlights, articles)].join('');
}
