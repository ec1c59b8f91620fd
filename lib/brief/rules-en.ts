// English directive rules.
import { BELIEF, HYPOTHETICAL, MODAL_RE, NOT_SUBJECT, ORDER_RE, PLEDGE_RE, SAID_FRAME, TO_INF, WILL_RE } from './lexicon-en';
import type { Found } from './rules-vi';
import { clip, type Sentence } from './text';

const SUBJECT_RE = /((?:[Tt]he\s+)?[(\[]?[A-Z][\w.'’)\]-]*(?:\s+(?:[(\[]?[A-Z][\w.'’)\]-]*|of|the|and|for))*|[Tt]he\s+\(?[a-z]+\)?(?: [a-z]+)?|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Ii]t)\s*$/u;

function subjectBefore(t: string, at: number): string | null {
  // "Landlords who miss the deadline will have to …": the party is the head before the relative clause.
  const rel = /^(?:[^,;]*?[,;]\s*)?["“]?((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*){0,3})\s+(?:who|that|which)\s/u.exec(t.slice(Math.max(0, at - 300), at));
  // "Forte said that …" is a report, not a relative clause.
  if (rel && !/\b(?:said|says|told|announced|believed?|thinks?|noted|argued|added|reported|stated|warned|knew|saw|agreed|admitted)\b/i.test(rel[1]!)) return rel[1]!;
  // A bounded window: a subject is near its verb, and long run-on sentences stay linear.
  const head = t.slice(Math.max(0, at - 200), at).replace(/\s+(?:also|still|now|then|not|really|will|would)\s*$/i, '').replace(/[\s,]+$/, '');
  const m = SUBJECT_RE.exec(head);
  return m ? m[1]!.trim() : null;
}

function openingSubject(t: string): string | null {
  const m = /^(?:The\s+)?((?:[A-Z][\w.'’-]*\s*){1,5})(?=\s+(?:has|have|had|said|says|will|would|is|are|was|were|must)\b)/u.exec(t);
  return m ? m[0].trim() : null;
}

/** Finds the directives of an English article. */
export function findDirectivesEn(sentences: Sentence[]): Found[] {
  const out: Found[] = [];
  let lastPerson: string | null = null;
  for (const s of sentences) {
    const f = classify(s);
    const named = /\b(?:Mr\.?|Mrs\.?|Ms\.?|President|Prime Minister)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*/.exec(s.text);
    if (named) lastPerson = named[0];
    if (!f) continue;
    if (f.addressee && (NOT_SUBJECT.test(f.addressee) || /^the (?:lack|future|need|idea|point)\b/i.test(f.addressee))) continue;
    // Pronouns: "it"/"they" usually refer to the sentence's own opening subject, "he"/"she" to the last person named.
    if (f.addressee && /^(?:it|they)$/i.test(f.addressee)) {
      // "the International Coalition Forces, who have said they need to …": the antecedent of the relative clause.
      const at = s.text.search(new RegExp(`\\b${f.addressee}\\b`));
      const rel = /((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),\s+(?:who|which)\s[^,]*$/.exec(s.text.slice(Math.max(0, at - 300), Math.max(0, at)));
      f.addressee = rel?.[1] ?? openingSubject(s.text) ?? f.addressee;
    }
    if (f.addressee && /^(?:he|she)$/i.test(f.addressee) && lastPerson) f.addressee = lastPerson;
    out.push(f);
  }
  return out;
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
    return { sentence: s, rule: 'en.order', issuer: subjectBefore(t, m.index), addressee, action: clip(rest.slice(inf.index + inf[0].length - (inf[2]?.length ?? 0)), 10) };
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
    return { sentence: s, rule: 'en.modal', issuer: null, addressee: subject, action: clip(t.slice(m.index + m[0].length), 10) };
  }
  PLEDGE_RE.lastIndex = 0;
  for (let m = PLEDGE_RE.exec(t); m; m = PLEDGE_RE.exec(t)) {
    if (/\b(?:not|never|n't|no|the|a|its|their)\s+$/i.test(t.slice(Math.max(0, m.index - 20), m.index))) continue; // denied, or a noun
    const subject = subjectBefore(t, m.index);
    return { sentence: s, rule: 'en.pledge', issuer: null, addressee: subject, action: clip(t.slice(m.index + m[0].length).replace(/^\s*(?:to|that)\s+/, ''), 10) };
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
    return { sentence: s, rule: 'en.will', issuer: null, addressee: subject, action: clip(t.slice(m.index + m[0].length - (m[1]?.length ?? 0)), 10) };
  }
  return null;
}
