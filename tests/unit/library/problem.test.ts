import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { problemText } from '../../../components/library/problem';
import { storageProblem } from '../../../lib/db/library-errors';

describe('what the reader is told when the database refuses', () => {
  it('recognises a full disk even when Dexie wraps it in an abort', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    expect(storageProblem(quota)).toBe('quota');
    expect(storageProblem(wrapped)).toBe('quota');
    expect(problemText(wrapped)).toMatch(/Free some disk space.*Your change is kept here/);
  });

  it('tells the reader to close other library tabs when the database cannot open', () => {
    expect(storageProblem(new Dexie.OpenFailedError('UnknownError'))).toBe('open');
    expect(problemText(new Dexie.OpenFailedError('UnknownError'))).toContain('Close other Brieflight library tabs');
    expect(problemText(Object.assign(new Error('blocked'), { name: 'BlockedError' }))).toContain('Close the other library tabs');
  });
});
