import { describe, expect, it } from 'vitest';
import { selectorsFor } from './selectors-for';
import { placeIn } from './place-in';

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
  const s = selectorsFor(before, quote);
  const edited = mistyped(quote, typos);
  const after = page(dates.map((d) => (d === date ? edited : item(d))));
  const m = placeIn(after, s);
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

describe('matchInText, a removed item whose next sibling moved up into its place', () => {
  it('orphans a case line rather than take the next case, whose line begins with what used to follow the quote', () => {
    // A daily case report: the next case differs from the quote's by its numbers and the
    // patient's town (under a tenth of the line), the others by more.
    const cases = [
      '- CA BỆNH 5103 (BN5103) ghi nhận tại Thành phố Hải Phòng: Bệnh nhân nữ, 52 tuổi, công dân Việt Nam, địa chỉ tại quận Lê Chân, Thành phố Hải Phòng.',
      '- CA BỆNH 5104 (BN5104) ghi nhận tại tỉnh Bình Định: Bệnh nhân nam, 33 tuổi, công dân Việt Nam, địa chỉ tại huyện Hoài Nhơn, tỉnh Bình Định.',
      '- CA BỆNH 5105 (BN5105) ghi nhận tại tỉnh Bình Định: Bệnh nhân nam, 36 tuổi, công dân Việt Nam, địa chỉ tại thị xã An Nhơn, tỉnh Bình Định.',
      '- CA BỆNH 5106 (BN5106) ghi nhận tại Thành phố Cần Thơ: Bệnh nhân nữ, 29 tuổi, quốc tịch Nhật Bản, là chuyên gia.',
    ];
    const page = (list: string[]) => ['Tính từ 6h đến 18h ngày 22/5, nước ta có 4 ca mắc mới.', ...list, 'Bộ Y tế khuyến cáo người dân thực hiện 5K.'].join('\n');
    const before = page(cases);
    const quote = cases[1]!;
    const s = selectorsFor(before, quote);
    const after = page(cases.filter((c) => c !== quote));
    const m = placeIn(after, s);
    expect(m === null ? null : after.slice(m.start, m.end)).toBeNull();
  });

  it('still follows an item corrected in place, though every item opens with the same words', () => {
    const items = [
      'Theo báo cáo của Bộ Y tế ngày 22/5, tỉnh Bình Định có 12 ca mắc mới, đều đã được cách ly.',
      'Theo báo cáo của Bộ Y tế ngày 22/5, Thành phố Hà Nội ghi nhận thêm 3 ca trong cộng đồng.',
      'Theo báo cáo của Bộ Y tế ngày 22/5, Đà Nẵng không có ca mới sau hai tuần giãn cách.',
    ];
    const before = items.join('\n');
    const quote = items[1]!;
    const s = selectorsFor(before, quote);
    const corrected = quote.replace('thêm 3 ca', 'thêm 4 ca');
    const after = before.replace(quote, corrected);
    const m = placeIn(after, s);
    expect(m && after.slice(m.start, m.end)).toBe(corrected);
  });
});
