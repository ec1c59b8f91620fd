// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, ExportBuilder, exportChunks, exportText } from '../../../lib/export';
import { sampleArticles, sampleHighlights } from '../../fixtures/export/sample';

const NOW = new Date('2026-11-26T10:00:00Z');

async function collect(gen: AsyncGenerator<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of gen) out.push(chunk);
  return out;
}

describe('chunked export', () => {
  it.each(EXPORT_FORMATS.filter((f) => f !== 'w3c'))('%s: the chunks join to the same file as the one-shot export', async (format) => {
    const chunks = await collect(exportChunks(format, sampleHighlights, sampleArticles, { chunkSize: 2, now: NOW }));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(exportText(format, sampleHighlights, sampleArticles, NOW));
  });

  it('w3c: the chunks join to a collection holding every highlight', async () => {
    const chunks = await collect(exportChunks('w3c', sampleHighlights, sampleArticles, { chunkSize: 1 }));
    expect(chunks.length).toBeGreaterThan(sampleHighlights.length);
    expect(JSON.parse(chunks.join('')).first.items).toHaveLength(sampleHighlights.length);
  });

  it.each(EXPORT_FORMATS.filter((f) => f !== 'w3c'))('%s: batches added in any order, then sorted, give the file of the sorted list', async (format) => {
    const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
    const builder = new ExportBuilder(format);
    // As the library reads key ranges: batches arrive in no particular order.
    builder.add(sampleHighlights.slice(2));
    builder.add(sampleHighlights.slice(0, 2).reverse());
    builder.sort(byText);
    const file = await builder.toBlob(sampleArticles, { now: NOW });
    expect(builder.count).toBe(sampleHighlights.length);
    // Byte for byte: the BOM of the CSV, Vietnamese text and line breaks encoded as UTF-8.
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new TextEncoder().encode(exportText(format, [...sampleHighlights].sort(byText), sampleArticles, NOW)));
  });

  it('gives the page back between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await collect(exportChunks('csv', sampleHighlights, sampleArticles, { chunkSize: 1 }));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
