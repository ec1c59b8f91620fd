// Storage benchmark: the library's queries, saves, exports and import at 100,000 highlights on 5,000 pages,
// in the real Chromium with its real IndexedDB (fake-indexeddb's speed says nothing about the browser's).
// `npm run bench storage` or `node --import tsx bench/storage.ts`. Writes bench/results/storage.json.
import http from 'node:http';
import os from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { bundleForPage } from './lib/bundle';
import { round } from './lib/figures';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import type { StorageBench } from './lib/storage-page';

const here = path.dirname(fileURLToPath(import.meta.url));
const HIGHLIGHTS = Number(process.env.BENCH_HIGHLIGHTS ?? 100_000);
const PAGES = Number(process.env.BENCH_PAGES ?? 5_000);
const FORMATS = ['w3c', 'markdown', 'csv', 'backup'] as const;
// One-letter words ("y", "8") are indexed like any other (database version 4).
const QUERIES = ['giai ngan', 'giải ngân vốn', 'da nang', 'thu tuong yeu cau', 'can tho', 'inflation', 'renewable energy', 'vinfast', 'tang truong 8%', 'y te co so'];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

async function serve(script: string) {
  const server = http.createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return res.end(script);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><meta charset="utf-8"><title>storage bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

async function main() {
  const started = Date.now();
  const server = await serve(await bundleForPage(path.join(here, 'lib/storage-page.ts')));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(server.url);
    type Call = <K extends keyof StorageBench>(name: K, ...args: Parameters<StorageBench[K]>) => Promise<Awaited<ReturnType<StorageBench[K]>>>;
    const call: Call = (name, ...args) =>
      page.evaluate(([n, a]) => (globalThis as unknown as { storageBench: Record<string, (...x: unknown[]) => unknown> }).storageBench[n as string]!(...(a as unknown[])), [name, args] as const) as never;

    const seeded = await call('seed', HIGHLIGHTS, PAGES);
    console.log(`seeded ${seeded.count} highlights on ${PAGES} pages: generated in ${round(seeded.generatedMs)} ms, inserted in ${round(seeded.insertMs)} ms`);

    // The library page, when it opens, folds the words rows of highlights saved one by one into segments.
    const compacted = await call('compact');
    console.log(`compact the words table (as the library page does when it opens): ${compacted.folded} of ${compacted.words} rows folded in ${round(compacted.ms)} ms, ${compacted.left} left`);

    // The browser's database compacts its files in the background after ~200,000 rows were written
    // and rewritten above; a reader's page loads happen long after. Let that settle first.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const lookups = await call('pageLookups', 300);
    console.log(`page lookup (${lookups.found / 300} highlights a page): p50 ${round(percentile(lookups.times, 50))} ms, p95 ${round(percentile(lookups.times, 95))} ms`);

    const opened = await call('openLibrary');
    console.log(`open the library (newest 50 of ${opened.total}): ${round(opened.ms)} ms`);
    const first = await call('firstSearch', 'giai ngan');
    console.log(`first search after opening ("giai ngan"): ${round(first.ms)} ms`);
    const searches = await call('searches', QUERIES, 5);
    const searchTimes: number[] = [];
    for (const s of searches) {
      console.log(`search "${s.query}": ${s.total} matches, p50 ${round(percentile(s.times, 50))} ms, max ${round(Math.max(...s.times))} ms`);
      searchTimes.push(...s.times);
    }

    const saves = await call('saves', 300);
    console.log(`save one highlight: p50 ${round(percentile(saves.times, 50))} ms, p95 ${round(percentile(saves.times, 95))} ms`);

    const exports: Record<string, { ms: number; bytes: number }> = {};
    for (const format of FORMATS) {
      exports[format] = await call('exportFormat', format);
      console.log(`export ${format}: ${round(exports[format]!.ms)} ms, ${(exports[format]!.bytes / 1e6).toFixed(1)} MB`);
    }

    const zip = await call('exportMarkdownZip');
    console.log(`export markdown zip (a file per page): ${round(zip.ms)} ms, ${(zip.bytes / 1e6).toFixed(1)} MB`);

    const imported = await call('importBackup', QUERIES);
    console.log(`import the backup into an empty database: ${round(imported.ms)} ms, of which reading and validating the file ${round(imported.parseMs)} ms (${imported.result.summary})`);
    if (imported.count !== imported.result.added) throw new Error(`the import holds ${imported.count} highlights, not ${imported.result.added}`);
    console.log(`search in the imported database (posting lists): p50 ${round(percentile(imported.searchTimes, 50))} ms, p95 ${round(percentile(imported.searchTimes, 95))} ms`);
    const { visits } = imported;
    console.log(`visit ${visits.pages} pages of imported highlights with changed states: ${visits.rowsRewritten} rows rewritten (${visits.records} records, ${visits.released} released) in ${round(visits.ms)} ms`);

    const results = {
      highlights: seeded.count,
      pages: PAGES,
      insertMs: round(seeded.insertMs),
      compactMs: round(compacted.ms),
      pageLookupP50Ms: round(percentile(lookups.times, 50)),
      pageLookupP95Ms: round(percentile(lookups.times, 95)),
      saveP50Ms: round(percentile(saves.times, 50)),
      saveP95Ms: round(percentile(saves.times, 95)),
      searchP50Ms: round(percentile(searchTimes, 50)),
      searchMs: round(percentile(searchTimes, 95)),
      firstSearchMs: round(first.ms),
      openLibraryMs: round(opened.ms),
      searches: searches.map((s) => ({ query: s.query, matches: s.total, p50Ms: round(percentile(s.times, 50)), maxMs: round(Math.max(...s.times)) })),
      exportW3cMs: round(exports.w3c!.ms),
      exportMarkdownMs: round(exports.markdown!.ms),
      exportCsvMs: round(exports.csv!.ms),
      exportBackupMs: round(exports.backup!.ms),
      exportMarkdownZipMs: round(zip.ms),
      visitedPages: visits.pages,
      visitRowsRewritten: visits.rowsRewritten,
      visitMs: round(visits.ms),
      exportBytes: Object.fromEntries(FORMATS.map((f) => [f, exports[f]!.bytes])),
      loadAverage: os.loadavg().map(round),
      cpus: os.cpus().length,
      importBackupMs: round(imported.ms),
      importParseMs: round(imported.parseMs),
      importedSearchP50Ms: round(percentile(imported.searchTimes, 50)),
      importedSearchP95Ms: round(percentile(imported.searchTimes, 95)),
      imported: imported.count,
      goals: { pageLookupP95Ms: 5, saveP95Ms: 10, searchMs: 100, exportMs: 3000, importBackupMs: 10000, visitRowsRewritten: 0 },
      totalSeconds: Math.round((Date.now() - started) / 1000),
    };
    const failed = [
      results.pageLookupP95Ms > 5 && 'page lookup',
      results.saveP95Ms > 10 && 'save',
      results.searchMs > 100 && 'search',
      (FORMATS.some((f) => exports[f]!.ms > 3000) || zip.ms > 3000) && 'export',
      results.importBackupMs > 10000 && 'import',
      visits.rowsRewritten > 0 && 'visits rewrite highlights',
    ].filter(Boolean);
    mkdirSync(path.join(here, 'results'), { recursive: true });
    writeFileSync(path.join(here, 'results/storage.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(`search p95 over ${searchTimes.length} runs: ${results.searchMs} ms`);
    console.log(failed.length ? `over goal: ${failed.join(', ')}` : 'all storage goals met');
    console.log(`wrote bench/results/storage.json (${results.totalSeconds} s)`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
