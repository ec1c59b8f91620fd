import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { backupLayout } from './backup';
import { csvLayout } from './csv';
import { formatAll, layoutAll, textOf, type ExportLayout, type FormattedRecord } from './layout';
import { Utf8Pages } from './utf8-pages';
import { markdownLayout } from './markdown';
import { w3cLayout } from './w3c';
import type { PageNotes } from './page-note';

export const EXPORT_FORMATS = ['w3c', 'markdown', 'csv', 'backup'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File name extension and MIME type, for the download. */
export const EXPORT_FILE: Record<ExportFormat, { extension: string; mime: string }> = {
  w3c: { extension: 'jsonld', mime: 'application/ld+json' },
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  backup: { extension: 'json', mime: 'application/json' },
};

export interface ChunkOptions {
  /** Records per chunk; between chunks the page gets the main thread back. */
  chunkSize?: number;
  /** Export time written into the backup (tests pass a fixed one). */
  now?: Date;
}

/** A fresh layout (the W3C one keeps a cache of encoded addresses for one export). */
function layoutOf(format: ExportFormat): ExportLayout {
  switch (format) {
    case 'w3c': return w3cLayout();
    case 'markdown': return markdownLayout();
    case 'csv': return csvLayout();
    case 'backup': return backupLayout();
  }
}

/**
 * Lets the page paint and handle input: a macrotask, not a microtask, so the event loop really turns.
 * In a page a MessageChannel message: chained setTimeout(0)s are clamped to 4 ms each after the fifth,
 * which over a 100,000-highlight export's hundred chunks is ~0.4 s of idling. Elsewhere (Node) setTimeout.
 */
const breathe: () => Promise<void> =
  typeof document !== 'undefined' && typeof MessageChannel === 'function'
    ? () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            resolve();
          };
          channel.port2.postMessage(null);
        })
    : () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An export built while its highlights arrive: `add` formats each batch at once and encodes it to
 * UTF-8 (so the library formats one batch while the database reads the next), `sort` puts them
 * in the file's order, and `toBlob` lays out the file by copying bytes.
 */
export class ExportBuilder {
  private readonly layout: ExportLayout;
  private readonly records: FormattedRecord[] = [];
  private readonly encoded = new Utf8Pages();

  constructor(readonly format: ExportFormat) {
    this.layout = layoutOf(format);
  }

  get count(): number {
    return this.records.length;
  }

  add(highlights: readonly Highlight[]): void {
    // The text is dropped once encoded: its bytes are what the file needs, and half the memory.
    for (const h of highlights) this.records.push({ h, text: '', bytes: this.encoded.text(this.layout.record(h)) });
  }

  sort(compare: (a: Highlight, b: Highlight) => number): void {
    this.records.sort((a, b) => compare(a.h, b.h));
  }

  /** The file, giving the thread back every `chunkSize` parts so a page exporting 100,000 highlights stays responsive. */
  async toBlob(articles: readonly Article[] = [], opts: ChunkOptions = {}, notes?: PageNotes): Promise<Blob> {
    const size = chunkSizeOf(opts) * 10;
    const file = new Utf8Pages();
    let parts = 0;
    for (const part of this.layout.file(this.records, articles, opts.now ?? new Date(), notes)) {
      if (typeof part === 'string') file.text(part);
      else file.bytes(part.bytes!);
      if (++parts % size === 0) await breathe();
    }
    return new Blob(file.parts(), { type: EXPORT_FILE[this.format].mime });
  }
}

const chunkSizeOf = (opts: ChunkOptions) => Math.max(1, opts.chunkSize ?? 1000);

/**
 * The export of highlights in the order given, as a stream of string chunks: the highlights are
 * formatted a chunk at a time and the file laid out in chunks, with the thread given back in between.
 */
export async function* exportChunks(
  format: ExportFormat,
  highlights: readonly Highlight[],
  articles: readonly Article[] = [],
  opts: ChunkOptions = {},
): AsyncGenerator<string> {
  const layout = layoutOf(format);
  const size = chunkSizeOf(opts);
  const records: FormattedRecord[] = [];
  for (let i = 0; i < highlights.length; i += size) {
    records.push(...formatAll(layout, highlights.slice(i, i + size)));
    await breathe();
  }
  let buffer: string[] = [];
  for (const part of layout.file(records, articles, opts.now ?? new Date())) {
    buffer.push(textOf(part));
    if (buffer.length >= size) {
      yield buffer.join('');
      buffer = [];
      await breathe();
    }
  }
  if (buffer.length) yield buffer.join('');
}

/** The whole export at once, for small selections and for Node scripts. */
export function exportText(format: ExportFormat, highlights: readonly Highlight[], articles: readonly Article[] = [], now = new Date()): string {
  return [...layoutAll(layoutOf(format), highlights, articles, now)].join('');
}
