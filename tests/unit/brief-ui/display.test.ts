import { describe, expect, it } from 'vitest';
import type { Directive, Target } from '../../../lib/model/brief';
import type { Article } from '../../../lib/model/article';
import { actionText, briefMarkdown, formatDue, formatGoal, groupDirectives, metricText } from '../../../lib/brief-display';
import { languageName } from '../../../components/brief/language-name';

const quote = { exact: '', prefix: '', suffix: '' };
const target = (t: Partial<Target>): Target => ({
  text: 'tối thiểu đạt trên 95%',
  start: 0,
  end: 0,
  kind: 'quantity',
  metric: 'giải ngân vốn đầu tư công',
  comparator: '>',
  value: 95,
  unit: '%',
  by: '2024',
  rule: 'test',
  quote,
  ...t,
});
const directive = (d: Partial<Directive>): Directive => ({
  text: 'Bộ Tài chính chủ trì rà soát.',
  start: 0,
  end: 0,
  issuer: 'Thủ tướng',
  addressee: 'Bộ Tài chính',
  action: 'rà soát',
  deadline: null,
  rule: 'test',
  quote,
  ...d,
});

describe('a target goal as a person writes it', () => {
  it('writes the issue examples', () => {
    expect(formatGoal(target({}), 'vi')).toBe('> 95%');
    expect(formatGoal(target({ value: 8, comparator: '>=' }), 'vi')).toBe('≥ 8%');
    expect(formatGoal(target({ value: 3000, unit: 'km', comparator: '=' }), 'vi')).toBe('3.000 km');
    expect(formatGoal(target({ value: 50e9, unit: 'USD', comparator: '=' }), 'vi')).toBe('50 tỷ USD');
    expect(formatGoal(target({ value: 50e9, unit: 'USD', comparator: '=' }), 'en')).toBe('$50 billion');
    expect(formatGoal(target({ kind: 'deadline', value: 'P10D', unit: null, comparator: '=' }), 'vi')).toBe('10 ngày');
    expect(formatGoal(target({ kind: 'deadline', value: '2025-06-30', unit: null, comparator: '<' }), 'vi')).toBe('trước 30/6/2025');
  });

  it('never shows an ISO duration, a bare machine number or a year twice', () => {
    expect(formatGoal(target({ kind: 'deadline', value: 'P10D', unit: null, comparator: '<=' }), 'en')).toBe('within 10 days');
    expect(formatGoal(target({ kind: 'deadline', value: 'PT48H', unit: null, comparator: '<=' }), 'en')).toBe('within 48 hours');
    expect(formatGoal(target({ kind: 'deadline', value: 'P1Y', unit: null, comparator: '=' }), 'en')).toBe('1 year');
    expect(formatGoal(target({ value: 234e6, unit: 'GBP', comparator: '>=' }), 'en')).toBe('≥ £234 million');
    expect(formatGoal(target({ value: 12000, unit: 'tỷ đồng', comparator: '>=' }), 'vi')).toBe('≥ 12.000 tỷ đồng');
    expect(formatGoal(target({ value: 2.5, unit: '%', comparator: '~' }), 'vi')).toBe('≈ 2,5%');
    const byYear = target({ kind: 'deadline', value: '2022', unit: null, comparator: '<=', by: '2022' });
    expect(formatGoal(byYear, 'en')).toBe('by 2022');
    expect(formatDue(byYear, 'en')).toBe('');
    expect(formatGoal(target({ kind: 'deadline', value: '2025-07', unit: null, comparator: '=', by: '2025' }), 'en')).toBe('July 2025');
    expect(formatGoal(target({ kind: 'deadline', value: '2025-07', unit: null, comparator: '=', by: '2025' }), 'vi')).toBe('tháng 7/2025');
  });

  it('gives a quantity its due year, in the article language', () => {
    expect(formatDue(target({}), 'vi')).toBe('năm 2024');
    expect(formatDue(target({}), 'en')).toBe('2024');
    expect(formatDue(target({ by: null }), 'en')).toBe('');
  });
});

describe('a target metric is never empty', () => {
  it('uses the brief metric when it has a word', () => {
    expect(metricText(target({ metric: 'giải ngân vốn đầu tư công' }))).toBe('Giải ngân vốn đầu tư công');
  });

  it('falls back to the clause before the value, without the empty parenthesis (the seed article)', () => {
    const clause = { exact: 'phấn đấu kết quả giải ngân năm 2024 đạt kết quả cao nhất (tối thiểu đạt trên 95%)', prefix: '', suffix: '' };
    const m = metricText(target({ metric: ')', clause }));
    expect(m).toContain('giải ngân');
    expect(m).not.toMatch(/[()]/);
    expect(metricText(target({ metric: 'Và', clause }))).toBe('Và');
  });

  it('falls back to the words of the quote, then the value', () => {
    expect(metricText(target({ metric: null, quote: { exact: '95%', prefix: 'Năm nay, tỷ lệ giải ngân đạt ', suffix: '' } }))).toBe('Tỷ lệ giải ngân đạt');
    expect(metricText(target({ metric: '', text: 'trên 95%' }))).toBe('Trên 95%');
  });
});

