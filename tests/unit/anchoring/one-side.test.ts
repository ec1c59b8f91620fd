import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';

const topics = ['Women and the vote', 'The 1918 influenza pandemic', 'Gallipoli casualties by country', 'The Vietnam War', 'Treaty of Waitangi signing', 'First World War overview'];
const items = topics.map((t, i) => `^ Author${i}, A. (19${60 + i}). "${t}". Some Press, p. ${10 + i}.`);

describe('matchInText, a short edited quote with one whole side intact', () => {
  it('finds it when that side is boilerplate repeated in the list but nothing else looks like the quote', () => {
    const ministry = (t: string, date: string) => `^ "${t}". New Zealand History. Ministry for Culture and Heritage. Retrieved ${date}.`;
    const book = '^ King, Michael (2003). The Penguin History of New Zealand. p. 132. ISBN 978-0-86473-548-5.';
    const journal = '^ Taylor, G. A. (2007). "Seabirds of the south". Marine Ornithology. 35: 97–107.';
    const quote = '^ "The Battle for Crete".';
    const own = ministry('The Battle for Crete', '4 May 2011');
    const others = [ministry('Women and the vote', '9 June 2012'), ministry('The Vietnam War', '2 July 2013'), ministry('Gallipoli casualties', '5 March 2010')];
    const before = [book, own, others[0], journal, others[1], others[2]].join('\n');
    const s = selectorsFor(before, quote);
    // Corrected, and the list re-ordered: its item now follows the journal article, so only its
    // suffix (" New Zealand History. Ministry f", after every Ministry item) is intact.
    const edited = '^ "The Battla foe Crete".';
    const after = [others[0], journal, own.replace(quote, edited), book, others[1], others[2]].join('\n');
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    expect(after.slice(m.start, m.end)).toBe(edited);
  });

  it('orphans it when its item is gone and a look-alike family remains next to the same boilerplate', () => {
    const ref = (t: string, day: number, year: number) => `^ "${t}". Statistics New Zealand. Retrieved ${day} September ${year}.`;
    const own = ref('Land cover database', 26, 2019);
    const next = '^ Kirby, Alex (January 2005). "Hundreds of birds".';
    const family = [ref('Coastal erosion survey', 26, 2016), ref('Household income figures', 3, 2017)];
    const before = [...items.slice(0, 3), own, next, ...items.slice(3), ...family].join('\n');
    const s = selectorsFor(before, 'September 2019.');
    // The quote's item removed; "September 2016." keeps its whole prefix ("…Retrieved 26 "), and the
    // quote's old suffix (the next item) is still on the page.
    const after = [...items.slice(0, 3), next, ...items.slice(3), ...family].join('\n');
    expect(placeIn(after, s)).toBeNull();
  });
});

describe('matchInText, a short edited quote whose paragraph was removed, in text that repeats itself', () => {
  // Placeholder text repeats its phrases: the next paragraph starts with the words the
  // removed one had in its middle, and the words before them recur elsewhere on the page.
  const paragraphs = [
    'Lorem ipsum dolor sit amet, culpa in reprehenderit, sed do eiusmod magna.',
    'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.',
    'Duis aute irure dolor in reprehenderit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.',
    'Tempor incididunt ut labore et dolore magna aliqua, excepteur sint occaecat cupidatat non proident.',
    'Velit esse cillum dolore in reprehenderit, sed do eiusmod nulla pariatur.',
  ];
  it('orphans it rather than take the next paragraph’s opening words', () => {
    const before = paragraphs.join('\n');
    const s = selectorsFor(before, 'tempor incididunt');
    const after = [paragraphs[0], paragraphs[1], paragraphs[3], paragraphs[4]].join('\n');
    const m = placeIn(after, s);
    expect(m === null ? null : after.slice(m.start, m.end)).toBeNull();
  });
});
