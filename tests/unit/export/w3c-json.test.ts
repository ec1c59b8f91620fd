// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toW3cAnnotation, w3cAnnotationJson } from '../../../lib/export/w3c';
import { edgeHighlights, sampleHighlights } from '../../fixtures/export/sample';
import { randomHighlights } from '../../fixtures/export/random';
import type { Highlight } from '../../../lib/model/highlight';

const generic = (h: Highlight) => JSON.stringify(toW3cAnnotation(h));

describe('an annotation written field by field', () => {
  it('is the same text as JSON.stringify of the annotation object', () => {
    for (const h of [...sampleHighlights, ...edgeHighlights, ...randomHighlights(300, 11)]) expect(w3cAnnotationJson(h)).toBe(generic(h));
  });

  it('covers addresses that need encoding, notes, tags, escapes and dates without seconds', () => {
    const base = sampleHighlights[0]!;
    const cases: Highlight[] = [
      { ...base, url: 'https://vi.wikipedia.org/wiki/Đà_Nẵng', note: '', tags: [] },
      { ...base, url: 'https://example.vn/tin tuc?giam=50%&q=x', note: 'a "quoted"\nline\u2028 \\ </script>', tags: ['a"b', '\u0000', ''] },
      { ...base, created: '2026-11-20T09:20Z', modified: '2026-11-20T09:20+07:00', note: '', tags: ['only a tag'] },
      { ...base, selectors: { ...base.selectors, position: { ...base.selectors.position, start: Number.NaN, end: -0 } } },
    ];
    for (const h of cases) expect(w3cAnnotationJson(h)).toBe(generic(h));
  });

  it('falls back to the generic path for a record with a missing or odd field', () => {
    const base = sampleHighlights[1]!;
    const odd = [
      { ...base, note: undefined },
      { ...base, selectors: { ...base.selectors, quote: { ...base.selectors.quote, prefix: undefined } } },
      { ...base, tags: ['ok', 5] },
      { ...base, selectors: { ...base.selectors, position: { ...base.selectors.position, start: '3' } } },
    ] as unknown as Highlight[];
    for (const h of odd) expect(w3cAnnotationJson(h)).toBe(generic(h));
  });
});
