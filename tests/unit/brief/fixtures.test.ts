// @vitest-environment node
// Labelled articles written for these tests (tests/fixtures/briefs/*.gold.json), scored with the RUBRIC's matching rules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeBrief } from '../../../lib/brief/index';
import { parseTxt } from '../../../scripts/lib/load';
import { f1, sameParty, score, type Gold } from './score';

const dir = path.resolve(__dirname, '../../fixtures/briefs');
const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));

describe('labelled fixtures', () => {
  it('has fixtures in both languages', () => {
    const langs = new Set(golds.map((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold).lang));
    expect([...langs].sort()).toEqual(['en', 'vi']);
  });

  for (const f of golds) {
    const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold;
    it(`${gold.doc}: finds every required item, predicts nothing unlabelled`, () => {
      const { meta, text } = parseTxt(readFileSync(path.join(dir, `${gold.doc}.txt`), 'utf8'));
      const brief = computeBrief(text, meta.lang ?? gold.lang);
      const s = score(brief, gold);
      expect(s.directives.missed).toEqual([]);
      expect(s.targets.missed).toEqual([]);
      expect(s.directives.wrong).toEqual([]);
      expect(s.targets.wrong).toEqual([]);
      expect(f1(s.directives)).toBe(1);
      // Values of matched quantities and addressees of matched directives agree with the labels.
      for (const [p, g] of s.targets.pairs) if (g.kind === 'quantity' && typeof g.value === 'number') expect(p.value).toBe(g.value);
      for (const [p, g] of s.directives.pairs) if (g.addressee) expect(sameParty(p.addressee ?? null, g.addressee), `${p.addressee} vs ${g.addressee}`).toBe(true);
    });
  }
});
