import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';

const page =
  'The council met on Tuesday. It approved the budget for the coming year after a long debate. ' +
  'Library branches will open on Sundays again from April, restoring hours that were cut. ' +
  'Bus service on routes 4 and 12 will run every ten minutes at rush hour, the council said. ' +
  'The mayor is expected to sign the budget next week, and it takes effect on July 1.';

describe('matchInText', () => {
  it('accepts the stored position when the text there is still the quote', () => {
    const s = selectorsFor(page, 'restoring hours that were cut');
    expect(placeIn(page, s)).toMatchObject({ method: 'position', start: s.position.start, end: s.position.end });
  });

  it('rejects the stored position when other text now sits there, and finds the quote by search', () => {
    const s = selectorsFor(page, 'restoring hours that were cut');
    const changed = 'Breaking: a new paragraph. ' + page;
    const m = placeIn(changed, s)!;
    expect(m.method).toBe('quote');
    expect(changed.slice(m.start, m.end)).toBe('restoring hours that were cut');
  });

  it('chooses, among repeated quotes, the one whose context fits', () => {
    const s = selectorsFor(page, 'the budget', 1); // the mayor's sentence
    const changed = 'Intro. ' + page;
    const m = placeIn(changed, s)!;
    expect(changed.slice(m.start - 8, m.end)).toBe('to sign the budget');
  });

  it('re-anchors a quote after words inside it were edited', () => {
    const quote = 'Bus service on routes 4 and 12 will run every ten minutes at rush hour';
    const s = selectorsFor(page, quote);
    const changed = page.replace('every ten minutes', 'every 10 minutes');
    const m = placeIn(changed, s)!;
    expect(m.method).toBe('fuzzy');
    expect(changed.slice(m.start, m.end)).toBe('Bus service on routes 4 and 12 will run every 10 minutes at rush hour');
  });

  it('re-anchors a quote whose last word was replaced by a longer one up to the end of that word', () => {
    const s = selectorsFor(page, 'Bus service on routes 4 and 12 will run every ten');
    // The cheapest alignment stops inside the new word ("every twen").
    const changed = page.replace('every ten', 'every twenty');
    const m = placeIn(changed, s)!;
    expect(m).toMatchObject({ method: 'fuzzy' });
    expect(changed.slice(m.start, m.end)).toBe('Bus service on routes 4 and 12 will run every twenty');
  });

  it('orphans a quote whose sentence is gone even though a look-alike with a longer last word remains', () => {
    const s = selectorsFor(page, 'Bus service on routes 4 and 12 will run every ten');
    const changed = page.replace('Bus service on routes 4 and 12 will run every ten minutes at rush hour, the council said. ', '') + ' Last year: bus service on routes 4 and 12 will run every twenty minutes, it said.';
    expect(placeIn(changed, s)).toBeNull();
  });

  it('keeps an unchanged quote whose first word the page glued to the text before it', () => {
    const quote = "There was a momentary flicker across the president's face before his smile returned and he went on.";
    const first = 'He spoke about gay rights when he travelled through Kenya.';
    const last = 'But notably, he did not give a date for the vote.';
    const filler = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of other news about trade, weather and sport in region ${i}.`).join(' ');
    const before = `${first} ${quote} ${last} ${filler}`;
    const s = selectorsFor(before, quote);
    // Paragraphs re-ordered, and two blocks now meet without a space ("AfricaThere").
    const after = `${first} ${filler} Live updates from Africa${quote}${filler} ${last}`;
    const m = placeIn(after, s)!;
    expect(m).not.toBeNull();
    expect(after.slice(m.start, m.end)).toBe(quote);
  });

  it('re-anchors a short edited quote when one whole side of its context is intact and its other neighbour moved away', () => {
    const items = ['Elm Street bridge closes from May 4.', 'Main Street tunnel closes from June 12.', 'Harbour Road ferry stops from July 1.', 'Old Mill Lane closes from August 9.'];
    const before = 'Road works this summer. ' + items.join(' ') + ' Plan your trips.';
    const s = selectorsFor(before, 'from June 12.');
    // The date corrected, and the list re-ordered: the next item now comes last.
    const after = 'Road works this summer. ' + [items[0], items[1]!.replace('12', '14'), items[3], items[2]].join(' ') + ' Plan your trips.';
    const m = placeIn(after, s)!;
    expect(m).toMatchObject({ method: 'fuzzy' });
    expect(after.slice(m.start, m.end)).toBe('from June 14.');
  });

  it('orphans a short edited quote whose one intact side is repeated elsewhere or whose other side is gone', () => {
    const s = selectorsFor(page, 'routes 4 and 12');
    // The rest of its sentence deleted: nothing shows the quote moved rather than went.
    expect(placeIn(page.replace('routes 4 and 12 will run every ten minutes at rush hour', 'routes 4 and 13'), s)).toBeNull();
  });

  it('orphans a quote that was rewritten beyond the threshold', () => {
    const s = selectorsFor(page, 'Library branches will open on Sundays again from April');
    const changed = page.replace('Library branches will open on Sundays again from April', 'Reading rooms stay shut at weekends until summer');
    expect(placeIn(changed, s)).toBeNull();
  });

  it('orphans a short quote whose paragraph is gone rather than taking another occurrence', () => {
    const s = selectorsFor(page, 'council', 1); // "the council said"
    const changed = page.replace('Bus service on routes 4 and 12 will run every ten minutes at rush hour, the council said. ', '');
    expect(placeIn(changed, s)).toBeNull();
  });

  it('treats NFD and NFC text and changed white space as the same text', () => {
    const vi = 'Bộ Giáo dục yêu cầu các trường công khai học phí trước ngày 15/8 trên cổng thông tin.';
    const s = selectorsFor(vi, 'công khai học phí');
    const changed = ('Tin mới. ' + vi).normalize('NFD').replace('khai học', 'khai \n  học');
    const m = placeIn(changed, s)!;
    expect(m).not.toBeNull();
    expect(changed.slice(m.start, m.end).normalize('NFC').replace(/\s+/g, ' ')).toBe('công khai học phí');
  });
});

describe('matchInText, a quote that lost both sides of its context', () => {
  // A reference list: items re-ordered, and the highlighted item corrected.
  const refs = [
    'Mackay, Duncan (1986). "The Search For The Southern Land". In Fraser, B (ed.). The New Zealand Book Of Events. Auckland: Reed Methuen. pp. 52–54.',
    'McKinnon, Malcolm (November 2009). "Place names – Naming the country and the main islands". Retrieved 7 January 2011.',
    'Wilson, John (March 2009). "European discovery of New Zealand – Abel Tasman". Te Ara: The Encyclopedia of New Zealand.',
    'Clark, Ross (1994). "Moriori and Māori: The Linguistic Evidence". In Sutton, Douglas (ed.). The Origins of the First New Zealanders.',
    'King, Michael (2003). The Penguin History of New Zealand. Auckland: Penguin Books. ISBN 978-0-14-301867-4.',
  ];
  const before = refs.map((r) => `^ ${r}`).join('\n');
  const quote = '^ ' + refs[2]!;
  const edited = quote.replace('European discovery', 'European discoveries').replace('March 2009', 'March 2010');
  const s = selectorsFor(before, quote);

  /** Other references, to put distance between items. */
  const filler = Array.from({ length: 24 }, (_, i) => `^ Author${i}, A. (19${50 + i}). "Unrelated title number ${i}". Some Press.`);

  it('finds the corrected item elsewhere in the re-ordered list', () => {
    const after = [`^ ${refs[1]}`, ...filler.slice(0, 12), edited, ...filler.slice(12), `^ ${refs[3]}`, `^ ${refs[0]}`, `^ ${refs[4]}`];
    const text = after.join('\n');
    const m = placeIn(text, s)!;
    expect(m).toMatchObject({ method: 'fuzzy' });
    expect(text.slice(m.start, m.end)).toBe(edited);
  });

  it('orphans it when its neighbours closed up around its old place (the item was removed)', () => {
    const removed = [refs[0], refs[1], refs[3], refs[4]].map((r) => `^ ${r}`).join('\n');
    // A near-copy elsewhere on the page (a further-reading box) must not be taken for it.
    const text = removed + '\n\nFurther reading: ' + edited;
    expect(placeIn(text, s)).toBeNull();
  });

  it('orphans it when a look-alike family exists (several items that differ only in a date)', () => {
    const family = [1, 2, 3].map((d) => `^ Wilson, John (March 20${10 + d}). "European discovery of New Zealand – Abel Tasman". Te Ara: The Encyclopedia of New Zealand.`);
    // Far enough from the old neighbours that only the family can speak against it.
    const text = family.join('\n') + '\n' + [...filler, ...[refs[4], refs[3], refs[0], refs[1]].map((r) => `^ ${r}`)].join('\n');
    expect(placeIn(text, s)).toBeNull();
  });

  describe('in a templated list where every piece of the quote is boilerplate', () => {
    // One author's articles, cited again and again: the items differ only in a date.
    const family = Array.from({ length: 48 }, (_, i) => `^ Smith, Jane (May 2008). "Kupe and Abel". Te Ara: The Encyclopedia of New Zealand. Retrieved ${10 + (i % 18)} February 2011.`);
    const others = Array.from({ length: 12 }, (_, i) => `^ Author${i}, A. (19${50 + i}). "Unrelated title number ${i}". Press of City ${String.fromCharCode(65 + i)}${i * 7}.`);

    it('orphans an item that was removed rather than taking a sibling that differs only in its date', () => {
      const own = '^ Smith, Jane (May 2008). "Kupe and Abel". Te Ara: The Encyclopedia of New Zealand. Retrieved 4 February 2011.';
      const before = [...family.slice(0, 24), others[0], own, others[1], ...family.slice(24), ...others.slice(2)].join('\n');
      const s = selectorsFor(before, own);
      // Removed, and the list re-ordered so its old neighbours are far apart and far from its old place.
      const after = [others[2], others[0], others[3], ...family, others[4], others[1], ...others.slice(5)].join('\n');
      expect(placeIn(after, s)).toBeNull();
    });

    it('still finds a corrected item among items that share only the boilerplate', () => {
      const items = Array.from({ length: 48 }, (_, i) => `^ Author${i}, B. (May 20${10 + (i % 10)}). "Story number ${i} of the islands". Te Ara: The Encyclopedia of New Zealand. Retrieved ${10 + (i % 18)} February 2011.`);
      const own = '^ Wilson, John (March 2009). "European discovery of New Zealand – Abel Tasman". Te Ara: The Encyclopedia of New Zealand. Retrieved 4 February 2011.';
      const before = [...items.slice(0, 24), others[0], own, others[1], ...items.slice(24), ...others.slice(2)].join('\n');
      const s = selectorsFor(before, own);
      const edited = own.replace('European discovery', 'European discoveries');
      const after = [others[2], others[0], others[3], ...items.slice(0, 12), edited, ...items.slice(12), others[4], others[1], ...others.slice(5)].join('\n');
      const m = placeIn(after, s)!;
      expect(m).toMatchObject({ method: 'fuzzy' });
      expect(after.slice(m.start, m.end)).toBe(edited);
    });
  });
});
