// @vitest-environment node
// Targets: results versus goals, clean metrics, qualifiers, dates without a year. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { computeBrief } from '../../../lib/brief/index';
import { dateContext, parsePublished, yearFor } from '../../../lib/brief/dates';

const vi = (text: string, published?: string) => computeBrief(text, 'vi', { published });
const en = (text: string, published?: string) => computeBrief(text, 'en', { published });

describe('vi: reported results are not targets', () => {
  const article = [
    'Hà Nội, 20/5/2025',
    'UBND tỉnh yêu cầu các sở, ngành phấn đấu năm 2025 thu ngân sách đạt trên 12.000 tỷ đồng.',
    'Năm 2024, tổng thu ngân sách trên địa bàn đạt 10.500 tỷ đồng, bằng 103% kế hoạch; riêng thu từ đất đạt 2.100 tỷ đồng.',
    'Đến hết tháng 4, tỉnh đã thu được 3.900 tỷ đồng, đạt 32,5% kế hoạch năm.',
  ].join('\n');
  const b = vi(article);
  it('"X% kế hoạch" measures progress, a past-year clause and the clause after its semicolon report results', () => {
    const texts = b.targets.map((t) => t.text);
    for (const s of ['10.500', '103%', '2.100', '3.900', '32,5%']) expect(texts.some((x) => x.includes(s)), s).toBe(false);
    expect(b.targets.find((t) => t.text.includes('12.000 tỷ đồng'))).toMatchObject({ comparator: '>', value: 12000 });
  });
  it('"đến nay", "tính đến", "ước tính" report; a speed is not a level; a year before the article\'s date is past', () => {
    for (const s of [
      'Công trình dự kiến hoàn thành cuối năm nay; đến nay khối lượng thi công đạt khoảng 87%.',
      'Theo kế hoạch, tính đến ngày 27/4/2021, tổng số hồ sơ thu nhận đạt 3 triệu hồ sơ.',
      'Những người tổ chức lễ hội dự kiến ước tính khoảng 100.000 người đã tham gia.',
      'Theo kế hoạch, UAV sẽ bay ở tốc độ tối đa 300 km/h.',
    ]) expect(vi(s).targets, s).toEqual([]);
    const past = vi('Bệnh viện cần rà soát đề án mua sắm trang thiết bị đến năm 2020.', '2021-04-28');
    expect(past.targets).toEqual([]);
    const future = vi('Bệnh viện cần hoàn thành đề án mua sắm trang thiết bị đến năm 2022.', '2021-04-28');
    expect(future.targets.map((t) => t.value)).toEqual(['2022']);
  });
  it('"có lúc" (at times) reports what happened', () => {
    const r = vi('Công ty dự kiến dừng nhà máy một thời gian do lượng hàng tồn kho có lúc lên đến 90%.');
    expect(r.targets.filter((t) => t.kind === 'quantity')).toEqual([]);
  });
  it('keeps the same figures as goals when the year is the article\'s own', () => {
    const r = vi('Năm 2025, tỉnh đặt kế hoạch thu ngân sách đạt 12.000 tỷ đồng; riêng thu từ đất đạt 2.500 tỷ đồng.', '2025-01-10');
    expect(r.targets.map((t) => t.value)).toEqual([12000, 2500]);
  });
  it('without a date, takes the article year from the years it names; the due year is the one before the value', () => {
    const r = vi('Năm 2024 doanh thu của công ty đạt 1.000 tỷ đồng; kế hoạch năm 2025 là 1.200 tỷ đồng.');
    expect(r.targets.map((t) => [t.value, t.by])).toEqual([[1200, '2025']]);
  });
  it('reads the article year from the publication date when given', () => {
    const s = 'Năm 2024, lợi nhuận của doanh nghiệp đạt 900 tỷ đồng; năm 2025 dự kiến đạt 1.000 tỷ đồng.';
    expect(vi(s, '2025-03-01').targets.map((t) => t.value)).toEqual([1000]);
    expect(vi(s, '2024-03-01').targets.map((t) => t.value)).toEqual([900, 1000]);
  });
});

