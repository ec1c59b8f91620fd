// English directive rules.
import { BELIEF, HYPOTHETICAL, MODAL_RE, NOT_SUBJECT, ORDER_RE, PLEDGE_RE, SAID_FRAME, TO_INF, WILL_RE } from './lexicon-en';
import type { Found } from './rules-vi';
import { clip, escapeRegExp, type Sentence } from './text';

const SUBJECT_RE = /((?:[Tt]he\s+)?[(\[]?[A-Z][\w.'’)\]-]*(?:\s+(?:[(\[]?[A-Z][\w.'’)\]-]*|of|the|and|for))*|[Tt]he\s+\(?[a-z]+\)?(?: [a-z]+)?|(?<![\w'’])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+[a-z]+(?: [a-z]+)?|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t)\s*$/u;
/** Time adverbials between a subject and its verb ("The governor on Monday ordered …"): not part of the subject. */
const TIME_ADVERB = new RegExp(String.raw`(?:,?\s+(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|,?\s+on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|,?\s+(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|,?\s+(?:yesterday|today|tonight|now|recently|again|previously|also|formally|officially|quickly))\s*,?\s*$`, 'i');

function subjectBefore(t: string, at: number): string | null {
  // "Landlords who miss the deadline will have to …": the party is the head before the relative clause.
  const rel = /^(?:[^,;]*?[,;]\s*)?["“]?((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*){0,3})\s+(?:who|that|which)\s/u.exec(t.slice(Math.max(0, at - 300), at));
  // "Forte said that …" is a report, not a relative clause.
  if (rel && !/\b(?:said|says|told|announced|believed?|thinks?|noted|argued|added|reported|stated|warned|knew|saw|agreed|admitted)\b/i.test(rel[1]!)) return rel[1]!;
  // A bounded window: a subject is near its verb, and long run-on sentences stay linear.
  let head = t.slice(Math.max(0, at - 200), at).replace(/\s+(?:also|still|now|then|not|really|will|would)\s*$/i, '').replace(/[\s,]+$/, '');
  for (let i = 0; i < 3 && TIME_ADVERB.test(head); i++) head = head.replace(TIME_ADVERB, '');
  // "Israel, which controls tax receipts, has pledged": the subject is before the aside.
  head = head.replace(/,\s*(?:which|who)\s[^,]{1,120},?\s*(?:has|have|had)?$/u, '');
  const m = SUBJECT_RE.exec(head);
  return m ? m[1]!.trim() : null;
}

function openingSubject(t: string): string | null {
  const m = /^["“‘]?((?:The\s+)?(?:[A-Z][\w.'’-]*\s*){1,5})(?=\s+(?:has|have|had|said|says|will|would|is|are|was|were|must)\b)/u.exec(t);
  return m ? m[1]!.trim() : null;
}

/** Organisations and groups that "they"/"them"/"it" can stand for: named bodies and definite plural nouns. */
const GROUP_RE = /\b((?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)*(?:[A-Z][\w'’-]*(?:s|Party|Congress|Senate|House|Council|Commission|Committee|Department|Ministry|Agency|Administration|Government|Authority|Board|Union|Company|Corporation|Forces))|[Tt]he\s+(?:[a-z]+\s+)?[a-z]{3,}s)\b(?![\w'’-])/g;
const NOT_GROUP = /^(?:the\s+)?(?:[a-z]+\s+)?(?:news|years|days|weeks|months|times|others|things|terms|talks|costs|sales|goods|products|prices|tariffs|rules|results|numbers|figures|details|comments|questions|issues|remarks|means|series|this|was|has|is|its|us|thus|yes|always|perhaps|less|unless)$/i;

/** The last group named before `at` in the sentence, else in the previous sentences of its paragraph. */
function antecedent(sentences: Sentence[], i: number, at: number, plural: boolean): string | null {
  const s = sentences[i]!;
  const spans = [s.text.slice(0, at)];
  for (let j = i - 1; j >= 0 && j >= i - 3 && sentences[j]!.para === s.para; j--) spans.push(sentences[j]!.text);
  for (const span of spans) {
    let last: string | null = null;
    for (const m of span.slice(-600).matchAll(GROUP_RE)) {
      const g = m[1]!.trim();
      if (NOT_GROUP.test(g) || /^(?:The|They|These|Those|This|Their|There|I|We|He|She|It)$/.test(g)) continue;
      if (plural !== /s$/.test(g) && !/\b(?:Congress|Administration|Government|Party|Forces|Union)$/.test(g)) continue;
      last = g;
    }
    if (last) return last;
  }
  return null;
}

/** "her department" said by "the education commissioner" → "the education department". */
function possessiveParty(t: string, party: string): string | null {
  const m = /^(?:his|her|its|their|our)\s+([a-z]+)$/i.exec(party);
  if (!m) return null;
  const speaker = /((?:[Tt]he\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3})\s+(?:said|says|told|announced|added|pledged|promised|vowed)\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:his|her|its|their|our)\s/.exec(t);
  if (!speaker) return null;
  const title = /^(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:commissioner|minister|secretary|director|chief|head|spokes(?:man|woman|person)|superintendent|chair(?:man|woman)?|administrator)$/i.exec(speaker[1]!)
    ?? /^(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:Commissioner|Minister|Secretary|Director|Chief|Superintendent|Administrator)\b/.exec(speaker[1]!);
  return title ? `the ${title[1]} ${m[1]}` : null;
}

/** Finds the directives of an English article. */
export function findDirectivesEn(sentences: Sentence[]): Found[] {
  const out: Found[] = [];
  let lastPerson: string | null = null;
  sentences.forEach((s, i) => {
    const f = classify(s);
    const named = /\b(?:Mr\.?|Mrs\.?|Ms\.?|President|Prime Minister)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*/.exec(s.text);
    if (named) lastPerson = named[0];
    if (!f) return;
    // An order's addressee may open with a quantifier ("ordered all districts to …"); a subject may not.
    const notParty = f.rule === 'en.order' ? /^(?:and|but|or|so|as|there|here|what|which|this|that)\b/i : NOT_SUBJECT;
    if (f.addressee && (notParty.test(f.addressee) || /^the (?:lack|future|need|idea|point)\b/i.test(f.addressee))) return;
    // A quote attributed after it ('"We are asking …," the governor told reporters'): the speaker issues it.
    if (!f.issuer || /^(?:we|i)$/i.test(f.issuer)) {
      const said = /["”]\s*,?\s*((?:[Tt]he\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?)\s+(?:said|says|told|added|wrote|announced)\b/.exec(s.text);
      if (said && !/^(?:he|she|they|it)$/i.test(said[1]!)) f.issuer = said[1]!;
      else if (said && /^(?:he|she)$/i.test(said[1]!) && lastPerson) f.issuer = lastPerson;
    }
    const parties = (f.addressee ?? '').split('; ').filter(Boolean).map((a, k) => resolvePronoun(sentences, i, a, k === 0 ? f : null, lastPerson));
    f.addressee = parties.length ? [...new Set(parties)].join('; ') : null;
    out.push(f);
  });
  return out;
}

/** Pronouns to their party: "it"/"they"/"them" to the group named before, "he"/"she" to the person, "her department" to its name. */
function resolvePronoun(sentences: Sentence[], i: number, a: string, first: Found | null, lastPerson: string | null): string {
  const s = sentences[i]!;
  const t = s.text;
  const at = Math.max(0, t.search(new RegExp(`\\b${escapeRegExp(a)}\\b`)));
  if (/^(?:it|they|them)$/i.test(a)) {
    // "the International Coalition Forces, who have said they need to …": the antecedent of the relative clause.
    const rel = /((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),\s+(?:who|which)\s[^,]*$/.exec(t.slice(Math.max(0, at - 300), at));
    const opening = first && /^(?:it|they)$/i.test(a) ? openingSubject(t) : null;
    return rel?.[1] ?? opening ?? antecedent(sentences, i, at, !/^it$/i.test(a)) ?? a;
  }
  if (/^(?:he|she)$/i.test(a)) {
    // "the prime minister has made clear that he will …": the speaker of the same clause.
    const speaker = /((?:[Tt]he\s+)?(?:[a-z]+\s+)?(?:prime minister|president|governor|mayor|minister|secretary|commissioner|chancellor|senator|chairman|chairwoman|chief executive)|(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+[A-Z][\w-]+|[A-Z][\w-]+\s+[A-Z][\w-]+)\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|also\s+)?(?:said|says|made clear|insisted|added|told \w+|vowed|pledged|promised|announced)\s+(?:that\s+)?(?:he|she)\s*$/.exec(t.slice(Math.max(0, at - 200), at));
    return speaker?.[1] ?? lastPerson ?? a;
  }
  return possessiveParty(t, a) ?? a;
}

/**
 * Other parties given a duty later in the same sentence: "…, and the prime minister has made clear that he will …",
 * "the pressure must continue for Damascus to allow …". Joined to the first with "; ".
 */
function withMoreParties(t: string, from: number, first: string): string {
  const out = [first];
  const rest = t.slice(from, from + 400);
  const forTo = /\bfor\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+to\s+[a-z]+/g;
  for (const m of rest.matchAll(forTo)) if (!/^(?:the\s+)?(?:[A-Z]\w*day|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(m[1]!)) out.push(m[1]!);
  const and = /(?:,\s*(?:and|but|while)|;)\s+((?:the\s+)?[a-zA-Z][\w.'’-]*(?:\s+[a-zA-Z][\w.'’-]*){0,3}?)\s+(?:has|have|had)?\s*(?:already\s+|also\s+)?(?:said|made clear|insisted|vowed|pledged|promised)\s+(?:that\s+)?(he|she|it|they)\s+(?:will|would|must|should)\b/g;
  for (const m of rest.matchAll(and)) if (!/^(?:it|this|that|there|he|she|they|we|i|you)$/i.test(m[1]!)) out.push(m[1]!);
  // "Districts must submit …, and the state will cover …": a coordinated clause with its own duty.
  const also = /(?:,\s*(?:and|but|while)|;)\s+((?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,3}?)\s+(?:will|must|should|has to|have to|is to|are to)\s+(?!be\b|have\b|likely\b)[a-z]+/g;
  for (const m of rest.matchAll(also)) {
    const p = m[1]!;
    if (/^(?:it|this|that|there|he|she|they|we|i|you|which|who|what)$/i.test(p) || /^(?:and|but|or|so|if|when)\b/i.test(p)) continue;
    if (!/^(?:the\s+)?[A-Z]/.test(p) && !/^the\s/i.test(p)) continue;
    out.push(p);
  }
  return [...new Set(out)].join('; ');
}

/** The action: up to 10 words, ending before a closing quote or a coordinated clause with its own subject. */
function actionOf(rest: string, n: number): string | null {
  const end = rest.search(/["”’]|,\s*(?:and|but|while)\s+(?:the\s+)?\w+(?:\s+\w+){0,3}?\s+(?:will|would|must|should|said|says)\b|;/);
  return clip(end > 0 ? rest.slice(0, end) : rest, n) || null;
}

function classify(s: Sentence): Found | null {
  const t = s.text;
  if (t.length < 25 || t.trimEnd().endsWith('?') || !/[a-z]/.test(t)) return null;
  // A headline (a short first line without closing punctuation) is borderline at best (RUBRIC): leave it out.
  // Only the article's first line: bullet summaries without a full stop are real statements in English copy.
  if (s.para === 0 && !/[.!?…"”)]\s*$/u.test(t) && t.split(/\s+/).length < 20) return null;
  ORDER_RE.lastIndex = 0;
  for (let m = ORDER_RE.exec(t); m; m = ORDER_RE.exec(t)) {
    const rest = t.slice(m.index + m[0].length);
    const inf = TO_INF.exec(rest);
    if (!inf) continue;
    const addressee = (inf[1] ?? '').trim() || null;
    // The addressee is a noun phrase: no verbs ("had been revised", "seen after Beijing attempted").
    if (!addressee || /\b(?:how|what|why|whether|which|that|is|are|was|were|not|for|had|has|have|been|\w+ed)\b/i.test(addressee)) continue;
    if (/^(?:in|on|at|by|with|from|about|into|over|these questions|questions)\b/i.test(addressee)) continue;
    if (/\b(?:could|might|may)\s+(?:\w+\s+)?$/i.test(t.slice(Math.max(0, m.index - 20), m.index))) continue; // a possibility
    // "a direct answer", "task orders", "does not support forcing …": nouns, adjectives and negated frames.
    if (/\b(?:a|an|the|task|not|no|in|of|for|its|their|his|her)\s+$/i.test(t.slice(Math.max(0, m.index - 20), m.index))) continue;
    return { sentence: s, rule: 'en.order', issuer: subjectBefore(t, m.index), addressee, action: actionOf(rest.slice(inf.index + inf[0].length - (inf[2]?.length ?? 0)), 10) };
  }
  MODAL_RE.lastIndex = 0;
  for (let m = MODAL_RE.exec(t); m; m = MODAL_RE.exec(t)) {
    const head = t.slice(Math.max(0, m.index - 200), m.index);
    if (HYPOTHETICAL.test(head.slice(-40))) continue;
    if (/\b(?:what|how|where|when|whether|why)\s+\w+\s*$/i.test(head)) continue; // an embedded question
    const subject = subjectBefore(t, m.index);
    if (!subject || /^(?:it|i|you)$/i.test(subject) || /\b(?:the|a)\s+$/i.test(head)) continue;
    if (/^(?:the\s+)?(?:intent|idea|goal|point|purpose|aim|hope|plan|question|problem|issue)$/i.test(subject)) continue; // "the intent is to …"
    if (/\b(?:if|when|unless)\b/i.test(head)) continue;
    return { sentence: s, rule: 'en.modal', issuer: null, addressee: withMoreParties(t, m.index + m[0].length, subject), action: actionOf(t.slice(m.index + m[0].length), 10) };
  }
  PLEDGE_RE.lastIndex = 0;
  for (let m = PLEDGE_RE.exec(t); m; m = PLEDGE_RE.exec(t)) {
    const lead = t.slice(Math.max(0, m.index - 20), m.index);
    if (/\b(?:not|never|n't|no|the|a|its|their)\s+$/i.test(lead)) continue; // denied, or a noun
    if (/^commitment$/i.test(m[0]) && /\b(?:his|her|our|my|your)\s+$/i.test(lead)) continue; // "reaffirmed his commitment to …": a stance
    const subject = subjectBefore(t, m.index);
    return { sentence: s, rule: 'en.pledge', issuer: null, addressee: subject, action: actionOf(t.slice(m.index + m[0].length).replace(/^\s*(?:to|that)\s+/, ''), 10) };
  }
  WILL_RE.lastIndex = 0;
  for (let m = WILL_RE.exec(t); m; m = WILL_RE.exec(t)) {
    const head = t.slice(Math.max(0, m.index - 200), m.index);
    if (!SAID_FRAME.test(head) && !/^(?:[A-Z][\w.'’-]*\s+){1,4}$/u.test(head)) continue;
    if (BELIEF.test(head)) continue;
    if (HYPOTHETICAL.test(head.slice(-80))) continue;
    const subject = subjectBefore(t, m.index);
    if (!subject || (/^it$/i.test(subject) && !SAID_FRAME.test(head)) || /^(?:that|this|these|those|there)$/i.test(subject)) continue;
    // A headline in Title Case ("Here's Where Landers Will Land") is not a statement.
    if (!/[.!?"”]\s*$/.test(t) && (t.match(/\b[A-Z]/g)?.length ?? 0) > t.split(/\s+/).length / 2) continue;
    // "… would force the administration to reconsider": the party made to act is the object.
    const causative = /^(?:force|compel|require|oblige|push|ask|order|direct|allow)$/i.test(m[1] ?? '') ? TO_INF.exec(t.slice(m.index + m[0].length)) : null;
    const made = causative?.[1]?.trim();
    if (made && !/\b(?:how|what|why|whether|which|that|is|are|was|were|not)\b/i.test(made)) {
      return { sentence: s, rule: 'en.will', issuer: subject, addressee: made, action: actionOf(t.slice(m.index + m[0].length + causative!.index + causative![0].length - (causative![2]?.length ?? 0)), 10) };
    }
    return { sentence: s, rule: 'en.will', issuer: null, addressee: withMoreParties(t, m.index + m[0].length, subject), action: actionOf(t.slice(m.index + m[0].length - (m[1]?.length ?? 0)), 10) };
  }
  return null;
}
