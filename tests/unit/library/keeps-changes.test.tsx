import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../lib/db';
import { collectForExport } from '../../../lib/db/library-export';
import { HighlightEditor } from '../../../components/library/HighlightEditor';
import { ImportPanel } from '../../../components/library/ImportPanel';
import { makeHighlight, smallLibrary } from '../../fixtures/library/records';
import { byTestId, mounted } from './mounted';

// Waits (in steps, letting Preact render) until the element shows: a loaded machine can be slow.
const shown = (id: string) => vi.waitFor(async () => {
  await act(() => new Promise<void>((r) => setTimeout(r, 10)));
  const el = byTestId(dom.root(), id);
  if (!el) throw new Error(`no ${id} yet`);
  return el;
}, { timeout: 5_000, interval: 20 });

const dom = mounted();
const mount = dom.mount;

describe('a change the database refuses', () => {
  it('keeps the note the reader typed, with the reason beside it', async () => {
    const row = makeHighlight({ text: 'Thủ tướng yêu cầu giải ngân', note: 'cũ' });
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    let closed = 0;
    mount(<HighlightEditor row={row} onDelete={() => {}} onClose={() => closed++} onChange={() => Promise.reject(new Error(`Out of space: ${full.message}`))} />);
    const note = byTestId(dom.root(), 'note-editor') as HTMLTextAreaElement;
    await act(() => {
      note.value = 'Ghi chú mới,\nchưa lưu';
      note.dispatchEvent(new Event('input', { bubbles: true }));
      note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect((await shown('row-error')).textContent).toContain('Out of space');
    expect((byTestId(dom.root(), 'note-editor') as HTMLTextAreaElement).value).toBe('Ghi chú mới,\nchưa lưu');
    expect(closed).toBe(0);
  });

  it('keeps the import file chosen, writes nothing, and imports it on "Try again"', async () => {
    const db = openDatabase('keeps-import');
    const backup = JSON.stringify({ format: 'brieflight-backup', version: 1, exported: '2026-11-26T00:00:00.000Z', highlights: smallLibrary(), articles: [] });
    const file = new File([backup], 'backup.json', { type: 'application/json' });
    let diskFull = true;
    // An import writes its highlights in blocks (lib/db/blocks.ts).
    db.blocks.hook('creating', () => {
      if (diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let imported = 0;
    mount(<ImportPanel db={db} onImported={() => imported++} />);
    const input = byTestId(dom.root(), 'import-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect((await shown('import-error')).textContent).toMatch(/nothing in your library changed.*Free some disk space/s);
    expect((await collectForExport(db)).highlights).toHaveLength(0);
    expect(imported).toBe(0);

    diskFull = false;
    await act(() => byTestId(dom.root(), 'import-retry')!.click());
    expect((await shown('import-result')).textContent).toContain('added 6, updated 0, skipped 0');
    expect((await collectForExport(db)).highlights).toHaveLength(6);
    expect(imported).toBe(1);
    db.close();
    await Dexie.delete('keeps-import');
  });
});
