/**
 * How a highlight is stored from database version 4 on: the fields the indexes read keep their
 * names (id, pageKey, created, color, state, tags, seg); the rest are packed into short fields,
 * and what can be derived is left out: the quote's exact text when it is the highlight's text,
 * the URL when it is the page key, `modified` when it equals `created`, an empty note.
 *
 * Why: Chromium reads a record back at a cost that grows with its size and its number of objects
 * and strings. The model's nested selectors, repeated type names and the quote stored twice made
 * reading 100,000 records (an export, a one-letter search) take about twice as long as this form.
 */
import type { Highlight } from '../model/highlight';

/** The indexed fields, stored as the model names them (the schema's key paths). */
type Indexed = Pick<Highlight, 'id' | 'pageKey' | 'created' | 'color' | 'state' | 'tags'>;

export interface PackedHighlight extends Indexed {
  /** Title. */
  t: string;
  /** The quoted text. */
  x: string;
  /** TextQuote context: [prefix, suffix], and the exact quote third when it is not `x`. */
  q: [string, string] | [string, string, string];
  /** TextPosition: [start, end]. */
  p: [number, number];
  /** Note, when not empty. */
  n?: string;
  /** Modified, when not `created`. */
  m?: string;
  /** URL, when not the page key. */
  u?: string;
  /** Versions 3–4: the bulk-write segment holding its search words (version 5 keeps segments in blocks). */
  seg?: string;
}

/** A highlight as versions 1–3 stored it: the model's own shape, with index-only fields of their time. */
export type UnpackedHighlight = Highlight & { site?: string; words?: string[]; seg?: string };

export type StoredHighlight = PackedHighlight | UnpackedHighlight;

export const isPacked = (r: StoredHighlight): r is PackedHighlight => 'x' in r;

/** The stored form of a highlight; `seg` names its segment when it is written in bulk. */
export function pack(h: Highlight, seg?: string): PackedHighlight {
  const { quote, position } = h.selectors;
  const r: PackedHighlight = {
    id: h.id,
    pageKey: h.pageKey,
    created: h.created,
    color: h.color,
    state: h.state,
    tags: h.tags,
    t: h.title,
    x: h.text,
    q: quote.exact === h.text ? [quote.prefix, quote.suffix] : [quote.prefix, quote.suffix, quote.exact],
    p: [position.start, position.end],
  };
  if (h.note) r.n = h.note;
  if (h.modified !== h.created) r.m = h.modified;
  if (h.url !== h.pageKey) r.u = h.url;
  if (seg !== undefined) r.seg = seg;
  return r;
}

/** The highlight a record holds, whichever version wrote it (index-only fields dropped). */
export function unpack(r: StoredHighlight): Highlight {
  if (!isPacked(r)) {
    if (r.site === undefined && r.words === undefined && r.seg === undefined) return r;
    const { site: _site, words: _words, seg: _seg, ...rest } = r;
    return rest;
  }
  return {
    id: r.id,
    pageKey: r.pageKey,
    url: r.u ?? r.pageKey,
    title: r.t,
    text: r.x,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: r.q[2] ?? r.x, prefix: r.q[0], suffix: r.q[1] },
      position: { type: 'TextPositionSelector', start: r.p[0], end: r.p[1] },
    },
    color: r.color,
    note: r.n ?? '',
    tags: r.tags,
    created: r.created,
    modified: r.m ?? r.created,
    state: r.state,
  };
}
