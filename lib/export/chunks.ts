import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { backupParts } from './backup';
import { csvParts } from './csv';
import { markdownParts } from './markdown';
import { w3cCollectionParts } from './w3c';

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

function parts(format: ExportFormat, highlights: readonly Highlight[], articles: readonly Article[], now: Date): Generator<string> {
  switch (format) {
    case 'w3c': return w3cCollectionParts(highlights);
    case 'markdown': return markdownParts(highlights, articles);
    case 'csv': return csvParts(highlights, articles);
    case 'backup': return backupParts(highlights, articles, now);
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
 * The export as a stream of string chunks, yielding the thread between chunks so a page exporting
 * 100,000 highlights stays responsive. Collect the chunks into a Blob: `new Blob(await Array.fromAsync(...))`,
 * or write them to a file as they come.
 */
export async function* exportChunks(
  format: ExportFormat,
  highlights: readonly Highlight[],
  articles: readonly Article[] = [],
  opts: ChunkOptions = {},
): AsyncGenerator<string> {
  const size = Math.max(1, opts.chunkSize ?? 1000);
  let buffer: string[] = [];
  for (const part of parts(format, highlights, articles, opts.now ?? new Date())) {
    buffer.push(part);
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
  return [...parts(format, highlights, articles, now)].join('');
}
