// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../../lib/brief/tokens';

describe('tokenize', () => {
  it('gives words, numbers with their marks, and punctuation, each at its offsets', () => {
    const text = 'Giải ngân đạt 95,5% trước 30/6/2025; chi 1.500 tỷ.';
    const tokens = tokenize(text, 100);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['Giải', 'word'], ['ngân', 'word'], ['đạt', 'word'], ['95,5', 'num'], ['%', 'punct'], ['trước', 'word'], ['30/6/2025', 'num'],
      [';', 'punct'], ['chi', 'word'], ['1.500', 'num'], ['tỷ', 'word'], ['.', 'punct'],
    ]);
    for (const t of tokens) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
    expect(tokens[0]!.low).toBe('giải');
  });

  it('ends a number at a mark that no digit follows, and keeps letters glued to it', () => {
    expect(tokenize('in 2025. Then 264m and 0h').map((t) => t.text)).toEqual(['in', '2025', '.', 'Then', '264m', 'and', '0h']);
  });

  it('keeps apostrophes and hyphens inside English words', () => {
    expect(tokenize("don't co-operate Covid-19").map((t) => t.text)).toEqual(["don't", 'co-operate', 'Covid-19']);
  });

  it('folds diacritics for matching', () => {
    expect(fold('Giải Ngân Đà Nẵng')).toBe('giai ngan da nang');
  });
});
