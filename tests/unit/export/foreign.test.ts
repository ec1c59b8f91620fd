// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/export';

/** Annotations as other tools write them: the model allows many shapes for the same thing. */

const NOW = new Date('2026-11-26T12:00:00Z');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Shaped like Hypothesis' W3C output: https id, markdown body, tags, a selector list with a RangeSelector. */
const hypothesisLike = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  id: 'https://hypothes.is/a/Zk1Xj2yMEe6',
  created: '2026-03-01T10:11:12.345678+00:00',
  modified: '2026-03-02T08:00:00.000000+00:00',
  body: [
    { type: 'TextualBody', value: 'Đây là **ghi chú**', format: 'text/markdown' },
    { type: 'TextualBody', value: 'kinh tế', purpose: 'tagging' },
  ],
  target: [{
    source: 'https://tuoitre.vn/bai-viet.htm',
    selector: [
      { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[2]' }, endSelector: { type: 'XPathSelector', value: '/p[2]' } },
      { type: 'TextPositionSelector', start: 1200, end: 1236 },
      { type: 'TextQuoteSelector', exact: 'tăng trưởng GDP đạt 7%', prefix: 'năm nay ', suffix: ' so với' },
    ],
  }],
};

describe('import of W3C annotations from other tools', () => {
  it('reads a Hypothesis-like annotation: note, tags, quote and position', () => {
    const [h] = parseImport(JSON.stringify(hypothesisLike), { now: NOW }).highlights;
    expect(h).toMatchObject({
      url: 'https://tuoitre.vn/bai-viet.htm',
      pageKey: 'https://tuoitre.vn/bai-viet.htm',
      text: 'tăng trưởng GDP đạt 7%',
      note: 'Đây là **ghi chú**',
      tags: ['kinh tế'],
      color: 'yellow',
      state: 'anchored',
      selectors: {
        quote: { exact: 'tăng trưởng GDP đạt 7%', prefix: 'năm nay ', suffix: ' so với' },
        position: { start: 1200, end: 1236 },
      },
    });
    // Microsecond dates are valid ISO 8601 with an offset and are kept as written.
    expect(h!.created).toBe('2026-03-01T10:11:12.345678+00:00');
  });

  it('gives a non-UUID id a stable UUID, so importing twice updates instead of duplicating', () => {
    const a = parseImport(JSON.stringify(hypothesisLike)).highlights[0]!;
    const b = parseImport(JSON.stringify(hypothesisLike)).highlights[0]!;
    expect(a.id).toMatch(UUID);
    expect(a.id).toBe(b.id);
  });

  it('reads an array of annotations and a collection with items directly on the page', () => {
    const one = { ...hypothesisLike, id: undefined, target: { source: 'https://A.example/x?utm_source=mail#frag', selector: { type: 'TextQuoteSelector', exact: 'alpha' } } };
    const two = { type: 'Annotation', bodyValue: 'plain note', target: { source: 'https://b.example/', selector: { type: 'TextQuoteSelector', exact: 'beta' } } };
    const fromArray = parseImport(JSON.stringify([one, two]), { now: NOW }).highlights;
    expect(fromArray.map((h) => h.text)).toEqual(['alpha', 'beta']);
    expect(fromArray[0]!.id).toMatch(UUID);
    expect(fromArray[0]!.pageKey).toBe('https://a.example/x'); // the key the extension gives that page: no tracking, no fragment
    expect(fromArray[1]!.note).toBe('plain note');
    // No date in the file: the import time stands in for both.
    expect(fromArray[1]!.created).toBe(NOW.toISOString());
    expect(fromArray[1]!.modified).toBe(NOW.toISOString());

    const page = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', id: 'https://x.example/p1', items: [one, two] };
    expect(parseImport(JSON.stringify(page)).highlights.map((h) => h.text)).toEqual(['alpha', 'beta']);
    const collection = { type: 'AnnotationCollection', id: 'https://x.example/c', items: [two] };
    expect(parseImport(JSON.stringify(collection)).highlights.map((h) => h.text)).toEqual(['beta']);
  });

  it('accepts a selector as a single object, a missing position, and a string body', () => {
    const a = {
      type: 'Annotation',
      id: 'urn:uuid:6F9619FF-8B86-4011-B42D-00C04FC964FF',
      created: '2026-01-01',
      body: 'https://example.org/comments/1',
      target: { source: { id: 'https://c.example/page', title: 'A page' }, selector: { type: 'TextQuoteSelector', exact: 'gamma', prefix: 'x' } },
    };
    const [h] = parseImport(JSON.stringify(a)).highlights;
    expect(h!.id).toBe('6f9619ff-8b86-4011-b42d-00c04fc964ff');
    expect(h!.title).toBe('A page');
    expect(h!.note).toBe('https://example.org/comments/1');
    expect(h!.selectors.quote).toEqual({ type: 'TextQuoteSelector', exact: 'gamma', prefix: 'x', suffix: '' });
    expect(h!.selectors.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    expect(h!.created).toBe('2026-01-01T00:00:00.000Z');
  });

  it('finds a quote refining another selector and reads tags from a tagging motivation', () => {
    const a = {
      type: ['Annotation'],
      motivation: 'tagging',
      body: [{ type: 'TextualBody', value: 'important' }],
      target: { source: 'https://d.example/', selector: { type: 'FragmentSelector', value: 'para5', refinedBy: { type: 'TextQuoteSelector', exact: 'delta' } } },
    };
    const [h] = parseImport(JSON.stringify(a)).highlights;
    expect(h).toMatchObject({ text: 'delta', tags: ['important'], note: '' });
  });

  it('can leave out page notes and keep the highlights, saying what was left out', () => {
    const pageNote = { type: 'Annotation', id: 'https://hypothes.is/a/note1', bodyValue: 'About the whole page', target: { source: 'https://tuoitre.vn/bai-viet.htm' } };
    const text = JSON.stringify([pageNote, hypothesisLike]);
    expect(() => parseImport(text)).toThrow(/Record 1 \(https:\/\/hypothes\.is\/a\/note1\)/);
    const batch = parseImport(text, { skipUnusable: true });
    expect(batch.highlights.map((h) => h.text)).toEqual(['tăng trưởng GDP đạt 7%']);
    expect(batch.skipped).toEqual([expect.stringMatching(/^Record 1 \(https:\/\/hypothes\.is\/a\/note1\): .*TextQuoteSelector/)]);
  });
});