describe('vi: prices are not targets', () => {
  it('leaves out what something costs, a fee, a rate per person or per year', () => {
    for (const s of [
      'Trường dự kiến mức học phí năm học 2021 - 2022 với chương trình chuẩn là 15 triệu đồng/năm học.',
      'Theo kế hoạch, giá cách ly dự kiến 100 USD/người/đêm.',
      'Kỳ thi dự kiến có mức phí 3,7 triệu đồng.',
      'Khoảng 40 tòa nhà dự kiến sẽ được trùng tu với chi phí 194.000 USD.',
      'Hai anh em tỷ phú sẽ bán câu lạc bộ với giá 4 tỷ bảng.',
    ]) expect(vi(s).targets, s).toEqual([]);
  });
  it('keeps an amount to reach, and a cut in costs', () => {
    expect(vi('Ngân hàng đặt kế hoạch phát hành giấy tờ có giá đạt 122.000 tỷ đồng.').targets.map((t) => t.value)).toEqual([122000]);
    expect(vi('Công ty phấn đấu giảm chi phí vận hành 10%.').targets.map((t) => t.value)).toEqual([10]);
  });
});

describe('a year that leads its quantity or follows the value', () => {
  it('is the quantity\'s due year, not a second target', () => {
    const r = vi('Bộ Giao thông vận tải phấn đấu đến năm 2025 đưa vào khai thác tối thiểu 3.000 km đường cao tốc.');
    expect(r.targets.map((t) => [t.text, t.by])).toEqual([['tối thiểu 3.000 km', '2025']]);
    const plan = vi('HPG đặt kế hoạch lợi nhuận đạt 18 nghìn tỷ đồng trong năm 2021.');
    expect(plan.targets.map((t) => [t.text, t.by])).toEqual([['đạt 18 nghìn tỷ đồng', '2021']]);
    const e = en('The minister said the government must cut emissions by at least 40 percent by 2030.');
    expect(e.targets.map((t) => [t.text, t.by])).toEqual([['at least 40 percent', '2030']]);
  });
  it('stays a target after the value (another action), and a date always stays', () => {
    const after = vi('UBND tỉnh yêu cầu các huyện giải ngân tối thiểu 95% vốn được giao và hoàn thành bàn giao mặt bằng trong năm 2025.');
    expect(after.targets.map((t) => t.text)).toEqual(['tối thiểu 95%', 'trong năm 2025']);
    const date = vi('UBND tỉnh yêu cầu các huyện hoàn thành bàn giao mặt bằng trước ngày 30/6/2025 và giải ngân tối thiểu 95% vốn được giao.');
    expect(date.targets.map((t) => t.text)).toEqual(['trước ngày 30/6/2025', 'tối thiểu 95%']);
  });
});

