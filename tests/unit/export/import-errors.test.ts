// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkImportSize, ImportError, MAX_IMPORT_BYTES, parseImport, planImport, toBackup, toW3cAnnotation } from '../../../lib/export';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample';

/** The message the reader sees, or a failure when nothing was thrown. */
function importMessage(text: string, opts?: Parameters<typeof parseImport>[1]): string {
  try {
    parseImport(text, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error('the import was accepted');
}

const backupWith = (edit: (highlights: Record<string, unknown>[]) => void) => {
  const doc = JSON.parse(toBackup(sampleHighlights, sampleArticles));
  edit(doc.highlights);
  return JSON.stringify(doc);
};

describe('bad import files', () => {
  it('refuses a file that is not JSON', () => {
    expect(importMessage('Quote,Note\n"a","b"')).toMatch(/not JSON/);
  });

  it('refuses an empty file', () => {
    expect(importMessage('')).toBe('The file is empty.');
    expect(importMessage('\uFEFF  \n')).toBe('The file is empty.');
  });

  it('refuses JSON that is neither a backup nor annotations', () => {
    expect(importMessage('{"hello": "world"}')).toMatch(/neither a Brieflight backup nor W3C Web Annotations/);
    expect(importMessage('[1, 2]')).toMatch(/neither/);
  });

  it('names the record and the field when a date is not a date', () => {
    const text = backupWith((hs) => { hs[2]!.created = 'yesterday'; });
    expect(importMessage(text)).toBe(`Record 3 (${sampleHighlights[2]!.id}): "created" is not a date`);
    const anno = { ...toW3cAnnotation(sampleHighlights[0]!), modified: '31/12/2026' };
    expect(importMessage(JSON.stringify(anno))).toBe(`Record 1 (urn:uuid:${sampleHighlights[0]!.id}): "modified" is not a date`);
  });

  it('names the record missing its quote', () => {
    expect(importMessage(backupWith((hs) => { delete hs[1]!.text; }))).toBe(`Record 2 (${sampleHighlights[1]!.id}): "text" is missing`);
    const anno = toW3cAnnotation(sampleHighlights[0]!);
    const noQuote = { ...anno, target: { source: anno.target.source, selector: [anno.target.selector[1]] } };
    expect(importMessage(JSON.stringify([anno, noQuote]))).toMatch(/^Record 2 \(urn:uuid:.*\): "target\.selector" has no TextQuoteSelector/);
    const bookmark = { type: 'Annotation', id: 'https://x.example/a1', target: 'https://x.example/page' };
    expect(importMessage(JSON.stringify(bookmark))).toMatch(/^Record 1 \(https:\/\/x\.example\/a1\): .*TextQuoteSelector/);
  });

  it('names the field when a colour or state is unknown', () => {
    expect(importMessage(backupWith((hs) => { hs[0]!.color = 'red'; }))).toMatch(/^Record 1 \(.*\): "color" is "red", expected one of yellow, green/);
  });

  it('names fields of an annotation file as the file calls them', () => {
    const anno = { ...toW3cAnnotation(sampleHighlights[0]!), 'brieflight:color': 'red' };
    expect(importMessage(JSON.stringify(anno))).toMatch(/^Record 1 \(urn:uuid:.*\): "brieflight:color" is "red"/);
    const bad = toW3cAnnotation(sampleHighlights[0]!);
    bad.target.selector[1].start = -4;
    expect(importMessage(JSON.stringify(bad))).toMatch(/"TextPositionSelector.start" is negative/);
  });

  it('names what is not an annotation in a list of annotations', () => {
    const anno = toW3cAnnotation(sampleHighlights[0]!);
    expect(importMessage(JSON.stringify([anno, { type: 'Note', id: 'x:1' }]))).toBe('Record 2 (x:1): "type" is not "Annotation"');
    const page = { type: 'AnnotationPage', items: [anno, 'https://x.example/anno/7'] };
    expect(importMessage(JSON.stringify(page))).toBe('Record 2 (https://x.example/anno/7): is a link to an annotation, not the annotation itself');
  });

  it('explains a collection whose annotations are elsewhere', () => {
    const collection = { type: 'AnnotationCollection', id: 'https://x.example/c', total: 42, first: 'https://x.example/c/page1' };
    expect(importMessage(JSON.stringify(collection))).toMatch(/on another page \(https:\/\/x\.example\/c\/page1\)/);
    const paged = { type: 'AnnotationPage', id: 'https://x.example/c/page1', next: 'https://x.example/c/page2', items: [toW3cAnnotation(sampleHighlights[0]!)] };
    expect(importMessage(JSON.stringify(paged))).toMatch(/continues on another page \(https:\/\/x\.example\/c\/page2\)/);
  });

  it('names a broken article of a backup', () => {
    const doc = JSON.parse(toBackup(sampleHighlights, sampleArticles));
    doc.articles[1].published = 42;
    expect(importMessage(JSON.stringify(doc))).toBe(`Article 2 (${sampleArticles[1]!.pageKey}): "published" should be string, not number`);
  });

  it('refuses a backup from a newer version', () => {
    expect(importMessage(JSON.stringify({ format: 'brieflight-backup', version: 2, highlights: [] }))).toMatch(/version 2.*Update Brieflight/);
  });

  it('refuses a file over 200 MB before reading it', () => {
    expect(MAX_IMPORT_BYTES).toBe(200 * 1024 * 1024);
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).not.toThrow();
    expect(() => checkImportSize(MAX_IMPORT_BYTES + 1)).toThrow(ImportError);
    expect(() => checkImportSize(300 * 1024 * 1024)).toThrow('The file is 300 MB; Brieflight imports files up to 200 MB.');
    // parseImport checks the size it is told before it parses anything.
    expect(importMessage('not even json', { bytes: 250 * 1024 * 1024 })).toMatch(/^The file is 250 MB/);
  });
});

const first = sampleHighlights[0]!;

describe('what an import checks beyond the schema', () => {
  it('refuses a date the pattern lets through but that is no instant (+99:99)', () => {
    const text = backupWith((hs) => void (hs[0]!.modified = '2026-11-20T10:00:00+99:99'));
    expect(importMessage(text)).toBe(`Record 1 (${first.id}): "modified" is not a date ("2026-11-20T10:00:00+99:99")`);
  });

  it('takes 10:00+07:00 as older than 05:00Z when deciding which copy is newer', async () => {
    const text = backupWith((hs) => void (hs[0]!.modified = '2026-11-20T10:00:00+07:00'));
    const plan = await planImport(parseImport(text), new Map([[first.id, '2026-11-20T05:00:00.000Z']]));
    expect(plan.summary).toMatch(/^added \d+, updated 0, skipped 1/);
  });

  it('reads an upper-case UUID as the same highlight', () => {
    const text = backupWith((hs) => void (hs[0]!.id = first.id.toUpperCase()));
    expect(parseImport(text).highlights[0]!.id).toBe(first.id);
  });

  it('counts a highlight the file holds twice instead of dropping it silently', async () => {
    const text = backupWith((hs) => void hs.push({ ...hs[0]!, id: first.id.toUpperCase() }));
    const plan = await planImport(parseImport(text), new Map());
    expect(plan.add).toHaveLength(sampleHighlights.length);
    expect(plan.duplicates).toBe(1);
    expect(plan.summary).toContain('1 copy of a highlight the file holds twice left out');
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd'])('refuses a page address that is not a web page: %s', (url) => {
    const text = backupWith((hs) => void (hs[1]!.url = url));
    expect(importMessage(text)).toMatch(new RegExp(`^Record 2 \\(${sampleHighlights[1]!.id}\\): the page address .* is not a web page \\(http or https\\)`));
  });

  it('names a selector chain nested ten thousand levels deep instead of overflowing the stack', () => {
    const a = toW3cAnnotation(first) as unknown as { target: { selector: unknown[] } };
    // Written as text: JSON.stringify itself recurses.
    const chain = '{"type":"FragmentSelector","value":"p","refinedBy":'.repeat(10_000) + '{"type":"FragmentSelector","value":"end"}' + '}'.repeat(10_000);
    const text = JSON.stringify(a).replace('"selector":[', `"selector":[${chain},`);
    expect(importMessage(text)).toMatch(/"target.selector" holds more than 1000 selectors \(refinedBy nested too deep\)/);
  });

  it('still reads a quote refined under a fragment selector', () => {
    const a = toW3cAnnotation(first) as unknown as { target: { selector: unknown[] } };
    a.target.selector = [{ type: 'FragmentSelector', value: 'p1', refinedBy: a.target.selector }];
    expect(parseImport(JSON.stringify(a)).highlights[0]!.text).toBe(first.text);
  });
});
