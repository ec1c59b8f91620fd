// @vitest-environment node
// The parsers that find target candidates: every value, comparator, unit and date as a reader would read it.
import { describe, expect, it } from 'vitest';
import { dateContext } from '../../../lib/brief/calendar';
import { findDeadlines } from '../../../lib/brief/deadlines';
import { lexicon } from '../../../lib/brief/lexicon';
import { findQuantities } from '../../../lib/brief/quantities';
import { tokenize } from '../../../lib/brief/tokens';

/** The spans a parser finds in `text`, as [the text it covers, value, comparator, unit, upper]. */
function spans(lang: 'vi' | 'en', text: string, kind: 'quantity' | 'deadline', published = '2025-03-10') {
  const lex = lexicon(lang)!;
  const tk = tokenize(text);
  const found = kind === 'quantity' ? findQuantities(lex, tk) : findDeadlines(lex, tk, dateContext(text, lang, published));
  return found.map((s) => [text.slice(tk[s.from]!.start, tk[s.to - 1]!.end), s.value, s.comparator, s.unit, s.upper ?? null]);
}
const one = (lang: 'vi' | 'en', text: string, kind: 'quantity' | 'deadline', published?: string) => spans(lang, text, kind, published)[0];

describe('Vietnamese dates in every common form', () => {
  it.each([
    ['hoàn thành trước ngày 24 tháng 7 năm 2025', 'trước ngày 24 tháng 7 năm 2025', '2025-07-24', '<'],
    ['báo cáo trước 24/7/2025', 'trước 24/7/2025', '2025-07-24', '<'],
    ['gửi hồ sơ trước ngày 5.5', 'trước ngày 5.5', '2025-05-05', '<'],
    ['xong trước 24/7', 'trước 24/7', '2025-07-24', '<'],
    ['đưa vào khai thác cuối năm 2028', 'cuối năm 2028', '2028-12-31', '<='],
    ['khởi công trong quý III/2025', 'trong quý III/2025', '2025-09-30', '<='],
    ['nhiệm vụ 6 tháng cuối năm 2024', '6 tháng cuối năm 2024', '2024-12-31', '<='],
    ['ban hành trong tháng 6 năm 2026', 'trong tháng 6 năm 2026', '2026-06', '<='],
    ['tạm dừng từ 0h ngày 1/5', 'từ 0h ngày 1/5', '2025-05-01', '>='],
    ['chậm nhất vào ngày 24-5-2021', 'chậm nhất vào ngày 24-5-2021', '2021-05-24', '<='],
    ['phong tỏa trong vòng 14 ngày', 'trong vòng 14 ngày', 'P14D', '<='],
    ['hoàn thành trước cuối năm nay', 'trước cuối năm nay', '2025-12-31', '<'],
  ])('%s', (text, covered, value, comparator) => {
    expect(one('vi', text, 'deadline')).toEqual([covered, value, comparator, null, null]);
  });
});

