// Training the brief's three models of one language from labelled articles: directives (a sentence classifier),
// targets (a classifier over the parsers' candidates) and addressees (a ranker over candidate phrases). Each
// threshold is the one that gives the best F1 under cross-validation by article, never on one article.
import { createHash } from 'node:crypto';
import { directiveBand, directiveScores, opensBrief } from '../../lib/brief/brief';
import { categoryOf, QUIET_CATEGORIES } from '../labels/categories';
import { sentenceFeatures, spanFeatures } from '../../lib/brief/features';
import { score, sigmoid, type LanguageModels, type LinearModel } from '../../lib/brief/model';
import { overlap, partyCandidates } from '../../lib/brief/parties';
import type { LabelledArticle, Mark } from './brief-examples';
import { DEFAULT_SETTINGS, train, trainRanker, type Choice, type Example, type Trained, type TrainSettings } from './logistic';
import { resolveParty } from '../../lib/brief/resolve';

export interface Settings {
  directive: TrainSettings;
  target: TrainSettings;
  addressee: TrainSettings;
  /** How much an optional ("required": false) item counts as a positive. */
  optionalWeight: number;
  folds: number;
}

export const SETTINGS: Settings = {
  directive: { ...DEFAULT_SETTINGS, rate: 0.03, epochs: 12, minCount: 5 },
  target: { ...DEFAULT_SETTINGS, rate: 0.05, epochs: 12, minCount: 3 },
  addressee: { ...DEFAULT_SETTINGS, rate: 0.05, epochs: 10, minCount: 3 },
  optionalWeight: 0.5,
  folds: 5,
};

/** The fold of an article: a hash of its name, so folds never depend on the order labels are read in. */
export function foldOf(doc: string, folds: number): number {
  return parseInt(createHash('sha256').update(`brieflight-fold\0${doc}`).digest('hex').slice(0, 8), 16) % folds;
}

const weightOf = (mark: Mark, optional: number) => (mark === 'optional' ? optional : 1);

function directiveExamples(a: LabelledArticle, settings: Settings): Example[] {
  return a.read.sentences.map((_, i) => {
    const { mark } = a.directives[i]!;
    return { features: sentenceFeatures(a.read.sentences, i).hashes, y: mark === 'none' ? 0 : 1, weight: weightOf(mark, settings.optionalWeight) };
  });
}

function targetExamples(a: LabelledArticle, directiveP: number[], settings: Settings): Example[] {
  const out: Example[] = [];
  a.read.spans.forEach((spans, i) =>
    spans.forEach((span, k) => {
      if (span.value === null) return;
      const { mark } = a.targets[i]![k]!;
      out.push({
        features: spanFeatures(a.read.sentences[i]!, span, a.read.dates.refYear, directiveBand(directiveP[i] ?? 0)).hashes,
        y: mark === 'none' ? 0 : 1,
        weight: weightOf(mark, settings.optionalWeight),
      });
    }),
  );
  return out;
}

/** Candidates of each labelled directive, the best-covering one (or none) the answer. */
function addresseeChoices(a: LabelledArticle): Choice[] {
  const out: Choice[] = [];
  let inherited: string | null = null;
  a.read.sentences.forEach((s, i) => {
    const { mark, label } = a.directives[i]!;
    if (mark === 'none' || !label) return;
    const candidates = partyCandidates(a.read.lex, s, inherited);
    const gold = label.addressee;
    let best = -1;
    let bestScore = 0;
    candidates.forEach((c, k) => {
      if (!gold) {
        if (c.source === 'none') best = k;
        return;
      }
      const o = overlap(resolveParty(a.read, i, c), gold);
      // The scorer needs half of the gold words; among those that reach it, the tightest phrase.
      const v = o.recall >= 0.5 ? o.recall + 0.5 * o.precision : 0;
      if (v > bestScore) {
        bestScore = v;
        best = k;
      }
    });
    if (best >= 0) out.push({ candidates: candidates.map((c) => c.features.hashes), answer: best });
    inherited = gold ?? inherited;
  });
  return out;
}

/** The threshold with the best F1: precision over any labelled item, recall over required ones (the scorer's rule). */
export function bestThreshold(preds: { p: number; mark: Mark }[]): { threshold: number; f1: number } {
  const required = preds.filter((x) => x.mark === 'required').length;
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.1; t <= 0.9001; t += 0.025) {
    const chosen = preds.filter((x) => x.p >= t);
    const precision = chosen.length ? chosen.filter((x) => x.mark !== 'none').length / chosen.length : 1;
    const recall = required ? chosen.filter((x) => x.mark === 'required').length / required : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, f1 };
  }
  return best;
}

