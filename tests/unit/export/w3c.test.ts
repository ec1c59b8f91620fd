// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImport, toUri, toW3cAnnotation, toW3cCollection } from '../../../lib/export';
import { edgeHighlights, sampleHighlights } from '../../fixtures/export/sample';

const first = sampleHighlights[0]!;

describe('W3C Web Annotation export', () => {
  it('writes a highlight as an Annotation with its quote, position, note and tags', () => {
    const a = toW3cAnnotation(first);
    expect(a['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(a.id).toBe(`urn:uuid:${first.id}`);
    expect(a.type).toBe('Annotation');
    expect(a.target.source).toBe(first.url);
    expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(a.body).toEqual([
      { type: 'TextualBody', value: first.note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'đầu tư công', purpose: 'tagging' },
      { type: 'TextualBody', value: 'hạn chót', purpose: 'tagging' },
    ]);
    expect(a['brieflight:color']).toBe('pink');
  });

  it('leaves out the body of a highlight with no note and no tags', () => {
    expect(toW3cAnnotation(sampleHighlights[1]!).body).toBeUndefined();
  });

  it('writes a collection whose first page holds every annotation', () => {
    const doc = JSON.parse(toW3cCollection(sampleHighlights, { id: 'urn:uuid:00000000-0000-4000-8000-000000000000' }));
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: sampleHighlights.length, label: expect.any(String) });
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items.map((a: { id: string }) => a.id)).toEqual(sampleHighlights.map((h) => `urn:uuid:${h.id}`));
  });

  it('imports its own collection back to the same highlights', () => {
    const batch = parseImport(toW3cCollection(sampleHighlights));
    expect(batch.source).toBe('w3c');
    expect(batch.highlights).toEqual(sampleHighlights);
  });

  it('imports one annotation on its own', () => {
    expect(parseImport(JSON.stringify(toW3cAnnotation(first))).highlights).toEqual([first]);
  });

  it('writes an empty collection without a first page', () => {
    const doc = JSON.parse(toW3cCollection([]));
    expect(doc.total).toBe(0);
    expect(doc.first).toBeUndefined();
    expect(parseImport(JSON.stringify(doc)).highlights).toEqual([]);
  });

  it('writes page addresses as URIs, and gives back the address as stored', () => {
    const [iri, spaced] = edgeHighlights as [typeof first, typeof first];
    expect(toW3cAnnotation(iri).target.source).toBe('https://vi.wikipedia.org/wiki/%C4%90%C3%A0_N%E1%BA%B5ng');
    expect(toW3cAnnotation(spaced).target.source).toBe('https://example.vn/tin%20tuc?giam=50%25&q=%C4%91%E1%BA%A7u%20t%C6%B0');
    expect(toW3cAnnotation(first)['brieflight:url']).toBeUndefined(); // nothing extra when the address is already a URI
    expect(parseImport(toW3cCollection([iri])).highlights).toEqual([iri]);
    expect(parseImport(toW3cCollection([spaced])).highlights[0]!.url).toBe(spaced.url);
  });

  it('writes dates with seconds, as the model requires, keeping the same instant', () => {
    const spaced = edgeHighlights[1]!;
    const a = toW3cAnnotation(spaced);
    expect(a.created).toBe('2026-11-23T08:15:00+07:00');
    expect(a.modified).toBe('2026-11-23T08:15:00Z');
    const [back] = parseImport(JSON.stringify(a)).highlights;
    expect(Date.parse(back!.created)).toBe(Date.parse(spaced.created));
  });

  it('encodes only what a URI cannot hold', () => {
    expect(toUri('https://x.vn/a?b=1&c=%20#top')).toBe('https://x.vn/a?b=1&c=%20#top');
    expect(toUri('http://[::1]:8080/q?x=[1]#a#b')).toBe('http://[::1]:8080/q?x=%5B1%5D#a%23b');
  });
});

describe('W3C export of what the model has no word for', () => {
  it('keeps the highlight’s text when it differs from the quote, and imports it back', () => {
    const h = { ...sampleHighlights[0]!, text: 'giải ngân 100%\nvốn' };
    const [annotation] = (JSON.parse(toW3cCollection([h])) as { first: { items: Record<string, unknown>[] } }).first.items;
    expect(annotation!['brieflight:text']).toBe(h.text);
    expect(parseImport(toW3cCollection([h])).highlights).toEqual([h]);
  });

  it('carries the link that opens the page at the passage', () => {
    const [annotation] = (JSON.parse(toW3cCollection(sampleHighlights)) as { first: { items: Record<string, unknown>[] } }).first.items;
    expect(annotation!['brieflight:passage']).toMatch(/^https:\/\/vnexpress\.net\/.*#:~:text=/);
  });
});
