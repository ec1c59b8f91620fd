import { t, type MessageKey } from '../i18n';
import { MessageError, type ErrorCode } from './envelope';

/** What the reader is told for each kind of failure: what happened and what to do, never an exception's text. */
const TOLD: Record<Exclude<ErrorCode, 'refused'>, MessageKey> = {
  'disk-full': 'errorDiskFull',
  storage: 'errorStorage',
  unreachable: 'errorUnreachable',
  'not-found': 'errorGone',
  'invalid-message': 'errorInvalid',
  'forbidden-sender': 'errorForbidden',
  internal: 'errorInternal',
};

/** The sentence a reader sees for a failed request. A refusal carries its own sentence, written for the reader. */
export function friendlyError(error: unknown): string {
  if (error instanceof MessageError) return error.code === 'refused' ? error.message : t(TOLD[error.code]);
  return t('errorInternal');
}