/** At most this many false directives per ten articles that have none (sport, entertainment, tech, travel). */
export const QUIET_FALSE_PER_TEN = 1;
/** The trainer aims at a quarter of it: a cut chosen on some articles is met by new ones with a margin. */
const QUIET_AIM = QUIET_FALSE_PER_TEN / 4;

/**
 * The directive threshold and article gate with the best F1 among those that keep articles without directives
 * quiet (QUIET_FALSE_PER_TEN), over out-of-fold probabilities.
 */
function bestDirectiveCut(articles: readonly LabelledArticle[], outOfFold: Map<LabelledArticle, number[]>): { threshold: number; gate: { at: number; count: number }; f1: number } {
  const quiet = (a: LabelledArticle) => QUIET_CATEGORIES.has(categoryOf(a.label.source)) && a.label.directives.length === 0;
  const quietDocs = articles.filter(quiet).length;
  const required = articles.reduce((n, a) => n + a.directives.filter((d) => d.mark === 'required').length, 0);
  let best = { threshold: 0.5, gate: { at: 0, count: 1 }, f1: -1 };
  for (const at of [0, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    for (const count of [1, 2]) {
      for (let t = 0.1; t <= 0.9001; t += 0.025) {
        let chosen = 0;
        let right = 0;
        let found = 0;
        let falseQuiet = 0;
        for (const a of articles) {
          const ps = outOfFold.get(a)!;
          if (!opensBrief({ gate: { at, count } }, ps)) continue;
          ps.forEach((p, i) => {
            if (p < t) return;
            const mark = a.directives[i]!.mark;
            chosen++;
            if (mark !== 'none') right++;
            if (mark === 'required') found++;
            if (quiet(a)) falseQuiet++;
          });
        }
        if (quietDocs && (10 * falseQuiet) / quietDocs > QUIET_AIM) continue;
        const precision = chosen ? right / chosen : 1;
        const recall = required ? found / required : 1;
        const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
        if (f1 > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, gate: { at, count }, f1 };
      }
    }
  }
  return best;
}

const model = (trained: Trained, threshold: number): LinearModel => ({ ...trained, threshold });

/**
 * The three models of a language. Thresholds come from cross-validation over `articles`: each fold's
 * sentences and candidates are scored by models trained on the other folds.
 */
export function trainLanguage(articles: readonly LabelledArticle[], settings: Settings = SETTINGS): LanguageModels {
  const folds = settings.folds;
  const outOfFold = new Map<LabelledArticle, number[]>();
  const directivePreds: { p: number; mark: Mark }[] = [];
  for (let k = 0; k < folds; k++) {
    const trained = train(articles.filter((a) => foldOf(a.label.doc, folds) !== k).flatMap((a) => directiveExamples(a, settings)), settings.directive);
    for (const a of articles.filter((a) => foldOf(a.label.doc, folds) === k)) {
      const ps = directiveScores(trained, a.read);
      outOfFold.set(a, ps);
      ps.forEach((p, i) => directivePreds.push({ p, mark: a.directives[i]!.mark }));
    }
  }
  const choice = bestDirectiveCut(articles, outOfFold);
  const directive = { ...model(train(articles.flatMap((a) => directiveExamples(a, settings)), settings.directive), choice.threshold), gate: choice.gate };

  // Targets learn from out-of-fold directive probabilities, as they will meet them on a new article.
  const targetPreds: { p: number; mark: Mark }[] = [];
  for (let k = 0; k < folds; k++) {
    const trained = train(articles.filter((a) => foldOf(a.label.doc, folds) !== k).flatMap((a) => targetExamples(a, outOfFold.get(a)!, settings)), settings.target);
    for (const a of articles.filter((a) => foldOf(a.label.doc, folds) === k)) {
      const ps = outOfFold.get(a)!;
      a.read.spans.forEach((spans, i) =>
        spans.forEach((span, j) => {
          if (span.value === null) return;
          targetPreds.push({ p: sigmoid(score(trained, spanFeatures(a.read.sentences[i]!, span, a.read.dates.refYear, directiveBand(ps[i] ?? 0)))), mark: a.targets[i]![j]!.mark });
        }),
      );
    }
  }
  const target = model(train(articles.flatMap((a) => targetExamples(a, outOfFold.get(a)!, settings)), settings.target), bestThreshold(targetPreds).threshold);
  const addressee = model(trainRanker(articles.flatMap(addresseeChoices), settings.addressee), 0);
  return { directive, target, addressee };
}

/** A short fingerprint of the labels a model learned from. */
export function labelsHash(articles: readonly LabelledArticle[]): string {
  const h = createHash('sha256');
  for (const a of [...articles].sort((x, y) => (x.label.doc < y.label.doc ? -1 : 1))) h.update(JSON.stringify(a.label));
  return h.digest('hex').slice(0, 16);
}
