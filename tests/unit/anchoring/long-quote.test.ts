import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';

// A reference list where many items end alike ("… University Press. pp. 121–133."):
// the item before a highlighted one, once a word of it is corrected, fits
// several places, while the item after it starts with words found once.
const press = (i: number) =>
  `^ Author${i}, A. (19${60 + i}). "Unrelated title number ${i}". ${['Auckland', 'Otago', 'Victoria'][i % 3]} University Press. pp. ${120 + (i % 7)}–${130 + (i % 5)}.`;
const filler = Array.from({ length: 30 }, (_, i) => press(i));
const previous = '^ Belich, James (1996). Making Peoples. Auckland University Press. pp. 123–135.';
const previousCorrected = previous.replace('123–135', '125–135');
const own = '^ Davis, Denise (September 2007). "The impact of new arrivals". Te Ara: The Encyclopedia of New Zealand. Retrieved 30 April 2010.';
const next = '^ Davis, Denise; Solomon, Māui (March 2009). "Moriori – The impact of new arrivals". Te Ara: The Encyclopedia of New Zealand.';
const web = (i: number) => `^ "Web page ${i}". Some Site. Retrieved ${i + 1} January 2011.`;
// Corrected: about 5% of its characters.
const corrected = own.replace('new arrivals', 'newer arrivals').replace('September 2007', 'October 2007');

describe('matchInText, a long corrected quote in a re-ordered list, with one old neighbour found', () => {
  const before = [...filler.slice(0, 10), previous, own, next, ...filler.slice(10)].join('\n');
  const s = selectorsFor(before, own);

  it('finds it when the neighbour found has other text beside it now (the list was re-ordered)', () => {
    // The quote moved far down; its old next item now follows a web reference, and the item
    // that was before it moved too, a page number corrected.
    const after = [...filler.slice(0, 10), web(1), next, ...filler.slice(10, 20), previousCorrected, ...filler.slice(20, 25), web(3), corrected, ...filler.slice(25), web(2)].join('\n');
    const m = placeIn(after, s)!;
    expect(m).toMatchObject({ method: 'fuzzy' });
    expect(after.slice(m.start, m.end)).toBe(corrected);
  });

  it('orphans it when that neighbour now sits right after the text that was before the quote (cut out), despite a near-copy elsewhere', () => {
    // The item removed; a further-reading box elsewhere repeats it, corrected. Its old
    // next item closed up against the press reference that was before it.
    const after = [...filler.slice(0, 10), previousCorrected, next, ...filler.slice(10), web(1), `Further reading: ${corrected}`].join('\n');
    expect(placeIn(after, s)).toBeNull();
  });
});

describe('matchInText, a long quote whose paragraph held one side of its context', () => {
  const sidebar = [
    'Blog Archive',
    'Android Wear 2.0 Developer Preview 4: Authenticati...',
    'Saving Data: Reducing the size of App Updates by 6...',
    'Welcoming Android 7.1.1 Nougat',
  ].join('\n');
  const post = [
    'Labels: Android, Google Play, Games, Developer Console, Firebase, Material Design',
    '06 December 2016',
    'Saving Data: Reducing the size of App Updates by 65% Posted by Andrew Hayden, Software Engineer on Google Play',
    'Android users are downloading tens of billions of apps and games on Google Play.',
    'We are also seeing developers update their apps frequently, to give users great content and new features.',
    'Updates are a significant share of the data users download, so we looked for ways to make them smaller.',
    'File-by-file patching applies a patch to each file that changed, instead of to the whole package.',
    'In our tests, updates made this way were 65% smaller on average than the whole new package.',
  ];
  const quote = 'Saving Data: Reducing the size of App Updates by 65%';
  const before = [...post, sidebar].join('\n');
  const s = selectorsFor(before, quote);

  it('orphans it when that paragraph is gone, rather than taking a shortened copy in a sidebar', () => {
    // The date before it is found once and no longer sits beside the byline, but the byline
    // went with the headline's paragraph: nothing shows a re-ordered page.
    const after = [post[0], post[1], ...post.slice(3), sidebar].join('\n');
    expect(placeIn(after, s)).toBeNull();
  });
});
