import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';
import { distancesFrom, editDistance } from '../../../lib/anchoring/edit-distance';

const anchored = (text: string, m: { start: number; end: number } | null) => (m ? text.slice(m.start, m.end) : null);

// A chapter's paragraphs (our own text), each distinct.
const chapter = [
  'Chapter 16 shows how threads share state, and why the type system helps.',
  'Mutexes have a reputation for being hard to use because you have to remember two rules.',
  'Management of mutexes can be tricky, which is why so many people are enthusiastic about channels.',
  'However, thanks to the type system, you cannot get locking and unlocking wrong: the compiler checks.',
  'The call to lock returns a smart pointer that releases the lock when it goes out of scope.',
];
const quote = 'the type system shifted management of a lock’s lifetime to the thread instead of the user';
const page = (middle: string) => [...chapter.slice(0, 3), `Rust’s answer is simple: ${middle}, so the lock cannot be forgotten.`, ...chapter.slice(3)].join('\n\n');

describe('matchInText, a place pinned by both old neighbours', () => {
  const before = page(quote);
  const s = selectorsFor(before, quote);

  it('finds a quote edited far beyond small corrections when both sides are intact word for word', () => {
    // 21 edits in 89 characters (similarity 0.82): more than a fuzzy search for the quote allows.
    const edited = 'the type system shifted the management of a guard’s lifetime to the thread rather than the user';
    const after = page(edited);
    expect(editDistance(quote, edited)).toBeGreaterThan(Math.floor(quote.length * 0.12));
    expect(anchored(after, placeIn(after, s))).toBe(edited);
  });

  it('orphans a quote rewritten between intact neighbours into other words', () => {
    const after = page('nobody can lock a value twice because every lock belongs to a guard that ends with the scope');
    expect(placeIn(after, s)).toBeNull();
  });

  it('takes only the quote where a heading was moved in beside it, between its old neighbours', () => {
    const corrected = quote.replace('lock’s', 'locks');
    const after = before.replace(`simple: ${quote}`, `simple: See also. ${corrected}`);
    expect(anchored(after, placeIn(after, s))).toBe(corrected);
  });
});

describe('matchInText, a place pinned by one old neighbour', () => {
  const sentence = 'You can be more explicit by providing a type argument to the hook.';
  const twin = 'You can be more explicit by providing a type argument to the function.';
  const text = (own: string, next: string) =>
    ['Most of the time you do not need to give types, they are inferred from the initial value passed to it.', `${own} ${next}`, `In the other reference page: ${twin} It reads well.`].join('\n\n');
  const before = text(sentence, 'The next section covers callbacks.');
  const s = selectorsFor(before, sentence);

  it('finds a corrected sentence whose other side changed, though a look-alike sentence is elsewhere on the page', () => {
    // One letter corrected, the following heading rewritten: only the prefix is intact, and a
    // sibling sentence elsewhere fits the quote almost as well (0.88) but not its context.
    const corrected = sentence.replace('hook', 'Hook');
    const after = text(corrected, 'Next: memoising callbacks with useCallback.');
    expect(anchored(after, placeIn(after, s))).toBe(corrected);
  });

  it('orphans a sentence removed from a summary that repeats its ending elsewhere', () => {
    const lead = 'Removing noise helps.';
    const removed = 'After eliminating potential anomalies with less than 10 entries we get fewer results.';
    const recap = 'In the previous section we eliminated potential anomalies with less than 10 entries. Next, thresholds.';
    const make = (middle: string) => ['The table lists every alert with its count and score.', `${lead}${middle}`, 'Repeating alerts', ...chapter, recap].join('\n\n');
    const b = make(` ${removed}`);
    const q = selectorsFor(b, 'eliminating potential anomalies with');
    const after = make('');
    expect(anchored(after, placeIn(after, q))).toBeNull();
  });

  it('orphans a removed item whose look-alike sibling moved up beside the same neighbour', () => {
    const item = (os: string) => `Firefox Free Download English (US) ${os}`;
    const list = (oses: string[]) => `Download the browser for your system. ${oses.map(item).join('. ')}. All languages.`;
    const b = list(['Windows', 'OS X', 'Linux', 'Android']);
    const q = selectorsFor(b, item('OS X'));
    const after = list(['Windows', 'Linux', 'Android']);
    expect(anchored(after, placeIn(after, q))).toBeNull();
  });
});

describe('distancesFrom', () => {
  it('gives the edit distance to every stretch that begins (or ends) at a point', () => {
    const text = 'abc the quick brown fox jumps xyz';
    const pattern = 'quick brwn fox';
    const at = text.indexOf('quick');
    const forward = distancesFrom(pattern, text, at, 20, 1);
    for (let j = 0; j <= 20; j++) expect(forward[j]).toBe(editDistance(pattern, text.slice(at, at + j)));
    const end = text.indexOf(' jumps');
    const backward = distancesFrom(pattern, text, end, 20, -1);
    for (let j = 0; j <= 20; j++) expect(backward[j]).toBe(editDistance(pattern, text.slice(end - j, end)));
  });
});
