/**
 * Why a database call failed, in the terms the library page explains to the reader. The page keeps
 * whatever the reader was doing (the edited text, the chosen import file) so it can be tried again.
 */
export type StorageProblem =
  /** The disk or the browser's storage quota is full. */
  | 'quota'
  /** Another tab holds the database open on an older version, so it cannot be upgraded. */
  | 'blocked'
  /** The database could not be opened (a newer version, a broken profile, private mode limits). */
  | 'open'
  /** Anything else: shown with its own message. */
  | 'other';

const names = (error: unknown): string[] => {
  const out: string[] = [];
  // Dexie wraps the browser's error (AbortError around QuotaExceededError); look through the chain.
  for (let e = error as { name?: unknown; inner?: unknown } | null | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
    if (typeof e.name === 'string') out.push(e.name);
  }
  return out;
};

export function storageProblem(error: unknown): StorageProblem {
  const seen = names(error);
  const text = error instanceof Error ? error.message : String(error);
  if (seen.includes('QuotaExceededError') || /quota/i.test(text)) return 'quota';
  if (seen.includes('BlockedError') || /blocked/i.test(text)) return 'blocked';
  if (seen.some((n) => ['OpenFailedError', 'DatabaseClosedError', 'VersionError', 'InvalidStateError', 'MissingAPIError', 'UnknownError'].includes(n))) return 'open';
  return 'other';
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
