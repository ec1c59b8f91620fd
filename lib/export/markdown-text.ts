import type { Highlight } from '../model/highlight';
import { isWebAddress, passageLink } from './passage-link';

/**
 * Page text in Markdown for note apps (Obsidian, Logseq): escaped only where it would turn into
 * markup, so a quote reads as it was ("-1", "+450", "$50", "snake_case" stay as they are).
 * A `#word` must not become a tag, `[[…]]` / `((…))` not a link or block reference, `key:: value`
 * not a Logseq property, a line starting with `- ` or `1. ` not a list, a line of `=` or `-` not
 * the underline of a heading above it. Leading spaces are dropped (they would start a code block).
 */

/** Marks that act wherever they stand: code, emphasis with `*`, links, HTML, tables. */
const ALWAYS = /[`*[\]<|]/g;
/** `_` emphasises only at a word's edge: `snake_case` stays. */
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** A backslash before punctuation would escape it; `&name;` would become an entity. */
const BACKSLASH = /\\(?=[!-/:-@[-`{-~])/g;
const ENTITY = /&(?=#?\w+;)/g;
/** Obsidian marks: ==highlight==, ~~strike~~, %%comment%%. Single ones ("100%") stay readable. */
const DOUBLED = /==|~~|%%/g;

/** What starts a block at the start of a line: a heading, quote, list item, rule or heading underline. */
function escapeLineStart(line: string): string {
  if (/^[-=]+\s*$/.test(line) || /^([-+])(?=\s|$)/.test(line) || /^[#>]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

export function escapeLine(line: string): string {
  let out = line
    .trimStart()
    .replace(BACKSLASH, '\\\\')
    .replace(ALWAYS, (c) => `\\${c}`)
    .replace(EDGE_UNDERSCORE, '\\_')
    .replace(ENTITY, '\\&')
    .replace(DOUBLED, (cc) => `\\${cc[0]}\\${cc[1]}`)
    .replace(/\(\(/g, '\\(\\(')
    .replace(/\{\{/g, '\\{\\{')
    .replace(/::/g, ':\\:')
    // A tag (`#word`) anywhere, an Obsidian block id (`^id`) anywhere.
    .replace(/#(?=[^\s#])/g, '\\#')
    .replace(/\^(?=[\p{L}\p{N}-])/gu, '\\^');
  // `$…$` is maths in Obsidian: a lone `$50` is not, so escape only when a pair could form.
  if ((out.match(/\$/g)?.length ?? 0) > 1) out = out.replace(/\$/g, '\\$');
  return escapeLineStart(out);
}

/** Lines of escaped text; CRLF and CR count as line breaks too. */
export function escapedLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine);
}

/** A tag as Obsidian and Logseq read it: no spaces or punctuation besides - _ /. */
export function markdownTag(tag: string): string {
  const word = tag.normalize('NFC').replace(/[^\p{L}\p{N}_\-/]+/gu, '-').replace(/^-+|-+$/g, '');
  return word ? `#${word}` : '';
}

/** A link destination that stays one token: no spaces or angle brackets. */
const destination = (url: string) => url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));

/** A web address as an autolink; anything else (`javascript:`, `data:`) as plain text that no renderer makes clickable. */
export function linkTo(url: string): string {
  return isWebAddress(url) ? `<${destination(url)}>` : escapeLine(url.replace(/:/g, ':\u200b'));
}

function quoted(lines: readonly string[]): string {
  return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

/** One highlight: its quote, then its note, its tags and the link back to the passage, all in one blockquote. */
export function highlightBlock(h: Highlight): string {
  const lines = escapedLines(h.text);
  if (h.note) {
    const note = escapedLines(h.note);
    note[0] = `**Note:** ${note[0] ?? ''}`;
    lines.push('', ...note);
  }
  const tags = h.tags.map(markdownTag).filter(Boolean);
  if (tags.length) lines.push('', tags.join(' '));
  const link = passageLink(h);
  if (link) lines.push('', `[Open at the passage](<${destination(link)}>)`);
  return quoted(lines) + '\n\n';
}

/** A page note as paragraphs of its own, above the page's highlights. */
export function pageNoteBlock(note: string | undefined): string {
  return note ? `${escapedLines(note).join('  \n')}\n\n` : '';
}

/** Highlights as they stand on their page: by TextPosition, ties in the order given. */
export function inReadingOrder(highlights: readonly Highlight[]): Highlight[] {
  return highlights.map((h, i) => ({ h, i })).sort((a, b) => a.h.selectors.position.start - b.h.selectors.position.start || a.i - b.i).map((x) => x.h);
}
