// Who must act, and who asks: the candidate phrases of a directive sentence for its addressee (the subject of
// a duty, the object of an order, a named party, the addressee of the instruction in force, none), each with
// features for the learned ranker; and the issuer and action, read off the same anatomy.
import { firstHit, opensList, WINDOW, type ReadSentence } from './features';
import { Features } from './hashing';
import type { Hit, Lexicon } from './lexicon';
import { phraseEndingAt } from './spans';
import type { Token } from './tokens';

/** Groups after which the addressee and the action begin. */
const DUTY = new Set(['order', 'ask', 'decide', 'modal', 'advise', 'commit', 'pledge', 'intend', 'future', 'forbid', 'drive', 'upward', 'plan']);
/** Groups that end a party phrase: where the action starts. */
const ENDS_PARTY = new Set(['action', 'drive', 'modal', 'advise', 'commit', 'pledge', 'intend', 'future', 'order', 'ask', 'decide', 'attitude', 'forbid', 'report', 'past', 'ongoing', 'negation', 'condition']);
const MAX_PARTY = 14;
const MAX_TRIGGERS = 12;

export interface PartyCandidate {
  /** The phrase as written, or an inherited one; '' for none. */
  text: string;
  source: 'subject' | 'object' | 'opening' | 'named' | 'head' | 'inherited' | 'none';
  /** Tokens [from, to) in the sentence (-1 for inherited and none). */
  from: number;
  to: number;
  features: Features;
}

const isPunct = (t: Token | undefined, marks: string) => !!t && t.kind === 'punct' && marks.includes(t.text);
const cap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

function hitsAt(hits: readonly Hit[]): Map<number, Hit[]> {
  const m = new Map<number, Hit[]>();
  for (const h of hits) m.set(h.from, [...(m.get(h.from) ?? []), h]);
  return m;
}

/** Where a list marker ("1.", "a)", "(2)", "-") ends. */
function listMarkerEnd(tk: readonly Token[]): number {
  if (tk[0]?.text === '(') return 3;
  return tk[1] && (tk[1].text === '.' || tk[1].text === ')') ? 2 : 1;
}

