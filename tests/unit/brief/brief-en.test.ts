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

describe('orders, pledges and their parties (en)', () => {
  it('finds an order with a time adverbial after the subject and a quantifier before the addressee', () => {
    const r = computeBrief('The mayor on Tuesday ordered all city agencies to cut their paper use by at least 30 percent by the end of 2027, aides said.', 'en');
    expect(r.directives[0]).toMatchObject({ rule: 'en.order', issuer: 'The mayor', addressee: 'all city agencies' });
    expect(r.targets.find((t) => t.kind === 'quantity')).toMatchObject({ text: 'at least 30 percent', comparator: '>=', value: 30, unit: '%', by: '2027' });
    // The year right after the value is when it is due: the quantity's `by` and the order's deadline, not a second target.
    expect(r.targets.filter((t) => t.kind === 'deadline')).toEqual([]);
    expect(r.directives[0]!.deadline).toBe('by the end of 2027');
  });
  it('reads a reported pledge and its possessive party, with the count it commits to', () => {
    const r = computeBrief('The health commissioner said her department would hire 25 school nurses before the winter.', 'en');
    expect(r.directives[0]?.addressee).toBe('the health department');
    expect(r.targets[0]).toMatchObject({ text: '25 school nurses', value: 25, unit: 'school nurses' });
  });
  it('resolves "they"/"them" to the group named before, "the X" to its full name, "he" to the speaker', () => {
    const text = [
      'Prime Minister Anna Berg met union leaders on Friday. Berg said the talks were useful.',
      'The nurses said the offer was too low. "Tell them to come back with a better one," Berg said.',
      'The Finance Ministry published the figures on Monday.',
      '"The unions have said they will strike in May, and the prime minister has made clear that he will not move," an adviser said.',
      'Critics say the ministry must publish the full budget for the unions to check.',
    ].join('\n');
    const r = computeBrief(text, 'en');
    const by = (s: string) => r.directives.find((d) => d.text.includes(s))?.addressee;
    expect(by('Tell them')).toBe('The nurses');
    expect(by('they will strike')).toBe('The unions; Prime Minister Anna Berg');
    expect(by('must publish')).toBe('Finance Ministry');
  });
  it('gives a causative "would force X to" its object as the party', () => {
    const r = computeBrief('Analysts added that the court ruling would force the Transport Department to rewrite its rules.', 'en');
    expect(r.directives[0]?.addressee).toBe('the Transport Department');
  });
});

describe('subjects are whole words', () => {
  it('does not read "his"/"her" inside "This"/"higher"', () => {
    const r = computeBrief('This checklist should get you started. Tasks with higher priority should run first.', 'en');
    for (const d of r.directives) expect(d.addressee ?? '').not.toMatch(/^(?:his|her)\b/);
  });
});

describe('actions and issuers (en)', () => {
  it('ends the action before a coordinated clause or a closing quote, names the quoted speaker', () => {
    const r = computeBrief('Schools must file a repair plan within 60 days, and the county will pay for the inspections.\n"We are asking every landlord to fix the boilers now," the mayor told reporters.', 'en');
    expect(r.directives[0]).toMatchObject({ addressee: 'Schools; the county', action: 'file a repair plan within 60 days' });
    expect(r.directives[1]).toMatchObject({ issuer: 'the mayor', addressee: 'every landlord', action: 'fix the boilers now' });
  });
});