describe('vi: metric, qualifiers and comparators', () => {
  it('drops goal verbs from the metric and never cuts inside a word', () => {
    const r = vi('Bộ Công Thương yêu cầu các doanh nghiệp phấn đấu tỷ lệ nội địa hóa linh kiện ô tô năm 2026 đạt trên 40%.');
    expect(r.targets[0]).toMatchObject({ metric: 'tỷ lệ nội địa hóa linh kiện ô tô năm 2026', comparator: '>', value: 40 });
    const g = vi('Tỉnh đặt mục tiêu tăng trưởng sản lượng lúa năm 2025 đạt từ 3% trở lên.');
    expect(g.targets[0]?.metric).toBe('tăng trưởng sản lượng lúa năm 2025');
  });
  it('reads "từ … trở lên/trở xuống" and the other qualifiers', () => {
    const up = vi('Tỉnh đặt mục tiêu tăng trưởng sản lượng lúa năm 2025 đạt từ 3% trở lên.').targets[0];
    expect(up?.text).toContain('từ 3% trở lên');
    expect(up).toMatchObject({ comparator: '>=', value: 3, unit: '%' });
    const down = vi('Kế hoạch đặt ra tỷ lệ hộ nghèo năm 2026 ở mức từ 2% trở xuống.').targets[0];
    expect(down).toMatchObject({ comparator: '<=', value: 2 });
    const cases: [string, string][] = [
      ['ít nhất 20%', '>='], ['tối thiểu 20%', '>='], ['không quá 20%', '<='], ['tối đa 20%', '<='],
      ['dưới 20%', '<'], ['trên 20%', '>'], ['hơn 20%', '>'], ['khoảng 20%', '~'], ['gần 20%', '~'],
    ];
    for (const [q, c] of cases) {
      const t = vi(`Thành phố phấn đấu tỷ lệ che phủ rừng năm 2030 đạt ${q}.`).targets[0];
      expect(t?.comparator, q).toBe(c);
      expect(t?.text, q).toContain(q);
    }
  });
  it('treats a value after "từ … lên/xuống" as the baseline, keeps both ends of a range, shares the measure', () => {
    const r = vi('Tỉnh phấn đấu nâng tỷ lệ đô thị hóa từ 35% lên 45% vào năm 2030.');
    expect(r.targets.filter((t) => t.kind === 'quantity').map((t) => t.value)).toEqual([45]);
    const rate = vi('Theo kế hoạch, quỹ sẽ giảm lãi suất cho vay từ 7,5%/năm xuống 6%/năm và dành từ 20% đến 25% nguồn vốn cho nông nghiệp.');
    expect(rate.targets.map((t) => [t.value, t.metric])).toEqual([[6, 'giảm lãi suất cho vay'], [20, 'dành'], [25, 'dành']]);
  });
  it('a completion that is planned is not a result', () => {
    const r = vi('Công ty dự kiến phát hành 50 triệu cổ phiếu, thời gian dự kiến phát hành và hoàn thành là trong năm 2026.');
    expect(r.targets.map((t) => t.value)).toEqual([50, '2026']);
    expect(vi('Năm 2025, công ty đã hoàn thành 120% kế hoạch lợi nhuận.').targets).toEqual([]);
  });
  it('"Theo kế hoạch" frames a plan', () => {
    const r = vi('Theo kế hoạch, trong năm nay thành phố sẽ tuyển thêm 1.200 giáo viên mầm non.');
    expect(r.targets.map((t) => t.value)).toEqual([1200]);
  });
});

describe('vi: a month as a deadline', () => {
  it('bounds the action it closes: the end of the month, or its first day after "trước"', () => {
    const r = vi('Thủ tướng giao Bộ Xây dựng khẩn trương hướng dẫn tháo gỡ vướng mắc về định mức, đơn giá vật liệu xây dựng trong tháng 4/2025.');
    expect(r.targets.map((t) => [t.text, t.comparator, t.value])).toEqual([['trong tháng 4/2025', '<=', '2025-04-30']]);
    expect(r.directives[0]!.deadline).toBe('trong tháng 4/2025');
    const before = vi('UBND tỉnh yêu cầu các sở hoàn thành việc rà soát trước tháng 9/2025.');
    expect(before.targets.map((t) => [t.comparator, t.value])).toEqual([['<', '2025-09-01']]);
    // The year of the article completes a month without one.
    const noYear = vi('Bộ Y tế yêu cầu các bệnh viện báo cáo kết quả đến hết tháng 2.', '2025-01-10');
    expect(noYear.targets.map((t) => t.value)).toEqual(['2025-02-28']);
  });
  it('is not a period, a time something happened, or a month whose figure is reported', () => {
    for (const s of [
      'UBND tỉnh yêu cầu các huyện áp dụng biện pháp này từ tháng 3 đến tháng 6/2025.',
      'Lễ hội dự kiến kéo dài từ 24/4 đến hết tháng 7.',
      'Đến tháng 6/2020, dự án khu đô thị du lịch lấn biển Cần Giờ được điều chỉnh theo kế hoạch mới.',
      'Theo kế hoạch, số doanh nghiệp tạm ngừng kinh doanh trong tháng 9/2020 là 3.269 doanh nghiệp.',
    ]) expect(vi(s).targets.filter((t) => t.rule === 'vi.deadline.month'), s).toEqual([]);
  });
});

