import { describe, expect, it } from 'vitest';
import { describeText } from '../../../lib/anchoring/anchor';
import { matchInText } from '../../../lib/anchoring/match-quote';

// A category list whose items differ only in a date, side by side: each item's
// context is its siblings' text, and seeds from neighbouring items merge into
// one search window.
const dates = ['February 2011', '2011', '2013', '2016', '2017', '2018', '2019', 'June 2019', '2020'];
const item = (date: string) => `Articles containing potentially dated statements from ${date}`;
const page = (items: string[]) =>
  `Hidden categories: Wikipedia indefinitely move-protected pages ${items.join(' ')} Wikipedia articles with VIAF identifiers`;
/** The item with `typos` letters mistyped, as a corrected page might have it the other way round. */
const mistyped = (text: string, typos: number) => {
  const chars = [...text];
  for (const at of [12, 25, 40].slice(0, typos)) chars[at] = 'e';
  return chars.join('');
};

function outcome(date: string, typos: number): { found: string | null; edited: string } {
  const before = page(dates.map(item));
  const quote = item(date);
  const at = before.indexOf(quote);
  const s = describeText(before, at, at + quote.length);
  const edited = mistyped(quote, typos);
  const after = page(dates.map((d) => (d === date ? edited : item(d))));
  const m = matchInText(after, s);
  return { found: m && after.slice(m.start, m.end), edited };
}

describe('matchInText, an edited item among look-alike siblings', () => {
  it('never takes a sibling that differs from the quote by a year, whichever item was edited', () => {
    for (const date of dates) {
      for (const typos of [1, 2, 3]) {
        const { found, edited } = outcome(date, typos);
        // Its own item, or nothing when the siblings fit as well.
        expect([null, edited], `${date}, ${typos} typos`).toContain(found);
      }
    }
  });

  it('still finds an item whose date sets it apart', () => {
    for (const typos of [1, 2, 3]) {
      const { found, edited } = outcome('February 2011', typos);
      expect(found).toBe(edited);
    }
  });
});
