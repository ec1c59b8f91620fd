// A directive in one line: the action the brief extracted, or when it has none, the sentence's first words.
import type { Directive } from '../model/brief';
import { capitalise } from './metric';

const EDGE = /^[\s\p{P}\p{S}]+|[\s,;:(\-–—]+$/gu;
/** About one line of a 400 px panel. */
const MAX_WORDS = 14;

const firstWords = (s: string, n: number) => {
  const words = s.trim().split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(' ')}…` : words.join(' ');
};

export function actionText(d: Pick<Directive, 'action' | 'text'>): string {
  const action = (d.action ?? '').replace(EDGE, '');
  if (/\p{L}/u.test(action)) return capitalise(firstWords(action, MAX_WORDS));
  return capitalise(firstWords(d.text.replace(EDGE, ''), MAX_WORDS));
}
