import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';
import { layoutAll, type ExportLayout } from './layout';

/** The full backup: every field of every record, so an import gives back exactly what was exported. */
export const BACKUP_FORMAT = 'brieflight-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exported: string;
  highlights: Highlight[];
  articles: Article[];
}

/** The backup, one record per line, so big backups stream and diff well. */
export const backupLayout = (): ExportLayout => ({
  record: (h) => JSON.stringify(h),
  *file(records, articles, exported) {
    yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exported":${JSON.stringify(exported.toISOString())},\n"highlights":[`;
    for (let i = 0; i < records.length; i++) {
      yield i ? ',\n' : '\n';
      yield records[i]!;
    }
    yield* articleLines(articles);
  },
});

function* articleLines(articles: readonly Article[]): Generator<string> {
  yield '\n],\n"articles":[';
  for (let i = 0; i < articles.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(articles[i]);
  yield '\n]}\n';
}

export function backupParts(highlights: readonly Highlight[], articles: readonly Article[], exported = new Date()): Generator<string> {
  return layoutAll(backupLayout(), highlights, articles, exported);
}

export function toBackup(highlights: readonly Highlight[], articles: readonly Article[], exported = new Date()): string {
  return [...backupParts(highlights, articles, exported)].join('');
}