describe('dates without a year', () => {
  it('borrows the year from the publication date, else from the text', () => {
    expect(en('The governor ordered the agency to publish its audit by June 30.', '2026-02-10T08:00:00Z').targets[0]).toMatchObject({ value: '2026-06-30', by: '2026' });
    const text = 'By Ann Lee · March 3, 2025\nThe board ordered the district to publish its audit by June 30.';
    expect(en(text).targets[0]).toMatchObject({ value: '2025-06-30', by: '2025' });
    expect(vi('Hà Nội, ngày 12/3/2025\nUBND tỉnh yêu cầu các sở hoàn thành báo cáo trước ngày 30/6.').targets[0]).toMatchObject({ value: '2025-06-30' });
  });
  it('leaves `by` empty rather than cutting a date or a duration', () => {
    const r = en('The council ordered landlords to fix the heating by November 30 and to report within 14 days.');
    expect(r.targets.map((t) => [t.value, t.by])).toEqual([['11-30', null], ['P14D', null]]);
  });
  it('takes a day well before the article date as next year\'s', () => {
    const ctx = dateContext('', 'en', '2025-11-20');
    expect(yearFor(ctx, 1, 15)).toBe(2026);
    expect(yearFor(ctx, 11, 10)).toBe(2025);
    expect(parsePublished('20201001')).toEqual({ y: 2020, m: 10, d: 1 });
    expect(parsePublished('March 3, 2025')).toEqual({ y: 2025, m: 3, d: 3 });
    expect(parsePublished('not a date')).toBeNull();
  });
  it('stays backward compatible: two arguments work as before', () => {
    expect(computeBrief('The council ordered landlords to fix the heating by 2027.', 'en').targets[0]?.value).toBe('2027');
  });
});

describe('en: what is not a quantity target', () => {
  it('skips clock times and counts of a past commission', () => {
    expect(computeBrief('The general lifted the order around 4:30 a.m., officials said.', 'en').targets).toEqual([]);
    expect(computeBrief('In 1909 the publisher hired an artist to create 78 drawings for the deck.', 'en').targets).toEqual([]);
  });
  it('skips a capacity', () => {
    expect(computeBrief('The company said its new truck will be able to carry up to 40 metric tons of cargo.', 'en').targets).toEqual([]);
  });
  it('skips a definite count of who is there, but not a named target', () => {
    expect(en('Another cloud of smoke is set to descend upon the 20 million residents of Delhi this week.').targets).toEqual([]);
    expect(en('The ministry must meet the 2 percent target this year.').targets.map((t) => [t.text, t.value])).toEqual([['2 percent', 2]]);
  });
  it('reads "2 million" as 2,000,000 whatever it counts', () => {
    expect(en('The city plans to plant 2 million trees by 2030.').targets.map((t) => [t.value, t.unit])).toEqual([[2_000_000, 'trees']]);
  });
  it('skips a span of minutes and a number inside a compound ("two-hundred years old")', () => {
    expect(en('The president must speak for just over two minutes before the vote.').targets).toEqual([]);
    expect(en('He must be around two-hundred years old and people still ask him.').targets).toEqual([]);
  });
  it('keeps a count an actor commits to', () => {
    // "by 2028" is when the count is due: its `by`, not a target of its own.
    expect(computeBrief('The city plans to plant 5,000 street trees by 2028.', 'en').targets.map((t) => [t.value, t.by])).toEqual([[5000, '2028']]);
  });
});
