import type { Article } from '../model/article';
import type { Highlight } from '../model/highlight';

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

/** String parts of the backup, one record per line, so big backups stream and diff well. */
export function* backupParts(highlights: readonly Highlight[], articles: readonly Article[], exported = new Date()): Generator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exported":${JSON.stringify(exported.toISOString())},\n"highlights":[`;
  for (let i = 0; i < highlights.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(highlights[i]);
  yield '\n],\n"articles":[';
  for (let i = 0; i < articles.length; i++) yield (i ? ',\n' : '\n') + JSON.stringify(articles[i]);
  yield '\n]}\n';
}

export function toBackup(highlights: readonly Highlight[], articles: readonly Article[], exported = new Date()): string {
  return [...backupParts(highlights, articles, exported)].join('');
}
