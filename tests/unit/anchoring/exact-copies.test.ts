import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';

// A reference list where every item ends in the same boilerplate: the quote
// "for Culture" occurs in each of them.
const titles = [
  'South African War 1899–1902',
  'The Malayan Emergency',
  'New Zealand literature',
  'Contemporary Maori art',
  'Government moves to Wellington',
  'A history of NZ painting',
  'The Vietnam War',
  'Women and the vote',
  'First World War overview',
  'The 1918 influenza pandemic',
  'Treaty of Waitangi signing',
  'Gallipoli casualties by country',
];
const months = ['February', 'August', 'November', 'December', 'January', 'March', 'April', 'May', 'June', 'July', 'September', 'October'];
const item = (t: string, i: number) => `^ "${t}". Ministry for Culture and Heritage. ${months[i]} 20${10 + i}. Retrieved ${i + 1} January 2011.`;

describe('matchInText, an unchanged quote with many identical copies', () => {
  it('finds its own copy when the words right next to it were edited, though every other copy keeps them', () => {
    const before = titles.map(item).join('\n');
    const s = selectorsFor(before, 'for Culture', 0);
    // The first item's neighbours of the quote edited on both sides.
    const own = item(titles[0]!, 0);
    const after = before.replace(own, own.replace('Ministry for', 'power for').replace('and Heritage', 'and with'));
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    const at = after.indexOf('power for Culture') + 'power '.length;
    expect(m.start).toBe(at);
  });

  it('refuses to choose when two copies keep one whole side intact, whichever comes second by score', () => {
    // Items citing one encyclopedia: "Te Ara: The Encyclopedia of New Zealand. Retrieved …".
    const ref = (t: string, day: number) => `^ "${t}". Te Ara: The Encyclopedia of New Zealand. Retrieved ${day} January 2011.`;
    // (Titles found by search so that the copy second by score keeps less of
    // a whole side than the third does: the case a runner-up-only check let through.)
    const own = ref('Urbanisation the', 7);
    const others = [ref('changes towns', 7), ref('the of Economy', 22), ref('the the changes Urbanisation', 7), ref('Māori economy nationhood Company Rural', 21)];
    const before = [others[0], own, ...others.slice(1)].join('\n');
    const s = selectorsFor(before, 'Ara: The Encyclopedia of New', 1);
    // The quote's own item is gone: two other items keep its whole suffix (" Zealand. Retrieved 7 January 2011"),
    // and one keeps more of its prefix: none of them is the reader's.
    const after = others.join('\n');
    expect(placeIn(after, s)).toBeNull();
  });
});

describe('matchInText, an edited quote whose exact copies remain elsewhere', () => {
  const before = titles.map(item).join('\n');
  const s = selectorsFor(before, 'for Culture', 1); // the Malayan Emergency's "Ministry for Culture"

  it('finds its own place, a letter corrected, where both sides of its context are intact', () => {
    const own = item(titles[1]!, 1);
    const after = before.replace(own, own.replace('for Culture', 'for Kulture'));
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    expect(after.slice(m.start, m.end)).toBe('for Kulture');
    expect(m.start).toBe(after.indexOf('for Kulture'));
  });
});
