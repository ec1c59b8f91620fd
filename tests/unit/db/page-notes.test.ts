// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './fresh-database';
import type { BrieflightDB } from '../../../lib/db';
import { getPageNote, setPageNote } from '../../../lib/db/page-notes';
import { applyImport } from '../../../lib/db/library-changes';
import { exportLibrary } from '../../../lib/db/library-export';
import { parseImport, type ExportFormat } from '../../../lib/export';
import { smallLibrary, VN_PAGE, EN_PAGE } from '../../fixtures/library/records';

let db: BrieflightDB;
useFreshDatabase((fresh) => void (db = fresh));

const NOTE = 'Cả bài:\n  - còn 2 việc \n';
const exported = async (format: ExportFormat) => (await exportLibrary(db, format)).file.text();

describe('the note on a whole page', () => {
  it('is kept exactly as written, and an emptied note is removed', async () => {
    await setPageNote(db, VN_PAGE, NOTE, new Date('2026-11-22T00:00:00Z'));
    expect(await getPageNote(db, VN_PAGE)).toEqual({ pageKey: VN_PAGE, note: NOTE, modified: '2026-11-22T00:00:00.000Z' });
    await setPageNote(db, VN_PAGE, '');
    expect(await getPageNote(db, VN_PAGE)).toBeNull();
  });

  it.each(['backup', 'w3c'] as const)('goes out in the %s export and comes back from it, character for character', async (format) => {
    await applyImport(db, { source: 'backup', skipped: [], highlights: smallLibrary(), articles: [] });
    await setPageNote(db, VN_PAGE, NOTE, new Date('2026-11-22T00:00:00Z'));
    const file = await exported(format);
    const batch = parseImport(file);
    expect(batch.pageNotes).toEqual([{ pageKey: VN_PAGE, note: NOTE, modified: '2026-11-22T00:00:00.000Z' }]);
    expect(batch.highlights).toHaveLength(6);

    await setPageNote(db, VN_PAGE, '');
    const result = await applyImport(db, batch);
    expect(result.added).toBe(0);
    expect((await getPageNote(db, VN_PAGE))?.note).toBe(NOTE);
    expect(await getPageNote(db, EN_PAGE)).toBeNull();
  });

  it('is in the Markdown and CSV exports', async () => {
    await applyImport(db, { source: 'backup', skipped: [], highlights: smallLibrary(), articles: [] });
    await setPageNote(db, VN_PAGE, NOTE);
    expect(await exported('markdown')).toContain('Cả bài:  \n\\- còn 2 việc ');
    expect(await exported('csv')).toContain(`"${NOTE}"\r\n`);
  });

  it('keeps the later of two notes when importing an older backup', async () => {
    await applyImport(db, { source: 'backup', skipped: [], highlights: smallLibrary(), articles: [] });
    await setPageNote(db, VN_PAGE, 'cũ', new Date('2026-11-20T00:00:00Z'));
    const old = await exported('backup');
    await setPageNote(db, VN_PAGE, 'mới', new Date('2026-11-25T00:00:00Z'));
    await applyImport(db, parseImport(old));
    expect((await getPageNote(db, VN_PAGE))?.note).toBe('mới');
  });
});
