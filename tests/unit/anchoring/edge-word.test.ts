import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';

const items = [
  '^ "Constitution Act 1986". New Zealand Legislation. Parliamentary Counsel Office. Retrieved 4 January 2011.',
  '^ "Principles of Cabinet decision making". Cabinet Manual. Department of the Prime Minister and Cabinet. 2008. Retrieved 22 April 2011.',
  '^ Paxton, Pamela; Hughes, Melanie M. (2015). Women, Politics, and Power. CQ Press. p. 107.',
  '^ "Electoral system". Electoral Commission. Retrieved 9 June 2018.',
];
const quote = 'Cabinet decision making". Cabinet Manual. Department of';

describe('matchInText, a quote whose last word was replaced', () => {
  const before = items.join('\n');
  const s = selectorsFor(before, quote);

  it('takes the replacing word into the match, so the intact context after it counts', () => {
    // "of" corrected to "about", and the list re-ordered: the context before the quote is another item's now.
    const after = [items[2], items[0], items[3], items[1]!.replace('Department of', 'Department about')].join('\n');
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    expect(after.slice(m.start, m.end)).toBe('Cabinet decision making". Cabinet Manual. Department about');
  });

  it('does not swallow the next word when the last word was deleted rather than replaced', () => {
    const after = [items[0], items[1]!.replace('Department of', 'Department'), items[2], items[3]].join('\n');
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    expect(after.slice(m.start, m.end)).toBe('Cabinet decision making". Cabinet Manual. Department');
  });
});

