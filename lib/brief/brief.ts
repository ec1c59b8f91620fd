// computeBrief with a given model: read the article, score every sentence as a directive and every candidate as
// a target, rank each directive's candidate addressees. Pure: no DOM, no I/O.
import type { Brief, Directive, Target } from '../model/brief';
import { sentenceFeatures, spanFeatures } from './features';
import type { Features } from './hashing';
import { metricOf } from './metric';
import { score, sigmoid, strongest, type BriefModel, type LinearModel, type Weights } from './model';
import { actionOf, issuerOf, partyCandidates, type PartyCandidate } from './parties';
import { readArticle, spanText, type ReadArticle } from './read';
import { resolveParty } from './resolve';
import { clauseAround, quoteAt } from './text';

/** What the caller knows about the article beyond its text. */
export interface BriefOptions {
  /** Publication date (ISO 8601, e.g. the page's article:published_time): completes dates written without a year
   * and tells past years (reported results) from the article's own. Without it, the dates in the text are used. */
  published?: string | null;
}

/** A sentence's directive probability, as a feature of its candidates: the model of targets leans on it. */
export const directiveBand = (p: number) => `dir:${p >= 0.7 ? 'high' : p >= 0.4 ? 'mid' : p >= 0.15 ? 'low' : 'none'}`;

/** Directive probability of every sentence. */
export function directiveScores(model: Weights, r: ReadArticle): number[] {
  return r.sentences.map((_, i) => sigmoid(score(model, sentenceFeatures(r.sentences, i))));
}

/**
 * "Why is this here?": the names of the strongest of `scored`, found by a second pass of the same feature
 * builder that names only those (names are built for the few items listed, never while scoring).
 */
function why(model: Weights, scored: Features, build: (wanted: ReadonlySet<number>) => Features): string {
  const top = strongest(model, scored);
  const named = build(new Set(top)).named;
  return top.map((h) => named.get(h) ?? String(h)).join(', ');
}

/** Does the article have directives at all: enough sentences that score high (the model's gate)? */
export function opensBrief(model: Pick<LinearModel, 'gate'>, ps: readonly number[]): boolean {
  const gate = model.gate;
  if (!gate) return true;
  // A text shorter than the gate's count (a single sentence) needs all of its sentences to score high.
  const count = Math.min(gate.count, ps.length);
  let n = 0;
  for (const p of ps) if (p >= gate.at && ++n >= count) return true;
  return false;
}

/** Where a directive's addressee carries over to the next sentence: the same paragraph, a list, two lines on. */
function carries(r: ReadArticle, from: number, to: number): boolean {
  const a = r.sentences[from]!;
  const b = r.sentences[to]!;
  return b.sentence.para - a.sentence.para <= 2 || b.listItem;
}

function quoteOfClause(text: string, sentence: { start: number; end: number }, start: number, end: number) {
  const clause = clauseAround(text, sentence.start, sentence.end, start, end);
  return quoteAt(text, clause.start, clause.end);
}

export function briefWith(model: BriefModel, input: string, lang: string, options: BriefOptions = {}): Brief {
  const code = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  const models = model.languages[code];
  if (!models || (code !== 'vi' && code !== 'en')) return { lang: code || 'und', supported: false, directives: [], targets: [] };
  const r = readArticle(input, code, options.published);
  const text = r.text;
  const scored = r.sentences.map((_, i) => sentenceFeatures(r.sentences, i));
  const scores = scored.map((f) => sigmoid(score(models.directive, f)));

  const directives: Directive[] = [];
  let last: { i: number; addressee: string | null; issuer: string | null } | null = null;
  const open = opensBrief(models.directive, scores);
  scores.forEach((p, i) => {
    if (!open || p < models.directive.threshold) return;
    const s = r.sentences[i]!;
    const inherited = last && carries(r, last.i, i) ? last.addressee : null;
    const candidates = partyCandidates(r.lex, s, inherited);
    let best: PartyCandidate | null = null;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const v = score(models.addressee, c.features);
      if (v > bestScore) {
        bestScore = v;
        best = c;
      }
    }
    const chosen = best && best.source !== 'none' ? best : null;
    const addressee = chosen ? resolveParty(r, i, chosen) : null;
    const issuer = issuerOf(r.lex, s, chosen) ?? (last && carries(r, last.i, i) ? last.issuer : null);
    const deadline = r.spans[i]!.find((sp) => sp.kind === 'deadline');
    directives.push({
      text: s.sentence.text, start: s.sentence.start, end: s.sentence.end, issuer, addressee: addressee && addressee !== issuer ? addressee : null,
      action: actionOf(s, chosen), deadline: deadline ? spanText(r, i, deadline).text : null,
      rule: `${code}.directive ${p.toFixed(2)}: ${why(models.directive, scored[i]!, (wanted) => sentenceFeatures(r.sentences, i, wanted))}`,
      quote: quoteAt(text, s.sentence.start, s.sentence.end),
    });
    last = { i, addressee: addressee ?? inherited, issuer };
  });

  const targets: Target[] = [];
  r.spans.forEach((spans, i) => {
    spans.forEach((span, k) => {
      if (span.value === null) return;
      const band = directiveBand(scores[i]!);
      const features = spanFeatures(r.sentences[i]!, span, r.dates.refYear, band);
      const p = sigmoid(score(models.target, features));
      if (p < models.target.threshold) return;
      const { text: spanned, start, end } = spanText(r, i, span);
      targets.push({
        text: spanned, start, end, kind: span.kind, metric: metricOf(r.sentences[i]!, span, spans[k - 1]), comparator: span.comparator,
        value: span.value, unit: span.unit, by: span.by,
        rule: `${code}.target.${span.shape} ${p.toFixed(2)}: ${why(models.target, features, (wanted) => spanFeatures(r.sentences[i]!, span, r.dates.refYear, band, wanted))}`,
        quote: quoteAt(text, start, end),
        clause: quoteOfClause(text, r.sentences[i]!.sentence, start, end),
      });
    });
  });
  return { lang: code, supported: true, directives, targets };
}
