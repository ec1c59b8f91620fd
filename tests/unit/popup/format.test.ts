import { describe, expect, it } from 'vitest';
import type { Directive, Target } from '../../../lib/model/brief';
import { formatGoal, groupByAddressee } from '../../../components/popup/format';
import { briefMarkdown } from '../../../components/popup/brief-markdown';
import type { Article } from '../../../lib/model/article';

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

describe('target display', () => {
  it('writes Vietnamese numbers the Vietnamese way and English ones the English way', () => {
    expect(formatGoal(target({ value: 4423, unit: 'tỷ đồng', comparator: '>=' }), 'vi')).toBe('≥ 4.423 tỷ đồng');
    expect(formatGoal(target({ value: 2.5, unit: '%', comparator: '~' }), 'vi')).toBe('≈ 2,5%');
    expect(formatGoal(target({ value: 1200, unit: 'km', comparator: '=' }), 'en')).toBe('1,200 km');
  });

  it('shows a deadline as its date', () => {
    expect(formatGoal(target({ kind: 'deadline', value: '2025-06-30', unit: null, comparator: '<=' }), 'vi')).toBe('≤ 2025-06-30');
  });
});

describe('directives by addressee', () => {
  it('groups in order of first appearance and puts directives without an addressee together', () => {
    const groups = groupByAddressee(
      [directive({ addressee: 'Bộ Tài chính' }), directive({ addressee: null }), directive({ addressee: 'Bộ Xây dựng' }), directive({ addressee: 'Bộ Tài chính' })],
      '—',
    );
    expect(groups.map(([k, list]) => [k, list.length])).toEqual([
      ['Bộ Tài chính', 2],
      ['—', 1],
      ['Bộ Xây dựng', 1],
    ]);
  });
});

describe('copy brief as Markdown', () => {
  it('has the title, the address, directives by addressee and a targets table', () => {
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
      brief: { lang: 'vi', supported: true, directives: [directive({ deadline: '2025-06-30' })], targets: [target({ metric: 'tỷ lệ | giải ngân' })] },
    };
    const md = briefMarkdown(article, { directives: 'Chỉ đạo', targets: 'Chỉ tiêu', others: '—' });
    expect(md).toContain('# Đẩy nhanh giải ngân\n\n<https://a.vn/x>');
    expect(md).toContain('## Chỉ đạo\n\n### Bộ Tài chính\n\n- Bộ Tài chính chủ trì rà soát. — Thủ tướng (2025-06-30)');
    expect(md).toContain('| tỷ lệ \\| giải ngân | > 95% | 2024 |');
  });
});
