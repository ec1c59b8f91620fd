// Runs inside Chromium (bundled by bench/storage.ts with esbuild): the real IndexedDB, the same lib/ code the library page runs.
import Dexie from 'dexie';
import { openDatabase, createHighlight, highlightsForPage, restoreHighlights, setStates, type BrieflightDB } from '../../lib/db';
import { forgetWordLookups, queryLibrary } from '../../lib/db/library';
import { compactWords } from '../../lib/db/terms';
import { collectForExport, exportLibrary } from '../../lib/db/library-export';
import { applyImport } from '../../lib/db/library-changes';
import { EXPORT_FORMATS, markdownZip, parseImport, type ExportFormat } from '../../lib/export';
import { generateLibrary, prng, type Library } from './storage-data';

let db: BrieflightDB;
let library: Library;
let backup: Blob | null = null;

const now = () => performance.now();

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = now();
  const value = await fn();
  return [now() - t0, value];
}

/**
 * Visiting pages of imported highlights whose anchoring state changed (every highlight of the page
 * reported the other state, as a changed page would): how many rows that wrote outside the blocks.
 * The goal is none: a visit is bookkeeping, not an edit, and should never rewrite a highlight.
 */
async function visitImportedPages(target: BrieflightDB, pages: number) {
  const keys = library.pageKeys.slice(0, pages);
  const before = { records: await target.highlights.count(), released: await target.released.count() };
  const [ms] = await timed(async () => {
    for (const key of keys) {
      const shown = await highlightsForPage(target, key);
      await setStates(target, shown.map((h) => ({ id: h.id, state: h.state === 'anchored' ? ('orphaned' as const) : ('anchored' as const) })));
    }
  });
  const records = (await target.highlights.count()) - before.records;
  const released = (await target.released.count()) - before.released;
  return { pages: keys.length, ms, rowsRewritten: records + released, records, released };
}

const api = {
  async seed(highlights: number, pages: number) {
    await Dexie.delete('bench');
    db = openDatabase('bench');
    const t0 = now();
    library = generateLibrary(highlights, pages);
    const generated = now() - t0;
    // Through the library's own write (it keeps the pages table in step), 5,000 at a time.
    for (let i = 0; i < library.highlights.length; i += 5000) {
      await restoreHighlights(db, library.highlights.slice(i, i + 5000));
    }
    await db.articles.bulkAdd(library.articles);
    return { generatedMs: generated, insertMs: now() - t0 - generated, count: await db.highlights.count() };
  },

  /** What the library page does when it opens: fold the loose words rows into posting-list segments. */
  async compact() {
    const words = await db.words.count();
    const [ms, folded] = await timed(() => compactWords(db));
    return { ms, words, folded, left: await db.words.count() };
  },

  async pageLookups(n: number) {
    const rand = prng(7);
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < n; i++) {
      const key = library.pageKeys[Math.floor(rand() * library.pageKeys.length)]!;
      const [ms, rows] = await timed(() => highlightsForPage(db, key));
      times.push(ms);
      found += rows.length;
    }
    return { times, found };
  },

  /** Opening the library page: the newest rows and the count. */
  async openLibrary() {
    const [ms, result] = await timed(() => queryLibrary(db, {}, { offset: 0, limit: 50 }));
    return { ms, total: result.total };
  },

  /** The first search after opening the library: it also reads the created order, which later searches reuse. */
  async firstSearch(query: string) {
    const [ms, result] = await timed(() => queryLibrary(db, { query }, { offset: 0, limit: 100 }));
    return { ms, total: result.total };
  },

  async searches(queries: string[], repeat: number) {
    const out = queries.map((query) => ({ query, times: [] as number[], total: 0 }));
    // Each run is a search typed for the first time: no word look-up or result is reused. The
    // created order stays remembered, as it does while the library page is open.
    for (let i = 0; i < repeat; i++) {
      for (const entry of out) {
        forgetWordLookups(db);
        const [ms, result] = await timed(() => queryLibrary(db, { query: entry.query }, { offset: 0, limit: 100 }));
        entry.times.push(ms);
        entry.total = result.total;
      }
    }
    return out;
  },

  async saves(n: number) {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const source = library.highlights[(i * 97) % library.highlights.length]!;
      const [ms] = await timed(() => createHighlight(db, { pageKey: source.pageKey, url: source.url, title: source.title, text: `${source.text} (${i})`, selectors: source.selectors }));
      times.push(ms);
    }
    return { times };
  },

  /** As the library page's export button does it (components/library/download.ts), up to the Blob. */
  async exportFormat(format: ExportFormat) {
    const [ms, bytes] = await timed(async () => {
      const { file } = await exportLibrary(db, format);
      if (format === 'backup') backup = file;
      return file.size;
    });
    return { ms, bytes };
  },

  /** The library's "Markdown (a file per page, zip)" button (components/library/download.ts), up to the zip's bytes. */
  async exportMarkdownZip() {
    const [ms, bytes] = await timed(async () => {
      const { highlights, articles, notes } = await collectForExport(db);
      return markdownZip(highlights, articles, notes).byteLength;
    });
    return { ms, bytes };
  },

  async importBackup(searchQueries: string[] = []) {
    if (!backup) throw new Error('export the backup first');
    await Dexie.delete('bench-import');
    const target = openDatabase('bench-import');
    const file = backup;
    let parseMs = 0;
    const [ms, result] = await timed(async () => {
      const t0 = now();
      const batch = parseImport(await file.text(), { bytes: file.size });
      parseMs = now() - t0;
      return applyImport(target, batch);
    });
    // The imported highlights are in the import's segment (blocks and posting lists): count and search them there.
    const { total: count } = await queryLibrary(target, {}, { offset: 0, limit: 50 });
    // As after the seeding: the browser's database settles after 100,000 rows of writes first.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const searchTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      for (const query of searchQueries) {
        forgetWordLookups(target);
        const [ms] = await timed(() => queryLibrary(target, { query }, { offset: 0, limit: 100 }));
        searchTimes.push(ms);
      }
    }
    const visits = await visitImportedPages(target, 200);
    target.close();
    await Dexie.delete('bench-import');
    return { ms, parseMs, result, count, searchTimes, visits };
  },
};

(globalThis as unknown as { storageBench: typeof api }).storageBench = api;
export type StorageBench = typeof api;
export { EXPORT_FORMATS };
