// computeBrief: the directives and targets of an article's plain text. Pure: no DOM, no I/O.
import type { Brief, Directive, Target } from '../model/brief';
import { dateContext, type DateContext } from './dates';
import { detectLanguage } from './detect';
import { findDirectivesEn } from './rules-en';
import { resolvePartiesEn } from './parties-en';
import { resolveParties } from './parties-vi';
import { findDirectivesVi, type Found } from './rules-vi';
import { deadlinesEn, PLAN_EN, quantitiesEn } from './targets-en';
import { deadlinesVi, PLAN_SENTENCE, quantitiesVi, type TargetHit } from './targets-vi';
import { quoteAt, splitSentences, type Sentence } from './text';

export { detectLanguage };
export type { DateContext };

/** What the caller knows about the article beyond its text. */
export interface BriefOptions {
  /** Publication date (ISO 8601, e.g. the page's article:published_time): completes dates written without a year
   * and tells past years (reported results) from the article's own. Without it, the dates in the text are used. */
  published?: string | null;
}

interface LangRules {
  directives(sentences: Sentence[], hasTarget: (s: Sentence) => boolean): Found[];
  quantities(s: Sentence, dates: DateContext): TargetHit[];
  deadlines(s: Sentence, dates: DateContext): TargetHit[];
  /** Sentences that set a plan: their deadlines count even when no one is ordered. */
  planSentence: RegExp;
  /** Optional final pass over the parties (coreference of "ngân hàng" → the bank named in the article). */
  resolve?: (found: Found[], text: string) => void;
}

const RULES: Record<string, LangRules> = {
  vi: { directives: findDirectivesVi, quantities: quantitiesVi, deadlines: deadlinesVi, planSentence: PLAN_SENTENCE, resolve: resolveParties },
  en: { directives: (s) => findDirectivesEn(s), quantities: quantitiesEn, deadlines: deadlinesEn, planSentence: PLAN_EN, resolve: resolvePartiesEn },
};

export function computeBrief(input: string, lang: string, options: BriefOptions = {}): Brief {
  const code = (lang || '').toLowerCase().split(/[-_]/)[0] ?? '';
  const rules = RULES[code];
  if (!rules) return { lang: code || 'und', supported: false, directives: [], targets: [] };
  const text = input.normalize('NFC');
  const sentences = splitSentences(text, code);
  const dates = dateContext(text, code, options.published);

  // Quantities first: plan nouns ("kế hoạch", "mục tiêu") only make a directive when a value is set.
  const qty = new Map<Sentence, TargetHit[]>();
  for (const s of sentences) {
    const q = rules.quantities(s, dates);
    if (q.length) qty.set(s, q);
  }
  const found = rules.directives(sentences, (s) => qty.has(s));
  rules.resolve?.(found, text);

  const directives: Directive[] = [];
  const targets: Target[] = [];
  const inDirective = new Set<Sentence>();
  for (const f of found) inDirective.add(f.sentence);

  for (const s of sentences) {
    const hits = [...(qty.get(s) ?? [])];
    const dl = inDirective.has(s) || rules.planSentence.test(s.text) ? rules.deadlines(s, dates) : [];
    if (dl.length) {
      // A deadline overlapping a quantity is dropped; a coverage map keeps this linear in the sentence.
      const covered = new Uint8Array(s.text.length + 1);
      for (const h of hits) covered.fill(1, h.start, h.end);
      for (const d of dl) if (!covered.subarray(d.start, d.end).some((c) => c === 1) && !dueOfQuantity(d, hits, s.text)) hits.push(d);
    }
    hits.sort((a, b) => a.start - b.start);
    for (const h of hits) {
      const start = s.start + h.start;
      const end = s.start + h.end;
      targets.push({
        text: text.slice(start, end), start, end, kind: h.kind, metric: h.metric, comparator: h.comparator,
        value: h.value, unit: h.unit, by: h.by, rule: h.rule, quote: quoteAt(text, start, end),
      });
    }
  }
  for (const f of found) {
    const s = f.sentence;
    const deadline = rules.deadlines(s, dates)[0];
    directives.push({
      text: s.text, start: s.start, end: s.end, issuer: f.issuer, addressee: f.addressee, action: f.action,
      deadline: deadline ? s.text.slice(deadline.start, deadline.end) : null, rule: f.rule, quote: quoteAt(text, s.start, s.end),
    });
  }
  return { lang: code, supported: true, directives, targets };
}

/**
 * "phấn đấu đến năm 2025 đưa vào khai thác tối thiểu 3.000 km", "at least 40 percent by 2030": a
 * year that leads the quantity's clause, or comes right after the value, is when it is due, already
 * its `by`, not a second target (the rubric counts one item there). A year further after the
 * value, or past a semicolon, may belong to another action; a date or a duration says more than
 * the year. Those stay.
 */
function dueOfQuantity(d: TargetHit, hits: TargetHit[], sentence: string): boolean {
  if (!/^\d{4}(?:-12-31)?$/.test(String(d.value))) return false;
  const leads = (h: TargetHit) => d.end <= h.start && !sentence.slice(d.end, h.start).includes(';');
  const follows = (h: TargetHit) => h.end <= d.start && /^[\s,]*$/.test(sentence.slice(h.end, d.start));
  return hits.some((h) => h.kind === 'quantity' && h.by === d.by && (leads(h) || follows(h)));
}
