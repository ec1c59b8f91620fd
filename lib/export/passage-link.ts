import type { Highlight } from '../model/highlight';

/**
 * "Open at the passage": the page's address with a standard Text Fragment
 * (`#:~:text=prefix-,start,end,-suffix`), which Chromium and current Firefox scroll to and mark
 * without any extension. Only http(s) pages get one: a link is never written for another scheme.
 */

/** Words of context either side: enough to tell repeats of a quote apart, short enough to survive small edits. */
const CONTEXT_WORDS = 3;
/** A quote longer than this many words is linked by its first and last words (`start,end`). */
const WHOLE_QUOTE_WORDS = 10;
const EDGE_WORDS = 4;

/** Text Fragment parts are percent-encoded, and `-`, `,` and `&` too: they are the directive's own signs. */
const encodePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** An export meets records of every age and origin: a missing field reads as no text, never a crash. */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Context stays inside the quote's block (a match never crosses a paragraph) and holds whole words
 * only: a Text Fragment's prefix must start, and its suffix end, at a word boundary.
 */
function prefixWords(prefix: string): string {
  const line = prefix.split(/[\r\n]/).pop() ?? '';
  const all = words(line);
  // The stored context is cut at a fixed length: its first word may be a piece of one.
  if (all.length && !/^\s/.test(line) && line.length >= 32) all.shift();
  return all.slice(-CONTEXT_WORDS).join(' ');
}

function suffixWords(suffix: string): string {
  const line = suffix.split(/[\r\n]/)[0] ?? '';
  const all = words(line);
  if (all.length && !/\s$/.test(line) && line.length >= 32) all.pop();
  return all.slice(0, CONTEXT_WORDS).join(' ');
}

/** The `text=` directive of a highlight's quote and context. */
export function textDirective(quote: { exact: string; prefix: string; suffix: string }): string {
  const exact = textOf(quote.exact);
  const lines = exact.split(/[\r\n]+/).map((l) => l.trim()).filter(Boolean);
  const first = words(lines[0] ?? exact);
  const last = words(lines[lines.length - 1] ?? exact);
  const oneBlock = lines.length <= 1 && first.length <= WHOLE_QUOTE_WORDS;
  const parts = oneBlock ? [first.join(' ')] : [first.slice(0, EDGE_WORDS).join(' '), last.slice(-EDGE_WORDS).join(' ')];
  const prefix = prefixWords(textOf(quote.prefix));
  const suffix = suffixWords(textOf(quote.suffix));
  return [prefix && `${encodePart(prefix)}-`, ...parts.map(encodePart), suffix && `-${encodePart(suffix)}`].filter(Boolean).join(',');
}

/** True for an address a link may point to: http or https only (never javascript:, data:, file:). */
export function isWebAddress(url: string): boolean {
  if (!/^https?:/i.test(url)) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The page's address that opens it scrolled to the highlight, or null for a page that is not on the web. */
export function passageLink(h: Pick<Highlight, 'url' | 'selectors'>): string | null {
  if (!isWebAddress(h.url) || !h.selectors?.quote) return null;
  const url = new URL(h.url);
  // The page's own fragment stays (a single-page app may route by it); an older directive goes.
  const fragment = url.hash.replace(/^#/, '').replace(/:~:.*$/, '');
  url.hash = '';
  return `${url.href}#${fragment}:~:text=${textDirective(h.selectors.quote)}`;
}
