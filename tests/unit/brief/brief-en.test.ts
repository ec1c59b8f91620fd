// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeBrief, detectLanguage } from '../../../lib/brief/index';
import { parseTxt } from '../../../scripts/lib/load';

const { text } = parseTxt(readFileSync(path.resolve(__dirname, '../../fixtures/briefs/en-city-council.txt'), 'utf8'));
const b = computeBrief(text, 'en-US');
const has = (items: { text: string }[], s: string) => items.some((i) => i.text.includes(s));

describe('computeBrief (en)', () => {
  it('finds orders with issuer, addressee, action and deadline', () => {
    const urged = b.directives.find((d) => d.text.includes('urged the housing department'));
    expect(urged).toMatchObject({ issuer: 'Mayor Linda Ortiz', addressee: 'the housing department', deadline: 'within 30 days' });
    expect(urged?.action).toMatch(/^inspect every building/);
    expect(b.directives.find((d) => d.text.includes('will have to pay'))?.addressee).toBe('Landlords');
    expect(b.lang).toBe('en');
  });

  it('finds goals and deadlines, parsing English numbers', () => {
    expect(b.targets.find((t) => t.text === 'at least 50 percent')).toMatchObject({ comparator: '>=', value: 50, unit: '%' });
    expect(b.targets.find((t) => t.text === 'within 30 days')).toMatchObject({ kind: 'deadline', value: 'P30D' });
    const r = computeBrief('The board set a goal of hiring at least 1,200 nurses by 2027.', 'en');
    expect(r.targets.find((t) => t.kind === 'quantity')?.value).toBe(1200);
  });

  it('leaves out reported statistics', () => {
    for (const s of ['412 complaints', '18 percent', '35 inspectors', '1,200 cases']) expect(has(b.targets, s), s).toBe(false);
    expect(has(b.directives, 'recorded 412 complaints')).toBe(false);
  });

  it('does not split "Mr. Trump" into two sentences', () => {
    const r = computeBrief('He urged Mr. Trump to make a deal as soon as possible.', 'en');
    expect(r.directives.map((d) => d.text)).toEqual(['He urged Mr. Trump to make a deal as soon as possible.']);
  });
});

describe('detectLanguage', () => {
  it('prefers the declared language', () => {
    expect(detectLanguage('whatever text', 'vi-VN')).toBe('vi');
    expect(detectLanguage('Phó Thủ tướng yêu cầu', 'en_GB')).toBe('en');
  });
  it('falls back to the text', () => {
    expect(detectLanguage('Phó Thủ tướng yêu cầu các tỉnh khẩn trương rà soát toàn bộ đê điều')).toBe('vi');
    expect(detectLanguage('The council said that the landlords of the city are to fix the heating by the end of the month.')).toBe('en');
    expect(detectLanguage('')).toBe('und');
  });
});
