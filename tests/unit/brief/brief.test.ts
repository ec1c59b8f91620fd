// @vitest-environment node
// The brief with the shipped model (data/brief/model.json): its shape, its offsets, its honesty on input it
// cannot read, and its quality on texts written for these tests (never trained on).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeBrief, detectLanguage } from '../../../lib/brief/index';
import { brief as briefSchema } from '../../../lib/model/brief';
import { parseTxt } from '../../../scripts/lib/load';
import { f1, sameParty, score, type Gold } from './score';

const fixtures = path.resolve(__dirname, '../../fixtures/briefs');
const read = (name: string) => parseTxt(readFileSync(path.join(fixtures, name), 'utf8'));

describe('computeBrief', () => {
  const { text } = read('vi-phong-chong-lu.txt');
  const b = computeBrief(text, 'vi');

  it('fits the shared schema and points every item at its text with a quote selector', () => {
    expect(briefSchema.safeParse(b).success).toBe(true);
    const nfc = text.normalize('NFC');
    for (const item of [...b.directives, ...b.targets]) {
      expect(nfc.slice(item.start, item.end)).toBe(item.text);
      expect(item.quote.exact).toBe(item.text);
      expect(nfc.slice(Math.max(0, item.start - item.quote.prefix.length), item.start)).toBe(item.quote.prefix);
      expect(item.quote.prefix.length).toBeLessThanOrEqual(32);
    }
  });

  it('says why each item is there: its model, probability and strongest features', () => {
    for (const d of b.directives) expect(d.rule).toMatch(/^vi\.directive [01]\.\d\d: \S/);
    for (const t of b.targets) expect(t.rule).toMatch(/^vi\.target\.\w+ [01]\.\d\d: \S/);
  });

  it('gives the same brief for decomposed (NFD) input', () => {
    expect(computeBrief(text.normalize('NFD'), 'vi')).toEqual(b);
  });

  it('gives every target a metric a reader can read', () => {
    for (const t of b.targets) expect(t.metric?.trim()).toBeTruthy();
  });

  it('ends a sentence at a line break, not at a semicolon', () => {
    const r = computeBrief('UBND tỉnh yêu cầu các sở, ngành khẩn trương rà soát các dự án; đồng thời báo cáo kết quả về Sở Kế hoạch\nThủ tướng yêu cầu các bộ khẩn trương hoàn thành trước ngày 30/6.', 'vi');
    for (const d of r.directives) expect(d.text.includes('\n')).toBe(false);
    expect(r.directives.map((d) => d.text)).toContain('UBND tỉnh yêu cầu các sở, ngành khẩn trương rà soát các dự án; đồng thời báo cáo kết quả về Sở Kế hoạch');
  });

  it('returns an empty, unsupported brief for a language it does not read', () => {
    expect(computeBrief('Le conseil a demandé aux propriétaires de réparer le chauffage.', 'fr')).toEqual({ lang: 'fr', supported: false, directives: [], targets: [] });
  });

  it('briefs empty and huge run-on input without error, within bounds', () => {
    expect(computeBrief('', 'vi')).toMatchObject({ supported: true, directives: [], targets: [] });
    const unit = 'UBND tỉnh đề nghị các sở cần phải tăng 5% và giao cho Bộ Y tế sẽ đạt 10% trước ngày 1/1/2025, ';
    const huge = unit.repeat(4000);
    const r = computeBrief(huge, 'vi');
    expect(r.directives.length).toBeLessThanOrEqual(1); // one sentence, one directive at most
    expect(r.targets.length).toBeLessThanOrEqual(3 * 4000);
    for (const t of r.targets.slice(0, 50)) expect(huge.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('quality on texts written for these tests', () => {
  // Floors measured on the shipped model; a model that falls below them reads worse than the one shipped.
  const golds = readdirSync(fixtures).filter((f) => f.endsWith('.gold.json'));
  for (const f of golds) {
    const gold = JSON.parse(readFileSync(path.join(fixtures, f), 'utf8')) as Gold;
    it(`${gold.doc}: finds most labelled items, with their values and addressees`, () => {
      const { meta, text } = read(`${gold.doc}.txt`);
      const s = score(computeBrief(text, meta.lang ?? gold.lang), gold);
      expect(f1(s.directives)).toBeGreaterThanOrEqual(0.7);
      expect(f1(s.targets)).toBeGreaterThanOrEqual(0.7);
      for (const [p, g] of s.targets.pairs) if (g.kind === 'quantity' && typeof g.value === 'number') expect(p.value).toBe(g.value);
      const parties = s.directives.pairs.filter(([, g]) => g.addressee);
      const right = parties.filter(([p, g]) => sameParty(p.addressee ?? null, g.addressee!)).length;
      expect(right / Math.max(1, parties.length)).toBeGreaterThanOrEqual(0.5);
    });
  }

  it('agrees with the judgments of single sentences written for the first rules (tests/fixtures/briefs/judgments.json)', () => {
    const judgments = JSON.parse(readFileSync(path.join(fixtures, 'judgments.json'), 'utf8')) as { lang: string; text: string; directive: boolean }[];
    const agree = judgments.filter((j) => computeBrief(j.text, j.lang).directives.length > 0 === j.directive).length;
    expect(agree / judgments.length).toBeGreaterThanOrEqual(0.8);
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
