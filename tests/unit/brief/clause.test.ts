import { describe, expect, it } from 'vitest';
import { clauseAround } from '../../../lib/brief/text';

const clauseOf = (sentence: string, item: string) => {
  const start = sentence.indexOf(item);
  const c = clauseAround(sentence, 0, sentence.length, start, start + item.length);
  return sentence.slice(c.start, c.end);
};

describe('the clause a target belongs to (what "Highlight this" keeps)', () => {
  it('is bounded by the semicolons and colons around it, not by a parenthesis', () => {
    const s = 'Bộ Tài chính rà soát các dự án; phấn đấu giải ngân năm 2024 đạt cao nhất (tối thiểu đạt trên 95%); báo cáo Thủ tướng.';
    expect(clauseOf(s, 'tối thiểu đạt trên 95%')).toBe('phấn đấu giải ngân năm 2024 đạt cao nhất (tối thiểu đạt trên 95%)');
    expect(clauseOf('Targets: cut emissions by 20% within ten years.', '20%')).toBe('cut emissions by 20% within ten years');
  });

  it('is cut at the commas around the item when the clause is long', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `việc số ${i}`).join(', ');
    const s = `${filler}, tăng thu ngân sách ít nhất 10%, ${filler}.`;
    expect(clauseOf(s, 'ít nhất 10%')).toBe('tăng thu ngân sách ít nhất 10%');
  });
});