describe('directives by who must act', () => {
  it('merges groups whose addressees differ only by case, diacritics, a leading các or trailing punctuation', () => {
    const groups = groupDirectives(
      [
        directive({ addressee: 'Các cấp ủy, chính quyền' }),
        directive({ addressee: 'các cấp ủy, chính quyền' }),
        directive({ addressee: 'cấp uỷ, chính quyền.' }),
        directive({ addressee: 'Bộ Xây dựng' }),
      ],
      'vi',
    );
    expect(groups.map((g) => [g.addressee, g.directives.length])).toEqual([
      ['Các cấp ủy, chính quyền', 3],
      ['Bộ Xây dựng', 1],
    ]);
  });

  it('keeps different parties apart even when their letters fold alike elsewhere', () => {
    const groups = groupDirectives([directive({ addressee: 'Bộ Tài chính' }), directive({ addressee: 'Bộ Tư pháp' })], 'vi');
    expect(groups).toHaveLength(2);
  });

  it('never lists an issuer as its own addressee, and puts items with no addressee last', () => {
    const groups = groupDirectives(
      [
        directive({ addressee: null }),
        directive({ addressee: 'Thủ tướng', issuer: 'Thủ tướng' }),
        directive({ addressee: 'Bộ Tài chính' }),
        directive({ addressee: 'the Treasury', issuer: 'The Treasury.' }),
      ],
      'vi',
    );
    expect(groups.map((g) => [g.addressee, g.directives.length])).toEqual([
      ['Bộ Tài chính', 1],
      [null, 3],
    ]);
  });

  it('drops the word that leads into the action from an English addressee', () => {
    const groups = groupDirectives([directive({ addressee: 'the utility commission to' }), directive({ addressee: 'The utility commission' })], 'en');
    expect(groups.map((g) => [g.addressee, g.directives.length])).toEqual([['the utility commission', 2]]);
  });

  it('does not take a sentence fragment for a party', () => {
    const fragment = 'trong thời gian tới cần phải tiếp tục tập trung chỉ đạo quyết liệt hơn nữa việc tháo gỡ các khó khăn vướng mắc';
    expect(groupDirectives([directive({ addressee: fragment })], 'vi')[0]!.addressee).toBeNull();
  });

  it('shows each directive as its action, or the first words of its sentence', () => {
    expect(actionText(directive({ action: ', phối hợp với các Bộ' }))).toBe('Phối hợp với các Bộ');
    expect(actionText(directive({ action: null, text: 'The council must publish the new timetables by June, the minister said.' }))).toBe(
      'The council must publish the new timetables by June, the minister said.',
    );
    const long = 'một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn mười lăm';
    expect(actionText(directive({ action: long })).split(' ').length).toBeLessThanOrEqual(15);
    expect(actionText(directive({ action: long }))).toMatch(/…$/);
  });
});

describe('copy brief as Markdown', () => {
  it('has the title, the address, a targets table with its header row, then directives by addressee', () => {
    const article: Article = {
      pageKey: 'https://a.vn/x',
      url: 'https://a.vn/x',
      title: 'Đẩy nhanh giải ngân',
      site: 'a.vn',
      lang: 'vi',
      byline: null,
      published: null,
      computed: '2025-01-01T00:00:00Z',
      textHash: 'h',
      brief: {
        lang: 'vi',
        supported: true,
        directives: [directive({ deadline: '30/6/2025' }), directive({ addressee: null, action: 'báo cáo' })],
        targets: [target({ metric: 'tỷ lệ | giải ngân' })],
      },
    };
    const md = briefMarkdown(article, { directives: 'Chỉ đạo', targets: 'Chỉ tiêu', metric: 'Nội dung', goal: 'Mục tiêu', due: 'Thời hạn', noAddressee: 'Chưa nêu đối tượng', from: 'từ' });
    expect(md.startsWith('# Đẩy nhanh giải ngân\n\n<https://a.vn/x>\n\n## Chỉ tiêu\n\n| Nội dung | Mục tiêu | Thời hạn |\n| --- | --- | --- |\n')).toBe(true);
    expect(md).toContain('| Tỷ lệ \\| giải ngân | > 95% | năm 2024 |');
    expect(md).toContain('## Chỉ đạo\n\n### Bộ Tài chính\n\n- **Rà soát** (30/6/2025) — từ Thủ tướng\n  > Bộ Tài chính chủ trì rà soát.');
    expect(md.indexOf('### Chưa nêu đối tượng')).toBeGreaterThan(md.indexOf('### Bộ Tài chính'));
  });
});

describe('a language by its name', () => {
  it('names the language in the reader language, not by its code', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('vi', 'en')).toBe('Vietnamese');
    expect(languageName('en', 'vi')).toMatch(/Anh/);
    expect(languageName('und', 'en')).toBe('?');
  });
});
