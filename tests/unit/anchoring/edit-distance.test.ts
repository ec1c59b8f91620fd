import { describe, expect, it } from 'vitest';
import { bestMatchInWindow, editDistance, occursWithin } from '../../../lib/anchoring/edit-distance';

/** The textbook table, as the reference. */
function reference(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

describe('editDistance', () => {
  it('agrees with the full table for strings on both sides of the one-word (32 character) limit', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abc de\u0101\u041c\u0301';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    for (let t = 0; t < 3000; t++) {
      const a = word(Math.floor(rnd() * 40));
      const b = word(Math.floor(rnd() * 40));
      expect(editDistance(a, b)).toBe(reference(a, b));
    }
  });

  it('counts edits between context strings', () => {
    expect(editDistance('Ministry for Culture and Heritage', 'power for Culture and with')).toBe(reference('Ministry for Culture and Heritage', 'power for Culture and with'));
    expect(editDistance('x'.repeat(32), 'y'.repeat(32))).toBe(32);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('occursWithin', () => {
  it('agrees with the window aligner on whether a pattern fits within the edits allowed', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (n: number) => Array.from({ length: n }, () => 'abcd e'[Math.floor(rnd() * 6)]).join('');
    for (let t = 0; t < 3000; t++) {
      const pattern = word(1 + Math.floor(rnd() * 32));
      const text = word(Math.floor(rnd() * 80));
      const k = Math.floor(rnd() * 6);
      const from = Math.floor(rnd() * 10);
      const to = text.length - Math.floor(rnd() * 10);
      expect(occursWithin(text, pattern, from, to, k)).toBe(!!bestMatchInWindow(text, pattern, from, to, k));
    }
  });

  it('looks only inside the window', () => {
    const text = 'September 2016. and later September 2019.';
    expect(occursWithin(text, 'September 2019.', 0, text.length, 0)).toBe(true);
    expect(occursWithin(text, 'September 2019.', 0, 20, 0)).toBe(false);
    expect(occursWithin(text, 'September 2019.', 0, 20, 1)).toBe(true);
  });
});
