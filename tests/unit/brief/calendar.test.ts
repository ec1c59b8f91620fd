// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateContext, parsePublished, yearFor } from '../../../lib/brief/calendar';

describe('the article date context', () => {
  it('reads publication dates in the forms pages give them', () => {
    expect(parsePublished('2025-03-12T09:30:00+07:00')).toEqual({ y: 2025, m: 3, d: 12 });
    expect(parsePublished('20210428')).toEqual({ y: 2021, m: 4, d: 28 });
    expect(parsePublished('12/3/2025')).toEqual({ y: 2025, m: 3, d: 12 });
    expect(parsePublished('March 3, 2025')).toEqual({ y: 2025, m: 3, d: 3 });
    expect(parsePublished('not a date')).toBeNull();
  });

  it('without a publication date, takes the year most full dates carry and the latest full date', () => {
    const ctx = dateContext('Ngày 2/1/2024 họp. Ngày 5/3/2024 và 9/9/2023 báo cáo.', 'vi');
    expect(ctx).toEqual({ year: 2024, ref: { y: 2024, m: 3, d: 5 }, refYear: 2024 });
    expect(dateContext('Plans for 2030 and 2030 again, and 2025.', 'en').year).toBe(2030);
  });

  it('puts a day written without a year into next year when it falls well before the article date', () => {
    const ctx = dateContext('', 'en', '2024-11-20');
    expect(yearFor(ctx, 1, 15)).toBe(2025);
    expect(yearFor(ctx, 12, 1)).toBe(2024);
  });
});
