import type { BrieflightDB } from '@/lib/db';
import type { LibraryFilters } from '@/lib/db/library';
import { collectForExport, exportLibrary } from '@/lib/db/library-export';
import { EXPORT_FILE, markdownZip, type ExportFormat } from '@/lib/export';
import { saveFile } from './save-file';

/**
 * Exports what the filters show into a file the browser downloads. The text is built in chunks
 * that give the thread back between them, so the page keeps answering; the download is an
 * `<a download>` click on a Blob URL, which needs no downloads permission.
 */
export async function downloadExport(db: BrieflightDB, format: ExportFormat, filters: LibraryFilters, now = new Date()): Promise<number> {
  const { count, file } = await exportLibrary(db, format, filters, { now });
  saveFile(file, `brieflight-${format}-${day(now)}.${EXPORT_FILE[format].extension}`);
  return count;
}

/** What the filters show as Markdown, one file per page, in a zip. */
export async function downloadMarkdownZip(db: BrieflightDB, filters: LibraryFilters, now = new Date()): Promise<number> {
  const { highlights, articles, notes } = await collectForExport(db, filters);
  saveFile(new Blob([markdownZip(highlights, articles, notes, now) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `brieflight-markdown-${day(now)}.zip`);
  return highlights.length;
}

const day = (now: Date) => now.toISOString().slice(0, 10);
