import { t } from '@/lib/i18n';
import { errorMessage, storageProblem } from '@/lib/db/library-errors';

/** What to tell the reader when the database refused: what happened and what to do about it. */
export function problemText(error: unknown): string {
  const message = errorMessage(error);
  switch (storageProblem(error)) {
    case 'quota': return t('problemQuota', { message });
    case 'blocked': return t('problemBlocked');
    case 'open': return t('problemOpen', { message });
    case 'other': return t('problemOther', { message });
  }
}