/** Trims a phrase of punctuation, connectors and the little words that cannot open or close a party ("cũng"). */
function trim(lex: Lexicon, tk: readonly Token[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  for (let moved = true; moved && a < b; ) {
    moved = false;
    if (tk[a]!.kind === 'punct') { a++; moved = true; continue; }
    const lead = lex.groups.at(tk, a).find((h) => h.tag === 'connector' || h.tag === 'report') ?? lex.particles.longestAt(tk, a);
    if (lead && lead.to <= b) { a = lead.to; moved = true; }
  }
  for (let moved = true; moved && b > a; ) {
    moved = false;
    if (tk[b - 1]!.kind === 'punct') { b--; moved = true; continue; }
    const tail = phraseEndingAt(lex.particles, tk, b);
    if (tail && tail.from >= a) { b = tail.from; moved = true; }
  }
  return [a, b];
}

/** The candidate addressees of a directive sentence. */
export function partyCandidates(lex: Lexicon, r: ReadSentence, inherited: string | null): PartyCandidate[] {
  const tk = r.tokens;
  const starts = hitsAt(r.hits);
  const endsAt = (i: number) => (starts.get(i) ?? []).some((h) => ENDS_PARTY.has(h.tag));
  const reportEnd = new Set(r.hits.filter((h) => h.tag === 'report').map((h) => h.to));
  const reportEnds = (i: number) => reportEnd.has(i);
  const out: PartyCandidate[] = [];
  const byPlace = new Map<number, PartyCandidate>();
  const push = (source: PartyCandidate['source'], from: number, to: number, extra: string[]) => {
    [from, to] = trim(lex, tk, from, to);
    if (to <= from || to - from > MAX_PARTY) return;
    const same = byPlace.get(from * 65536 + to);
    if (same) {
      // The same phrase found two ways: keep one candidate with both sources.
      same.features.add('src:', source);
      for (const e of extra) same.features.add(e);
      return;
    }
    const text = r.sentence.text.slice(tk[from]!.start - r.sentence.start, tk[to - 1]!.end - r.sentence.start);
    const features = new Features();
    features.add('src:', source);
    for (const e of extra) features.add(e);
    phraseFeatures(lex, r, from, to, features);
    const candidate = { text, source, from, to, features };
    out.push(candidate);
    byPlace.set(from * 65536 + to, candidate);
  };
  const fixed = (source: PartyCandidate['source'], text: string, extra: string[]): PartyCandidate => {
    const features = new Features();
    features.add('src:', source);
    for (const e of extra) features.add(e);
    return { text, source, from: -1, to: -1, features };
  };
  // The first triggers of a sentence name its parties; a run-on sentence with thousands gives no more.
  let triggers = 0;
  for (const h of r.hits) {
    if (!DUTY.has(h.tag) || ++triggers > MAX_TRIGGERS) continue;
    // The subject: from the clause start to the trigger.
    // The subject starts after the clause's punctuation or a report verb ("X cho biết ngân hàng sẽ …").
    let c = h.from;
    while (c > 0 && !isPunct(tk[c - 1], ',;:"“”(') && h.from - c < MAX_PARTY && !reportEnds(c)) c--;
    if (c < h.from) {
      push('subject', c, h.from, [`trig:${h.tag}`, `subjtrig:${h.tag}`]);
      // A list of parties before it: "Các cấp ủy, chính quyền, tổ chức, đoàn thể tiếp tục …".
      let l = c;
      for (let n = 0; n < 6 && l > 0 && tk[l - 1]!.text === ','; n++) {
        let k = l - 1;
        while (k > 0 && !isPunct(tk[k - 1], ',;:"“”(') && l - 1 - k < 5) k--;
        const chunk = r.hits.filter((x) => x.from >= k && x.to <= l - 1);
        if (k === l - 1 || l - 1 - k > 4 || chunk.some((x) => ENDS_PARTY.has(x.tag))) break;
        l = k;
      }
      if (l < c) push('subject', l, h.from, [`trig:${h.tag}`, 'subj:list']);
      // Its tails that open with a party word or a name ("Trường hợp …, thì chỉ huy cơ quan, đơn vị phải …").
      for (let k = c + 1; k < h.from; k++) {
        if ((starts.get(k) ?? []).some((x) => x.tag === 'partyHead') || (cap(tk[k]) && !cap(tk[k - 1]))) push('subject', k, h.from, [`trig:${h.tag}`, 'subj:tail']);
      }
    }
    // The object of an order: from the trigger to where the action starts.
    if (h.tag === 'order' || h.tag === 'ask' || h.tag === 'upward' || h.tag === 'forbid') {
      let e = h.to;
      while (e < tk.length && e - h.to < MAX_PARTY && !isPunct(tk[e], ';:.!?"“”()') && !endsAt(e)) e++;
      if (e > h.to) {
        push('object', h.to, e, [`trig:${h.tag}`, `objtrig:${h.tag}`]);
        // The object up to its first comma: "yêu cầu Bộ Y tế, các tỉnh khẩn trương" names Bộ Y tế first.
        const comma = tk.slice(h.to, e).findIndex((t) => t.text === ',');
        if (comma > 0) push('object', h.to, h.to + comma, [`trig:${h.tag}`, 'obj:first']);
      }
    }
  }
  // The phrase that opens the sentence or one of its first clauses, up to its verb: "Sát hạch viên ký xác nhận …",
  // "Căn cứ tình hình, Hội đồng nhân dân cùng cấp xem xét …" (a duty stated with no modal at all).
  const opens = [opensList(lex, tk) ? listMarkerEnd(tk) : 0];
  for (let k = 0; k < Math.min(tk.length, 40); k++) if (isPunct(tk[k], ',;:')) opens.push(k + 1);
  for (const [n, start] of opens.entries()) {
    let e = start;
    while (e < tk.length && e - start < 10 && tk[e]!.kind !== 'punct' && !endsAt(e)) e++;
    if (e > start && e < tk.length && endsAt(e)) push('opening', start, e, [n === 0 ? 'open:first' : 'open:clause']);
  }
  // Phrases opened by a party word ("UBND các tỉnh", "the Treasury"), and runs of capitalised words (names).
  for (const h of r.hits) {
    if (h.tag !== 'partyHead') continue;
    let e = h.to;
    while (e < tk.length && e - h.from < 10 && !isPunct(tk[e], ',;:.!?"“”()') && !endsAt(e)) e++;
    push('head', h.from, e, []);
  }
  for (let i = 0; i < tk.length; i++) {
    if (!cap(tk[i]) || tk[i]!.kind !== 'word') continue;
    let e = i + 1;
    while (e < tk.length && e - i < 8 && (cap(tk[e]) || (tk[e]!.kind === 'word' && cap(tk[e + 1]) && tk[e]!.low.length <= 3))) e++;
    push('named', i, e, [i === 0 ? 'named:first' : 'named:inside']);
    i = e - 1;
  }
  if (inherited) {
    // What the sentence offers instead: its own subject, an opening party phrase, a party word at its start.
    const own = [
      r.listItem ? 'inh:list' : 'inh:cont',
      out.some((c) => c.source === 'subject') ? 'inh:hasSubject' : 'inh:noSubject',
      out.some((c) => c.source === 'opening' && c.from <= 2) ? 'inh:opens' : 'inh:noOpening',
      r.hits.some((h) => h.tag === 'partyHead' && h.from <= 2) ? 'inh:headStart' : 'inh:noHeadStart',
      r.hits.some((h) => h.from <= 1 && (h.tag === 'drive' || h.tag === 'action')) ? 'inh:verbStart' : 'inh:noVerbStart',
    ];
    out.push(fixed('inherited', inherited, own));
  }
  out.push(fixed('none', '', [r.hits.some((h) => DUTY.has(h.tag)) ? 'none:trig' : 'none:notrig']));
  return out;
}

/** Features of a phrase of tokens [from, to): its edges, size, shape, and what surrounds it. */
function phraseFeatures(lex: Lexicon, r: ReadSentence, from: number, to: number, f: Features): void {
  const tk = r.tokens;
  const first = tk[from]!;
  const last = tk[to - 1]!;
  const n = to - from;
  f.add('first:', first.low);
  f.add('last:', last.low);
  f.add('len:', n < 2 ? '1' : n < 4 ? '2' : n < 7 ? '3' : '4');
  f.add(cap(first) ? 'cap' : 'lower');
  f.add('before:', tk[from - 1]?.low ?? '^');
  f.add('after:', tk[to]?.low ?? '$');
  f.add(from === 0 ? 'at:start' : 'at:inside');
  let trigger: Hit | null = null;
  for (let k = firstHit(r.hits, Math.max(0, from - WINDOW)); k < r.hits.length && r.hits[k]!.from < to + WINDOW; k++) {
    const h = r.hits[k]!;
    if (h.from >= from && h.to <= to) f.add('in:', h.tag);
    if (h.from === from) f.add('opens:', h.tag);
    if (h.to === from) f.add('prevgroup:', h.tag);
    if (h.from === to) f.add('nextgroup:', h.tag);
    if (!trigger && DUTY.has(h.tag)) trigger = h;
  }
  if (trigger) {
    const side = to <= trigger.from ? 'before' : from >= trigger.to ? 'after' : 'across';
    const gap = side === 'before' ? trigger.from - to : side === 'after' ? from - trigger.to : 0;
    f.add('rel:', side);
    f.add(`rel:${side}:`, String(gap === 0 ? 0 : gap < 3 ? 1 : gap < 8 ? 2 : 3));
    f.add(`rel:${side}:`, trigger.tag);
  } else f.add('rel:notrigger');
  if (lex.groups.at(tk, from).some((h) => h.tag === 'pronoun')) f.add('pronoun');
  if (tk.slice(from, to).some((t) => t.kind === 'num')) f.add('hasnum');
}

/** The words of a phrase, folded for comparison (the scorer's "half of the gold addressee's words"). */
export function partyWords(s: string): Set<string> {
  return new Set(s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** How much of `gold` a candidate covers, and how much of the candidate is gold: both in [0, 1]. */
export function overlap(candidate: string, gold: string): { recall: number; precision: number } {
  const g = partyWords(gold);
  const c = partyWords(candidate);
  if (!g.size || !c.size) return { recall: 0, precision: 0 };
  let shared = 0;
  for (const w of g) if (c.has(w)) shared++;
  return { recall: shared / g.size, precision: shared / c.size };
}

/** The issuer: who orders, asks or says the directive, as the sentence names it. */
export function issuerOf(lex: Lexicon, r: ReadSentence, addressee: PartyCandidate | null): string | null {
  const tk = r.tokens;
  const order = r.hits.find((h) => h.tag === 'order' || h.tag === 'report');
  if (!order) return null;
  let c = order.from;
  while (c > 0 && !isPunct(tk[c - 1], ',;:"“”(') && order.from - c < MAX_PARTY) c--;
  const [a, b] = trim(lex, tk, c, order.from);
  if (b <= a || (addressee && addressee.from === a && addressee.to === b)) return null;
  const words = tk.slice(a, b);
  if (!words.some((t) => cap(t)) && !r.hits.some((h) => h.tag === 'partyHead' && h.from >= a && h.to <= b)) return null;
  return r.sentence.text.slice(tk[a]!.start - r.sentence.start, tk[b - 1]!.end - r.sentence.start);
}

/** The action: the words after the duty (and after its addressee), up to about 12 words, within the clause. */
export function actionOf(r: ReadSentence, addressee: PartyCandidate | null): string | null {
  const tk = r.tokens;
  const trigger = r.hits.find((h) => DUTY.has(h.tag));
  let from = trigger ? trigger.to : 0;
  if (addressee && addressee.to > from && addressee.from >= from) from = addressee.to;
  // Skip the drive words that lead an action ("khẩn trương", "tiếp tục"): they belong to it, keep them.
  let to = from;
  let words = 0;
  while (to < tk.length && words < 12 && !isPunct(tk[to], ';:.!?"“”()')) {
    if (tk[to]!.kind !== 'punct') words++;
    to++;
  }
  while (to > from && tk[to - 1]!.kind === 'punct') to--;
  if (to <= from) return null;
  return r.sentence.text.slice(tk[from]!.start - r.sentence.start, tk[to - 1]!.end - r.sentence.start);
}
