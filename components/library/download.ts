import type { BrieflightDB } from '@/lib/db';
import type { LibraryFilters } from '@/lib/db/library';
import { exportLibrary } from '@/lib/db/library-export';
import { EXPORT_FILE, type ExportFormat } from '@/lib/export';

/**
 * Exports what the filters show into a file the browser downloads. The text is built in chunks
 * that give the thread back between them, so the page keeps answering; the download is an
 * `<a download>` click on a Blob URL, which needs no downloads permission.
 */
export async function downloadExport(db: BrieflightDB, format: ExportFormat, filters: LibraryFilters, now = new Date()): Promise<number> {
  const { count, file: blob } = await exportLibrary(db, format, filters, { now });
  const file = EXPORT_FILE[format];
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `brieflight-${format}-${now.toISOString().slice(0, 10)}.${file.extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the data by now; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return count;
}
