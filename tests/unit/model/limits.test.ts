// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlight, highlightChanges, newHighlight } from '../../../lib/model/highlight';
import { LIMITS } from '../../../lib/model/limits';
import { describeZodError } from '../../../lib/messaging';

const stored = {
  id: '0b8f6c9e-6a3c-4d6f-9a1e-2f4b5c6d7e8f',
  pageKey: 'https://news.example.vn/a.html',
  url: 'https://news.example.vn/a.html',
  title: 'Tin',
  text: 'giải ngân',
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'giải ngân', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 9 } },
  color: 'yellow',
  note: '',
  tags: [],
  created: '2025-06-01T10:00:00.000Z',
  modified: '2025-06-01T10:00:00.000Z',
  state: 'anchored',
};

const withQuote = (exact: string) => ({ ...stored, text: exact, selectors: { ...stored.selectors, quote: { ...stored.selectors.quote, exact } } });
const tags = (n: number, length = 5) => Array.from({ length: n }, (_, i) => `${i}`.padStart(length, 't'));

/** The error a value gets, as the reader reads it (the field, then what is wrong), or null when it passes. */
const errorOf = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : describeZodError(result.error as Parameters<typeof describeZodError>[0]);
};

describe('the size limits of a highlight', () => {
  it.each([
    ['note', { ...stored, note: 'n'.repeat(LIMITS.note) }, { ...stored, note: 'n'.repeat(LIMITS.note + 1) }, /^"note": .*100,000 characters/],
    ['title', { ...stored, title: 't'.repeat(LIMITS.title) }, { ...stored, title: 't'.repeat(LIMITS.title + 1) }, /^"title": .*2,000 characters/],
    ['quote', withQuote('q'.repeat(LIMITS.quote)), withQuote('q'.repeat(LIMITS.quote + 1)), /^"(text|selectors\.quote\.exact)": .*10,000 characters/],
    ['tag count', { ...stored, tags: tags(LIMITS.tags) }, { ...stored, tags: tags(LIMITS.tags + 1) }, /^"tags": .*50 tags/],
    ['tag length', { ...stored, tags: ['x'.repeat(LIMITS.tag)] }, { ...stored, tags: ['x'.repeat(LIMITS.tag + 1)] }, /^"tags\.0": .*100 characters/],
  ])('accepts a %s at the limit and refuses one over it, naming the field and the limit', (_name, atLimit, over, message) => {
    expect(errorOf(highlight, atLimit)).toBeNull();
    expect(errorOf(highlight, over)).toMatch(message);
  });

  it('holds for a new highlight and for an edit too, where a page could send them', () => {
    expect(errorOf(newHighlight, { ...withQuote('q'.repeat(LIMITS.quote + 1)), note: undefined, tags: undefined })).toMatch(/10,000 characters/);
    expect(errorOf(highlightChanges, { note: 'n'.repeat(30_000_000) })).toMatch(/^"note": .*100,000 characters/);
    expect(errorOf(highlightChanges, { tags: tags(51) })).toMatch(/^"tags": .*50 tags/);
  });
});
