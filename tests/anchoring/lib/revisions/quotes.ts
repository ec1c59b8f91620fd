// Quotes a reader might have made on the old version: a few words, a whole
// sentence, or part of a paragraph; placed anywhere, in a paragraph the
// revision changed, or across one of its edits. Seeded, so runs repeat.
import type { Selectors } from '../../../../lib/model/selectors';
import { describeText } from '../../../../lib/anchoring/anchor';
import { pick, type Rng } from '../../../../scripts/lib/prng';
import type { Revision } from './truth';

export type QuoteKind = 'short' | 'sentence' | 'part';
export type QuotePlace = 'anywhere' | 'changed paragraph' | 'across an edit';

export interface SampledQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  place: QuotePlace;
  selectors: Selectors;
}

/** How many of each place a pair gets. */
const PLAN: [QuotePlace, number][] = [
  ['anywhere', 8],
  ['changed paragraph', 7],
  ['across an edit', 7],
];
const KINDS: readonly QuoteKind[] = ['short', 'sentence', 'part'];

interface Span {
  start: number;
  end: number;
}

function paragraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((p) => p.end - p.start >= 40);
}

function words(text: string, p: Span): Span[] {
  return [...text.slice(p.start, p.end).matchAll(/\S+/g)].map((w) => ({ start: p.start + w.index, end: p.start + w.index + w[0].length }));
}

function sentences(text: string, p: Span): Span[] {
  return [...text.slice(p.start, p.end).matchAll(/[^.!?]+[.!?]+(?=\s|$)/g)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { start: p.start + m.index + lead, end: p.start + m.index + m[0].length };
    })
    .filter((s) => s.end - s.start >= 20);
}

/** A quote of `kind` inside paragraph `p`, containing offset `around` when given. */
function quoteIn(text: string, p: Span, kind: QuoteKind, rng: Rng, around?: number): Span | null {
  if (kind === 'sentence') {
    const all = sentences(text, p);
    const fit = around === undefined ? all : all.filter((s) => s.start <= around && around <= s.end);
    return fit.length ? pick(rng, fit) : null;
  }
  const ws = words(text, p);
  if (!ws.length) return null;
  const n = Math.min(ws.length, kind === 'short' ? 1 + Math.floor(rng() * 3) : 4 + Math.floor(rng() * 27));
  let first: number;
  if (around === undefined) first = Math.floor(rng() * (ws.length - n + 1));
  else {
    const at = ws.findIndex((w) => w.end >= around);
    if (at < 0) return null;
    first = Math.max(0, Math.min(ws.length - n, at - Math.floor(rng() * n)));
  }
  return { start: ws[first]!.start, end: ws[first + n - 1]!.end };
}

export function sampleQuotes(r: Revision, rng: Rng): SampledQuote[] {
  const ps = paragraphs(r.old);
  const changed = ps.filter((p) => r.edits.some((e) => e.start <= p.end && e.end >= p.start));
  const edits = r.edits.filter((e) => ps.some((p) => p.start <= e.start && e.start <= p.end));
  const out: SampledQuote[] = [];
  let k = 0;
  for (const [place, count] of PLAN) {
    for (let made = 0, tries = 0; made < count && tries < count * 20; tries++) {
      const kind = KINDS[k % KINDS.length]!;
      let span: Span | null = null;
      if (place === 'anywhere' && ps.length) span = quoteIn(r.old, pick(rng, ps), kind, rng);
      if (place === 'changed paragraph' && changed.length) span = quoteIn(r.old, pick(rng, changed), kind, rng);
      if (place === 'across an edit' && edits.length) {
        const e = pick(rng, edits);
        const p = ps.find((q) => q.start <= e.start && e.start <= q.end)!;
        span = quoteIn(r.old, p, kind, rng, e.start);
      }
      if (!span || out.some((q) => q.start === span!.start && q.end === span!.end)) continue;
      out.push({ ...span, kind, place, selectors: describeText(r.old, span.start, span.end) });
      made++;
      k++;
    }
  }
  return out;
}
