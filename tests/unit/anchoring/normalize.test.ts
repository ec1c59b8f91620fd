import { describe, expect, it } from 'vitest';
import { normalizeText, toNormalizedOffset, toRawSpan } from '../../../lib/anchoring/normalize';

describe('normalizeText', () => {
  it('folds runs of white space to one space and maps back to the raw run', () => {
    const n = normalizeText('a \n\t b');
    expect(n.text).toBe('a b');
    expect(toRawSpan(n, 1, 2)).toEqual({ start: 1, end: 5 });
    expect(toRawSpan(n, 2, 3)).toEqual({ start: 5, end: 6 });
  });

  it('recomposes decomposed Vietnamese so NFD and NFC text compare equal', () => {
    const nfc = 'Việt Nam';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    const n = normalizeText(nfd);
    expect(n.text).toBe(nfc);
    // "ệ" is one normalised character covering its whole raw cluster.
    expect(toRawSpan(n, 2, 3)).toEqual({ start: 2, end: 2 + 'ệ'.normalize('NFD').length });
    expect(toNormalizedOffset(n, nfd.indexOf(' '))).toBe(4);
  });

  it('drops soft hyphens and zero-width spaces', () => {
    expect(normalizeText('in\u00adcredible\u200b!').text).toBe('incredible!');
  });
});
