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

/** Up to `n` words from the start of a text (one pass, no split of the whole text). */
function firstWords(text: string, n: number): string[] {
  // A short text splits faster than it scans.
  if (text.length <= 300) return words(text).slice(0, n);
  const out: string[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m && out.length < n; m = re.exec(text)) out.push(m[0]);
  return out;
}

/** Up to `n` words from the end: only the text's tail is looked at (words are short). */
function lastWords(text: string, n: number): string[] {
  const tail = text.length > 40 * n ? text.slice(-40 * n) : text;
  const all = words(tail);
  // The tail may start inside a word: drop it unless the tail is the whole text.
  if (tail !== text && !/^\s/.test(tail)) all.shift();
  return all.slice(-n);
}

/** The `text=` directive of a highlight's quote and context. */
export function textDirective(quote: { exact: string; prefix: string; suffix: string }): string {
  const exact = textOf(quote.exact);
  // A quote over several blocks is linked by its first and last lines' words.
  const multiLine = /[\r\n]/.test(exact.trim());
  const first = firstWords(multiLine ? exact.trimStart().split(/[\r\n]/)[0]! : exact, WHOLE_QUOTE_WORDS + 1);
  const oneBlock = !multiLine && first.length <= WHOLE_QUOTE_WORDS;
  const parts = oneBlock
    ? [first.join(' ')]
    : [first.slice(0, EDGE_WORDS).join(' '), lastWords(multiLine ? exact.trimEnd().split(/[\r\n]/).pop()! : exact, EDGE_WORDS).join(' ')];
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

/**
 * The address part of a page's passage links (`…#fragment:~:text=`), or null off the web. An export
 * asks for it once per highlight and a page has many: remembered per address (a few thousand).
 */
const bases = new Map<string, string | null>();
function linkBase(address: string): string | null {
  let base = bases.get(address);
  if (base !== undefined) return base;
  if (isWebAddress(address)) {
    const url = new URL(address);
    // The page's own fragment stays (a single-page app may route by it); an older directive goes.
    const fragment = url.hash.replace(/^#/, '').replace(/:~:.*$/, '');
    url.hash = '';
    base = `${url.href}#${fragment}:~:text=`;
  } else base = null;
  if (bases.size >= 10_000) bases.clear();
  bases.set(address, base);
  return base;
}

/** The page's address that opens it scrolled to the highlight, or null for a page that is not on the web. */
export function passageLink(h: Pick<Highlight, 'url' | 'selectors'>): string | null {
  const base = typeof h.url === 'string' && h.selectors?.quote ? linkBase(h.url) : null;
  return base === null ? null : base + textDirective(h.selectors.quote);
}
