import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { layoutAll, type ExportLayout } from './layout';
import type { PageNote, PageNotes } from './page-note';

/** The full backup: every field of every record, so an import gives back exactly what was exported. */
export const BACKUP_FORMAT = 'brieflight-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exported: string;
  highlights: Highlight[];
  articles: Article[];
  /** The reader's notes on whole pages, of the pages the backup holds highlights of (optional: older backups have none). */
  pageNotes?: PageNote[];
}

/** The backup, one record per line, so big backups stream and diff well. */
export const backupLayout = (): ExportLayout => ({
  record: (h) => JSON.stringify(h),
  *file(records, articles, exported, notes = new Map()) {
    yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exported":${JSON.stringify(exported.toISOString())},\n"highlights":[`;
    for (let i = 0; i < records.length; i++) {
      yield i ? ',\n' : '\n';
      yield records[i]!;
    }
    yield* articleLines(articles);
    yield* pageNoteLines(notesOf(records.map((r) => r.h), notes));
  },
});

function* articleLines(articles: readonly Article[]): Generator<string> {
  yield '\n],\n"articles":[';
  for (let i = 0; i < articles.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(articles[i]);
  yield '\n],';
}

/** The notes of the pages these highlights are on, in the order their pages first come. */
export function notesOf(highlights: readonly Highlight[], notes: PageNotes): PageNote[] {
  const out: PageNote[] = [];
  const seen = new Set<string>();
  for (const { pageKey } of highlights) {
    const n = notes.get(pageKey);
    if (seen.has(pageKey) || !n) continue;
    seen.add(pageKey);
    out.push({ pageKey, note: n.note, modified: n.modified });
  }
  return out;
}

function* pageNoteLines(notes: readonly PageNote[]): Generator<string> {
  yield '\n"pageNotes":[';
  for (let i = 0; i < notes.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(notes[i]);
  yield '\n]}\n';
}

export function backupParts(highlights: readonly Highlight[], articles: readonly Article[], exported = new Date(), notes?: PageNotes): Generator<string> {
  return layoutAll(backupLayout(), highlights, articles, exported, notes);
}

export function toBackup(highlights: readonly Highlight[], articles: readonly Article[], exported = new Date(), notes?: PageNotes): string {
  return [...backupParts(highlights, articles, exported, notes)].join('');
}
