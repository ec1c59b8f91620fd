// What a target measures, never empty: the brief's metric when it holds a word, else the words that lead up to
// the value in its clause, else the value's own words.
import type { Target } from '../model/brief';

const hasWord = (s: string) => /\p{L}/u.test(s);
/** Punctuation and brackets that cannot open or close a metric (a closing `%` stays). */
const EDGE = /^[\s\p{P}\p{S}]+|[\s.,;:!?()[\]{}"'“”‘’\-–—…]+$/gu;
const MAX_WORDS = 12;

/** The clause before the value, from the text just before it: after the last `;`, `:`, `(` or `,`. */
function clauseBefore(prefix: string): string {
  const cut = Math.max(prefix.lastIndexOf(';'), prefix.lastIndexOf(':'), prefix.lastIndexOf('('), prefix.lastIndexOf(','), prefix.lastIndexOf('.'));
  const words = prefix.slice(cut + 1).trim().split(/\s+/).filter(Boolean);
  return words.slice(-MAX_WORDS).join(' ');
}

/** The clause's words before the value (the last few), else after it, without brackets left empty. */
function fromClause(clause: { exact: string }, text: string): string {
  const at = clause.exact.indexOf(text);
  if (at < 0) return '';
  const clean = (s: string) => s.replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/[()[\]]/g, ' ').replace(EDGE, '').trim();
  const before = clean(clause.exact.slice(0, at)).split(/\s+/).filter(Boolean);
  if (before.length && hasWord(before.join(' '))) return before.slice(-MAX_WORDS).join(' ');
  const after = clean(clause.exact.slice(at + text.length)).split(/\s+/).filter(Boolean);
  return hasWord(after.join(' ')) ? after.slice(0, MAX_WORDS).join(' ') : '';
}

export function metricText(target: Pick<Target, 'metric' | 'text' | 'quote' | 'clause'>): string {
  const own = (target.metric ?? '').replace(EDGE, '');
  if (hasWord(own)) return capitalise(own);
  const clause = target.clause ? fromClause(target.clause, target.text).replace(EDGE, '') : '';
  if (hasWord(clause)) return capitalise(clause);
  const before = clauseBefore(target.quote.prefix).replace(EDGE, '');
  if (hasWord(before)) return capitalise(before);
  return capitalise(target.text.replace(EDGE, ''));
}

/** The first letter in upper case, as a table row starts. */
export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
