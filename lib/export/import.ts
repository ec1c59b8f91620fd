import type { ZodType, ZodTypeDef } from 'zod';
import { article, type Article } from '../model/article';
import { highlight, type Highlight } from '../model/highlight';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';
import { describeIssue, ImportError, recordLabel } from './errors';
import { annotationToHighlight, annotationToPageNote, findAnnotations } from './w3c-import';
import { pageNote, type PageNote } from './page-note';
import { checkImported } from './import-checks';

/** What an import file holds, every record validated; nothing is written yet. */
export interface ImportBatch {
  highlights: Highlight[];
  articles: Article[];
  /** The reader's notes on whole pages (none when left out). */
  pageNotes?: PageNote[];
  /** Which kind of file it was, for the summary. */
  source: 'backup' | 'w3c';
  /** With `skipUnusable`: why each left-out annotation was left out (the ImportError message). */
  skipped: string[];
}

export interface ImportOptions {
  /** The file's size in bytes when known (File.size); the text length is used otherwise. */
  bytes?: number;
  /** Time given to foreign annotations that carry no date (tests pass a fixed one). */
  now?: Date;
  /**
   * Leave out W3C annotations that cannot be highlights (page notes, bookmarks, image regions, bad
   * records) instead of refusing the file; they are listed in `skipped`. Backups are always all or nothing.
   */
  skipUnusable?: boolean;
}

/** Files above this are refused before parsing: JSON.parse of more would hold several times the size in memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Call with File.size before reading the file; throws an ImportError when it is too big. */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new ImportError(`The file is ${mb(bytes)}; Brieflight imports files up to ${mb(MAX_IMPORT_BYTES)}. Split it or export less.`);
  }
}

function validate<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown, label: string, fieldName?: (path: string) => string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ImportError(`${label}: ${issue ? describeIssue(issue, fieldName) : 'is not valid'}`);
}

/** A highlight field by the name it has in an annotation file, so the reader can find it there. */
const W3C_FIELD: Record<string, string> = {
  id: 'id',
  url: 'target.source',
  pageKey: 'brieflight:pageKey',
  title: 'brieflight:title',
  color: 'brieflight:color',
  state: 'brieflight:state',
  tags: 'body (tagging)',
  note: 'body',
};
const w3cFieldName = (path: string): string =>
  W3C_FIELD[path] ?? path.replace(/^selectors\.quote/, 'TextQuoteSelector').replace(/^selectors\.position/, 'TextPositionSelector').replace(/^text$/, 'TextQuoteSelector.exact');

const idOf = (v: unknown, key: string): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined);

function readBackup(doc: Record<string, unknown>): ImportBatch {
  if (doc.version !== BACKUP_VERSION) {
    throw new ImportError(`This backup has version ${JSON.stringify(doc.version)}; this Brieflight reads version ${BACKUP_VERSION}. Update Brieflight and try again.`);
  }
  if (!Array.isArray(doc.highlights)) throw new ImportError('The backup has no "highlights" list.');
  const rawArticles = doc.articles ?? [];
  if (!Array.isArray(rawArticles)) throw new ImportError('The backup\'s "articles" is not a list.');
  const rawNotes = doc.pageNotes ?? [];
  if (!Array.isArray(rawNotes)) throw new ImportError('The backup\'s "pageNotes" is not a list.');
  return {
    source: 'backup',
    skipped: [],
    pageNotes: rawNotes.map((n, i) => validate(pageNote, n, recordLabel('Page note', i, idOf(n, 'pageKey')))),
    highlights: doc.highlights.map((h, i) => {
      const label = recordLabel('Record', i, idOf(h, 'id'));
      return checkImported(validate(highlight, h, label), label);
    }),
    articles: rawArticles.map((a, i) => validate(article, a, recordLabel('Article', i, idOf(a, 'pageKey')))),
  };
}

function readAnnotations(annotations: unknown[], now: Date, skipUnusable: boolean): ImportBatch {
  const importedAt = now.toISOString();
  const batch: ImportBatch = { source: 'w3c', highlights: [], articles: [], pageNotes: [], skipped: [] };
  annotations.forEach((a, i) => {
    try {
      const label = recordLabel('Record', i, idOf(a, 'id'));
      const note = annotationToPageNote(a);
      if (note) return void batch.pageNotes!.push(validate(pageNote, note, label));
      batch.highlights.push(checkImported(validate(highlight, annotationToHighlight(a, i, importedAt), label, w3cFieldName), label));
    } catch (e) {
      if (!skipUnusable || !(e instanceof ImportError)) throw e;
      batch.skipped.push(e.message);
    }
  });
  return batch;
}

/**
 * Reads an import file: a Brieflight backup, or W3C Web Annotations (one, an array, a collection or a page).
 * Every record is checked before anything is returned; the first bad one throws an ImportError naming it.
 */
export function parseImport(text: string, opts: ImportOptions = {}): ImportBatch {
  // Each UTF-16 unit is at least one byte, so the length is a safe lower bound when the size is unknown.
  checkImportSize(opts.bytes ?? text.length);
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ImportError('The file is empty.');
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    throw new ImportError(`The file is not JSON (${e instanceof Error ? e.message : String(e)}). Brieflight imports its own backups and W3C Web Annotation files.`);
  }
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc) && (doc as Record<string, unknown>).format === BACKUP_FORMAT) {
    return readBackup(doc as Record<string, unknown>);
  }
  const annotations = findAnnotations(doc);
  if (!annotations) {
    throw new ImportError('The file is JSON but neither a Brieflight backup nor W3C Web Annotations (no "format": "brieflight-backup", no "type": "Annotation").');
  }
  return readAnnotations(annotations, opts.now ?? new Date(), opts.skipUnusable ?? false);
}
