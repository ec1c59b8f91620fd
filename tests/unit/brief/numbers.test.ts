import { describe, expect, it } from 'vitest';
import { parseEnNumber, parseViNumber } from '../../../lib/brief/numbers';
import { computeBrief } from '../../../lib/brief/index';

describe('numbers', () => {
  it('reads Vietnamese numbers: dot groups thousands, comma is the decimal mark', () => {
    expect(parseViNumber('4.423')).toBe(4423);
    expect(parseViNumber('2,5')).toBe(2.5);
    expect(parseViNumber('282.600')).toBe(282600);
    expect(parseViNumber('460,2')).toBe(460.2);
    expect(parseViNumber('1.234.567,89')).toBe(1234567.89);
  });
  it('reads English numbers: comma groups thousands', () => {
    expect(parseEnNumber('1,200')).toBe(1200);
    expect(parseEnNumber('2.5')).toBe(2.5);
  });
  it('parses values inside a brief the Vietnamese way', () => {
    const r = computeBrief('Ngân hàng đặt mục tiêu lợi nhuận đạt 4.423 tỷ đồng, tăng 2,5% so với năm trước.', 'vi');
    expect(r.targets.map((t) => t.value)).toEqual([4423, 2.5]);
  });
});
