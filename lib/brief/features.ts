// What the brief's models see: each sentence and each target candidate as a list of feature names. Words and
// word pairs let a model learn a language's exceptions from examples ("hậu vệ phải" is a right-back), the
// lexicon groups carry what the tables know (an order verb, a modal, a report), and the rest is the sentence's
// shape and its place in the article (a list item under a lead-in, a headline).
import { Features } from './hashing';
import type { Hit, Lexicon } from './lexicon';
import type { Span } from './spans';
import type { Sentence } from './text';
import type { Token } from './tokens';

/** Groups that may make a sentence a directive: their neighbours are features of their own. */
const TRIGGERS = new Set(['order', 'ask', 'decide', 'modal', 'advise', 'commit', 'pledge', 'intend', 'future', 'forbid', 'drive', 'upward', 'permit', 'plan']);

/** Groups whose place before a trigger matters: in its clause (a subject, a past mark), or anywhere before it. */
const BEFORE_IN_CLAUSE = new Set(['partyHead', 'past', 'negation', 'condition', 'hedge', 'pronoun', 'ongoing']);
const BEFORE_IN_SENTENCE = new Set(['report', 'condition', 'upward', 'belief']);

/** A sentence read for the models: its tokens, the lexicon's hits, and where it stands. */
export interface ReadSentence {
  sentence: Sentence;
  tokens: Token[];
  hits: Hit[];
  /** Opens with a list marker ("1.", "a)", "-", "(2)"). */
  listItem: boolean;
  /** Ends with a colon: it introduces what follows. */
  leadIn: boolean;
}

const word = (t: Token) => (t.kind === 'num' ? '#' : t.low);

/** How far around a token the features look for other groups: bounded, so a run-on sentence stays linear. */
export const WINDOW = 30;

