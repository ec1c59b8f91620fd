import { describe, expect, it } from 'vitest';
import { describeText } from '../../../lib/anchoring/anchor';
import { matchInText } from '../../../lib/anchoring/match-quote';

const page =
  'The council met on Tuesday. It approved the budget for the coming year after a long debate. ' +
  'Library branches will open on Sundays again from April, restoring hours that were cut. ' +
  'Bus service on routes 4 and 12 will run every ten minutes at rush hour, the council said. ' +
  'The mayor is expected to sign the budget next week, and it takes effect on July 1.';

function selectorsFor(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  return describeText(text, at, at + quote.length);
}

describe('matchInText', () => {
  it('accepts the stored position when the text there is still the quote', () => {
    const s = selectorsFor(page, 'restoring hours that were cut');
    expect(matchInText(page, s)).toMatchObject({ method: 'position', start: s.position.start, end: s.position.end });
  });

  it('rejects the stored position when other text now sits there, and finds the quote by search', () => {
    const s = selectorsFor(page, 'restoring hours that were cut');
    const changed = 'Breaking: a new paragraph. ' + page;
    const m = matchInText(changed, s)!;
    expect(m.method).toBe('quote');
    expect(changed.slice(m.start, m.end)).toBe('restoring hours that were cut');
  });

  it('chooses, among repeated quotes, the one whose context fits', () => {
    const s = selectorsFor(page, 'the budget', 1); // the mayor's sentence
    const changed = 'Intro. ' + page;
    const m = matchInText(changed, s)!;
    expect(changed.slice(m.start - 8, m.end)).toBe('to sign the budget');
  });

  it('re-anchors a quote after words inside it were edited', () => {
    const quote = 'Bus service on routes 4 and 12 will run every ten minutes at rush hour';
    const s = selectorsFor(page, quote);
    const changed = page.replace('every ten minutes', 'every 10 minutes');
    const m = matchInText(changed, s)!;
    expect(m.method).toBe('fuzzy');
    expect(changed.slice(m.start, m.end)).toBe('Bus service on routes 4 and 12 will run every 10 minutes at rush hour');
  });

  it('orphans a quote that was rewritten beyond the threshold', () => {
    const s = selectorsFor(page, 'Library branches will open on Sundays again from April');
    const changed = page.replace('Library branches will open on Sundays again from April', 'Reading rooms stay shut at weekends until summer');
    expect(matchInText(changed, s)).toBeNull();
  });

  it('orphans a short quote whose paragraph is gone rather than taking another occurrence', () => {
    const s = selectorsFor(page, 'council', 1); // "the council said"
    const changed = page.replace('Bus service on routes 4 and 12 will run every ten minutes at rush hour, the council said. ', '');
    expect(matchInText(changed, s)).toBeNull();
  });

  it('treats NFD and NFC text and changed white space as the same text', () => {
    const vi = 'Bộ Giáo dục yêu cầu các trường công khai học phí trước ngày 15/8 trên cổng thông tin.';
    const s = selectorsFor(vi, 'công khai học phí');
    const changed = ('Tin mới. ' + vi).normalize('NFD').replace('khai học', 'khai \n  học');
    const m = matchInText(changed, s)!;
    expect(m).not.toBeNull();
    expect(changed.slice(m.start, m.end).normalize('NFC').replace(/\s+/g, ' ')).toBe('công khai học phí');
  });
});