describe('Vietnamese quantities', () => {
  it('reads a range as at least its first value, keeping the upper bound', () => {
    expect(one('vi', 'GRDP tăng trưởng đạt từ 11,5 - 12,4% trở lên', 'quantity')).toEqual(['đạt từ 11,5 - 12,4% trở lên', 11.5, '>=', '%', 12.4]);
    expect(one('vi', 'nhiều hơn số lượng cần bầu từ 10% đến 35%', 'quantity')).toEqual(['từ 10% đến 35%', 10, '>=', '%', 35]);
  });
  it('reads a change to the level it must reach', () => {
    expect(one('vi', 'giảm tỷ lệ nghèo từ 10% xuống 5%', 'quantity')).toEqual(['từ 10% xuống 5%', 5, '=', '%', null]);
  });
  it('keeps the scale word in the unit, as Vietnamese labels write values', () => {
    expect(one('vi', 'kim ngạch đạt trên 41,2 tỷ USD', 'quantity')).toEqual(['đạt trên 41,2 tỷ USD', 41.2, '>', 'tỷ USD', null]);
    expect(one('vi', 'tổng mức đầu tư 2,5 nghìn tỷ đồng', 'quantity')).toEqual(['đầu tư 2,5 nghìn tỷ đồng', 2.5, '=', 'nghìn tỷ đồng', null]);
    expect(one('vi', 'phát hành 66,7 triệu cổ phiếu', 'quantity')).toEqual(['66,7 triệu cổ phiếu', 66.7, '=', 'triệu cổ phiếu', null]);
  });
  it('reads qualifiers into comparators, the one nearest the number deciding ("tối thiểu đạt trên": more than)', () => {
    expect(one('vi', 'giải ngân tối thiểu đạt trên 95% kế hoạch', 'quantity')).toEqual(['tối thiểu đạt trên 95%', 95, '>', '%', null]);
    expect(one('vi', 'có ít nhất 200 đơn vị cấp huyện', 'quantity')).toEqual(['ít nhất 200 đơn vị', 200, '>=', 'đơn vị', null]);
    expect(one('vi', 'lớp học không quá 45 học sinh', 'quantity')).toEqual(['không quá 45 học sinh', 45, '<=', 'học sinh', null]);
  });
  it('reads units glued to the number', () => {
    expect(one('vi', 'tốc độ không quá 20km trên giờ', 'quantity')).toEqual(['không quá 20km', 20, '<=', 'km', null]);
  });
  it('does not read a bare year, a date or a count with nothing to qualify it', () => {
    expect(spans('vi', 'Năm 2025 có 12 ý kiến, ngày 30/6 họp.', 'quantity')).toEqual([]);
  });
});

describe('English amounts, durations and relative dates', () => {
  it.each([
    ['the firm will spend pounds 264m on it', 'spend pounds 264m', 264e6, '=', 'GBP'],
    ['a further £1bn of savings', '£1bn', 1e9, '=', 'GBP'],
    ['a $2.6 billion plan', '$2.6 billion', 2.6e9, '=', 'USD'],
    ['to cut 104,000 jobs', 'cut 104,000 jobs', 104000, '=', 'jobs'],
    ['at least 20 percent of schools', 'at least 20 percent', 20, '>=', '%'],
  ])('%s', (text, covered, value, comparator, unit) => {
    expect(one('en', text, 'quantity')).toEqual([covered, value, comparator, unit, null]);
  });
  it('reads a range and its scale', () => {
    expect(one('en', 'aiming for 10-20 million subscribers', 'quantity')).toEqual(['10-20 million subscribers', 10e6, '>=', 'subscribers', 20e6]);
    expect(one('en', 'to cut the jobless rate to between 3% and 5%', 'quantity')).toEqual(['between 3% and 5%', 3, '>=', '%', 5]);
  });
  it.each([
    ['must pay within 48 hours', 'within 48 hours', 'PT48H', '<='],
    ['a decision in 14 days', 'in 14 days', 'P14D', '='],
    ['by the end of the next decade', 'by the end of the next decade', '2039-12-31', '<='],
    ['the plant will open next year', 'next year', '2026', '='],
    ['publish the list by June 30', 'by June 30', '2025-06-30', '<='],
    ['from Monday until May 15, 2025', 'from Monday', '2025-03-17', '>='],
  ])('%s', (text, covered, value, comparator) => {
    expect(one('en', text, 'deadline', '2025-03-10')).toEqual([covered, value, comparator, null, null]);
  });
  it('takes "May" for a month only when it is capitalised', () => {
    expect(spans('en', 'The board may decide by May 15.', 'deadline').map((s) => s[0])).toEqual(['by May 15']);
  });
  it('reads a year alone only with its deadline word', () => {
    expect(spans('en', 'In 2019 sales grew; the plant opens by 2030.', 'deadline').map((s) => s[0])).toEqual(['In 2019', 'by 2030']);
    expect(spans('en', 'The 2019 figures were published.', 'deadline')).toEqual([]);
  });
});