/** Index of the first hit that starts at or after token `from` (binary search over hits sorted by start). */
export function firstHit(hits: readonly Hit[], from: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.from < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does the sentence open with a list marker: "1.", "2)", "a)", "(3)", "-", "+"? */
export function opensList(lex: Lexicon, tokens: readonly Token[]): boolean {
  const [a, b, c] = tokens;
  if (!a) return false;
  if (lex.listMarkers.has(a.text)) return true;
  if ((a.kind === 'num' || (a.kind === 'word' && a.text.length === 1) || /^[ivx]+$/i.test(a.text)) && b && (b.text === '.' || b.text === ')')) return true;
  return a.text === '(' && !!b && !!c && c.text === ')' && b.text.length <= 3;
}

export function readSentence(lex: Lexicon, sentence: Sentence, tokens: Token[]): ReadSentence {
  const last = tokens[tokens.length - 1];
  return { sentence, tokens, hits: lex.groups.all(tokens), listItem: opensList(lex, tokens), leadIn: last?.text === ':' };
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
function bucket(n: number, edges: readonly number[]): string {
  let i = 0;
  while (i < edges.length && n >= edges[i]!) i++;
  return DIGITS[i]!;
}

/** The feature kinds of a trigger group, built once per group rather than once per sentence. */
const TRIGGER_KINDS = new Map<string, { pre: string; post: string; pos: string; after: string }>();
function triggerKinds(tag: string) {
  let k = TRIGGER_KINDS.get(tag);
  if (!k) {
    k = { pre: `pre:${tag}:`, post: `post:${tag}:`, pos: `tpos:${tag}:`, after: `>${tag}` };
    TRIGGER_KINDS.set(tag, k);
  }
  return k;
}

/** Features of a sentence alone: words, pairs, groups, the neighbours of its triggers, its shape. */
function ownFeatures(r: ReadSentence, out: Features): void {
  const tk = r.tokens;
  let previousWord: string | null = null;
  let first: Token | null = null;
  let second: Token | null = null;
  let words = 0;
  let quote = false;
  for (const t of tk) {
    if (t.kind === 'punct') {
      if (t.text === '"' || t.text === '“' || t.text === '”') quote = true;
      continue;
    }
    const w = word(t);
    out.add('u:', w);
    if (previousWord !== null) out.add('b:', previousWord, w);
    previousWord = w;
    if (!first) first = t;
    else if (!second) second = t;
    words++;
  }
  if (first) out.add('f:', word(first));
  if (first && second) out.add('f2:', word(first), word(second));
  const groups = new Set<string>();
  let previous: string | null = null;
  for (const h of r.hits) {
    groups.add(h.tag);
    if (h.from <= 1) out.add('g0:', h.tag);
    const head = tk[h.from]!;
    // A capitalised trigger inside the sentence is part of a name: "Ban Chỉ đạo", "Cần Thơ".
    if (h.from > 0 && isCapital(head.text) && tk[h.from - 1]?.kind !== 'punct') out.add('gcap:', h.tag);
    if (TRIGGERS.has(h.tag)) {
      const kinds = triggerKinds(h.tag);
      // What stands before the trigger in its clause: a party (a subject), a past or negation mark, a report
      // verb (reported speech), a condition, a hedge.
      const floor = Math.max(0, h.from - WINDOW);
      let clause = floor;
      for (let k = h.from - 1; k >= floor; k--) if (tk[k]!.text === ',' || tk[k]!.text === ';' || tk[k]!.text === ':') { clause = k + 1; break; }
      for (let k = firstHit(r.hits, floor); k < r.hits.length && r.hits[k]!.from < h.from; k++) {
        const other = r.hits[k]!;
        if (other.to > h.from) continue;
        if (other.from >= clause && BEFORE_IN_CLAUSE.has(other.tag)) out.add(other.tag, '>', h.tag);
        if (BEFORE_IN_SENTENCE.has(other.tag)) out.add('s', other.tag, kinds.after);
      }
      if (clause === 0 && h.from === 0) out.add('open:', h.tag);
      const before = tk[h.from - 1];
      const after = tk[h.to];
      const b = before ? word(before) : '^';
      const a = after ? word(after) : '$';
      out.add(kinds.pre, b);
      out.add(kinds.post, a);
      let phrase = word(tk[h.from]!);
      for (let k = h.from + 1; k < h.to; k++) phrase += `_${word(tk[k]!)}`;
      out.add('t:', phrase);
      out.add(kinds.pos, bucket(h.from, [1, 4, 10, 20]));
    }
    if (previous && previous !== h.tag) out.add('gp:', previous, h.tag);
    previous = h.tag;
  }
  for (const g of groups) out.add('g:', g);
  out.add('len:', bucket(words, [4, 8, 15, 25, 40, 60]));
  const last = tk[tk.length - 1];
  out.add('end:', last?.kind === 'punct' ? last.text : 'w');
  if (quote) out.add('quote');
  if (r.listItem) out.add('list');
  if (r.leadIn) out.add('leadin');
  if (first && isCapital(first.text)) out.add('cap');
}

const isCapital = (s: string) => s[0] !== s[0]!.toLowerCase();

/**
 * Features of sentence i of an article: its own, its place (headline, paragraph start, list item under a
 * lead-in), and the groups of the sentence before it and of the lead-in it falls under.
 */
export function sentenceFeatures(all: readonly ReadSentence[], i: number, wanted: ReadonlySet<number> | null = null): Features {
  const r = all[i]!;
  const out = new Features(wanted);
  out.add('bias');
  ownFeatures(r, out);
  const s = r.sentence;
  if (s.para === 0) out.add('headline');
  if (s.indexInPara === 0) out.add('parastart');
  out.add('para:', bucket(s.para, [1, 2, 4, 8, 16]));
  const prev = all[i - 1];
  if (prev) {
    if (prev.leadIn) out.add('prev:leadin');
    if (prev.listItem && r.listItem) out.add('prev:list');
    if (prev.sentence.para !== s.para) out.add('prev:otherpara');
  }
  // The lead-in a list item or continuation falls under: "Thủ tướng yêu cầu:" then "1. Khẩn trương …".
  for (let j = i - 1, n = 0; j >= 0 && n < 40; j--, n++) {
    const p = all[j]!;
    if (p.leadIn) {
      out.add(r.listItem ? 'under:leadin:list' : 'under:leadin');
      out.add('under:n:', bucket(n, [1, 3, 8]));
      for (const h of p.hits) out.add('under:g:', h.tag);
      break;
    }
    if (!p.listItem) break;
  }
  return out;
}

/** Features of a target candidate: what the parser read, the words around it, its sentence's groups. */
export function spanFeatures(r: ReadSentence, span: Span, refYear: number | null, band: string, wanted: ReadonlySet<number> | null = null): Features {
  const tk = r.tokens;
  const out = new Features(wanted);
  out.add('bias');
  out.add('k:', span.kind);
  out.add('shape:', span.shape);
  out.add('cmp:', span.comparator);
  out.add('ks:', span.kind, span.shape);
  out.add(band);
  if (span.lead) {
    out.add('lead:', span.lead);
    out.add('haslead');
  }
  if (span.unit) out.add('unit:', span.unit.toLowerCase());
  if (span.upper !== undefined) out.add('range');
  for (let k = 1; k <= 4; k++) {
    const b = tk[span.from - k];
    const a = tk[span.to + k - 1];
    out.add(`w-${k}:`, b ? word(b) : '^');
    out.add(`w+${k}:`, a ? word(a) : '$');
  }
  for (let k = Math.max(0, span.from - 8); k < span.from; k++) out.add('wb:', word(tk[k]!));
  for (let k = span.to; k < Math.min(tk.length, span.to + 5); k++) out.add('wa:', word(tk[k]!));
  // The nearest lexicon group before the candidate, in its clause (the old rules' "nearest mark" signal).
  const floor = Math.max(0, span.from - WINDOW);
  let clause = floor;
  for (let k = span.from - 1; k >= floor; k--) if (tk[k]!.text === ';' || tk[k]!.text === ':') { clause = k + 1; break; }
  let nearest: Hit | null = null;
  for (let k = firstHit(r.hits, floor); k < r.hits.length && r.hits[k]!.from < span.to + WINDOW; k++) {
    const h = r.hits[k]!;
    if (h.to <= span.from && h.from >= clause && (!nearest || h.from >= nearest.from)) nearest = h;
    out.add(h.from >= clause && h.to <= span.from ? 'cg:' : 'sg:', h.tag);
  }
  if (nearest) {
    out.add('near:', nearest.tag);
    out.add('neardist:', bucket(span.from - nearest.to, [1, 3, 6, 12]));
  }
  const value = span.value;
  const year = typeof value === 'string' && /^\d{4}/.test(value) ? Number(value.slice(0, 4)) : span.by ? Number(span.by) : null;
  if (year !== null && refYear !== null) out.add('year:', year < refYear ? 'past' : year === refYear ? 'same' : 'future');
  if (r.sentence.para === 0) out.add('headline');
  if (r.listItem) out.add('list');
  return out;
}
