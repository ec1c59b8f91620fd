import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';

// A category list at the foot of a page, items in no particular order.
const categories = [
  'Wikipedia indefinitely move-protected pages',
  'Wikipedia pages semi-protected against vandalism',
  'Articles with short description',
  'Use dmy dates from March 2019',
  'Coordinates on Wikidata',
  'Pages using multiple image with auto scaled images',
  'Good articles',
  'CS1 errors: missing periodical',
  'Articles containing Māori-language text',
  'Navigation menu',
];
const page = (order: number[]) => 'Hidden categories: ' + order.map((i) => categories[i]).join(' ') + ' Personal tools';
const before = page([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
// Re-ordered so that no item keeps a neighbour.
const shuffled = [5, 8, 3, 0, 7, 1, 9, 4, 6, 2];

describe('matchInText, a quote of a few words found once in a setting that contradicts it', () => {
  // The words next to the quote edited on both sides too.
  const edited = (text: string) => text.replace('Wikipedia pages semi-protected against vandalism', 'Project pages semi-protected against spam');

  it('takes that one copy when the list was re-ordered around it and nothing else fits', () => {
    const s = selectorsFor(before, 'semi-protected against');
    const after = edited(page(shuffled));
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    expect(after.slice(m.start, m.end)).toBe('semi-protected against');
  });

  it('orphans a shorter quote (a word or two is too likely another passage’s)', () => {
    const s = selectorsFor(before, 'semi-protected');
    expect(placeIn(page(shuffled).replace('Wikipedia pages semi-protected against vandalism', 'Project drafts semi-protected from spam'), s)).toBeNull();
  });

  it('orphans it when its item is gone and the quote occurs more than once elsewhere', () => {
    const s = selectorsFor(before, 'semi-protected against');
    const after = page(shuffled.filter((i) => i !== 1)).replace('Personal tools', 'Talk archives semi-protected against bots; drafts semi-protected against vandals. Personal tools');
    expect(placeIn(after, s)).toBeNull();
  });

  it('prefers a changed version in the quote’s own setting to the copy in another', () => {
    const text = 'Opening hours: the library reopens on Sundays from April, the council said. ' + before;
    const s = selectorsFor(text, 'reopens on Sundays');
    // Corrected where it stood; an exact copy remains elsewhere, in another setting.
    const after = text.replace('reopens on Sundays', 'reopened on Sundays') + ' Notes: branch reopens on Sundays only in summer.';
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    expect(after.slice(m.start, m.end)).toBe('reopened on Sundays');
  });
});
