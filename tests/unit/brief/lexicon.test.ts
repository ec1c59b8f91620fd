// @vitest-environment node
// The lexicon tables (data/brief/lexicon/*.json) as data: every phrase usable, and the matcher finding them.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, lexicon, PhraseIndex } from '../../../lib/brief/lexicon';
import { tokenize } from '../../../lib/brief/tokens';

describe('the phrase tables', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: every phrase is lower case, non-empty and written once per group`, () => {
      const lex = lexicon(lang)!;
      for (const c of CATEGORIES) {
        const list = lex.tables[c] ?? [];
        for (const p of list) expect(p, `${c}: "${p}"`).toBe(p.toLowerCase().trim());
        expect(new Set(list).size, `${c} has a phrase twice`).toBe(list.length);
      }
    });
  }

  it('finds the longest phrase first, and every phrase at every place', () => {
    const idx = new PhraseIndex();
    idx.add('yêu cầu', 'order');
    idx.add('yêu', 'short');
    const tk = tokenize('Bộ yêu cầu các tỉnh');
    expect(idx.longestAt(tk, 1)).toEqual({ tag: 'order', to: 3 });
    expect(idx.all(tk)).toEqual([
      { tag: 'order', from: 1, to: 3 },
      { tag: 'short', from: 1, to: 2 },
    ]);
  });

  it('gives no lexicon for a language it does not know', () => {
    expect(lexicon('fr')).toBeNull();
  });
});
