// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../../lib/db/record';
import { makeHighlight } from '../../fixtures/library/records';

describe('the stored form of a highlight', () => {
  it('gives back every field, for defaults and for fields that differ from what they default to', () => {
    const plain = makeHighlight({ text: 'giải ngân 95%' });
    const full = {
      ...makeHighlight({ text: 'Thủ tướng yêu cầu', note: 'dòng 1\ndòng 2', tags: ['a', 'đầu tư'], color: 'purple' as const, state: 'orphaned' as const }),
      url: 'https://vnexpress.net/a?utm_source=x',
      modified: '2027-01-01T00:00:00.000Z',
    };
    // A quote stored in another normal form than the text the reader saw.
    const nfd = { ...full, selectors: { ...full.selectors, quote: { ...full.selectors.quote, exact: full.text.normalize('NFD') } } };
    for (const h of [plain, full, nfd]) {
      expect(unpack(pack(h))).toStrictEqual(h);
    }
  });

  it('stores the quote once, and leaves out what equals its default', () => {
    const h = makeHighlight({ text: 'tối thiểu đạt trên 95%' });
    const stored = pack(h, 'seg1');
    expect(JSON.stringify(stored).split(h.text).length - 1).toBe(1);
    expect(stored).not.toHaveProperty('n');
    expect(stored).toMatchObject({ id: h.id, pageKey: h.pageKey, created: h.created, color: h.color, state: h.state, tags: h.tags, seg: 'seg1' });
  });

  it('reads records versions 1 to 3 wrote, dropping their index-only fields', () => {
    const h = makeHighlight({ text: 'old record' });
    expect(unpack({ ...h, site: 'vnexpress.net', words: ['old', 'record'], seg: 's' })).toEqual(h);
    expect(unpack(h)).toEqual(h);
  });
});
