import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { HighlightChanges } from '../../../lib/model/highlight';
import { HighlightEditor } from '../../../components/library/HighlightEditor';
import { HighlightRow } from '../../../components/library/HighlightRow';
import { editedTags } from '../../../components/library/tags-text';
import { makeHighlight } from '../../fixtures/library/records';
import { byTestId, mounted } from './mounted';

const dom = mounted();
const mount = dom.mount;
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

const THREE_LINES = 'Việc 1: rà soát\nViệc 2: báo cáo trước 30/6\n  Việc 3: theo dõi ';

describe('the library row', () => {
  it('reads as a reading list: the note as written, tags, date, a link to the passage, no form', () => {
    const row = makeHighlight({ text: 'giải ngân vốn đầu tư công', note: THREE_LINES, tags: ['kế hoạch'] });
    mount(<HighlightRow row={row} selected={false} editing={false} onSelect={() => {}} onEditing={() => {}} onChange={async () => {}} onDelete={() => {}} onOpen={() => {}} />);
    expect(byTestId(dom.root(), 'row-note')!.textContent).toBe(THREE_LINES);
    expect(byTestId(dom.root(), 'row-tag')!.textContent).toBe('kế hoạch');
    expect(byTestId(dom.root(), 'row-date')!.getAttribute('datetime')).toBe(row.created);
    expect((byTestId(dom.root(), 'open-at-passage') as HTMLAnchorElement).href).toContain('#:~:text=');
    expect(dom.root().querySelector('textarea, input[type=text], select')).toBeNull();
  });

  it('opens its editor on a click and on Enter', () => {
    const row = makeHighlight({ text: 'giải ngân' });
    const asked: boolean[] = [];
    mount(<HighlightRow row={row} selected={false} editing={false} onSelect={() => {}} onEditing={(o) => asked.push(o)} onChange={async () => {}} onDelete={() => {}} onOpen={() => {}} />);
    act(() => byTestId(dom.root(), 'row-quote')!.click());
    act(() => void byTestId(dom.root(), 'highlight-row')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(asked).toEqual([true, true]);
  });

  it('shows no passage link for a page that is not on the web', () => {
    const row = makeHighlight({ text: 'giải ngân', url: 'javascript:alert(1)' });
    mount(<HighlightRow row={row} selected={false} editing={false} onSelect={() => {}} onEditing={() => {}} onChange={async () => {}} onDelete={() => {}} onOpen={() => {}} />);
    expect(byTestId(dom.root(), 'open-at-passage')).toBeNull();
  });
});

describe('the library editor', () => {
  const edit = async (note: string | null, tags: string | null, row = makeHighlight({ text: 'giải ngân', note: THREE_LINES, tags: ['Hà Nội, 2026', 'kế hoạch'] })) => {
    const saved: HighlightChanges[] = [];
    let closed = 0;
    mount(<HighlightEditor row={row} onChange={async (c) => void saved.push(c)} onDelete={() => {}} onClose={() => closed++} />);
    const noteField = byTestId(dom.root(), 'note-editor') as HTMLTextAreaElement;
    const tagsField = byTestId(dom.root(), 'row-tags') as HTMLInputElement;
    const opened = { note: noteField.value, tags: tagsField.value };
    await act(() => {
      if (note !== null) {
        noteField.value = note;
        noteField.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (tags !== null) {
        tagsField.value = tags;
        tagsField.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await act(() => void noteField.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await settle();
    return { saved, closed, opened };
  };

  it('keeps what was typed and says the disk is full when the browser refuses the save', async () => {
    const row = makeHighlight({ text: 'giải ngân', note: 'a' });
    let closed = 0;
    const refuse = async () => {
      throw new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError');
    };
    mount(<HighlightEditor row={row} onChange={refuse} onDelete={() => {}} onClose={() => closed++} />);
    const noteField = byTestId(dom.root(), 'note-editor') as HTMLTextAreaElement;
    await act(() => {
      noteField.value = 'a\nb';
      noteField.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => void noteField.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await settle();
    expect(closed).toBe(0);
    expect(noteField.value).toBe('a\nb');
    expect(dom.root().textContent).toMatch(/out of storage space .*Free some disk space/);
  });

  it('opens with the note as stored, every line break kept', async () => {
    const { saved, closed, opened } = await edit(null, null);
    expect(opened).toEqual({ note: THREE_LINES, tags: 'Hà Nội, 2026, kế hoạch' });
    expect(saved).toEqual([]);
    expect(closed).toBe(1);
  });

  it('saves a multi-line note exactly as typed: line breaks, leading and trailing spaces', async () => {
    const { saved, closed } = await edit(`${THREE_LINES} xong\n`, null);
    expect(saved).toEqual([{ note: `${THREE_LINES} xong\n` }]);
    expect(closed).toBe(1);
  });

  it('saves the note when focus leaves the editor', async () => {
    const row = makeHighlight({ text: 'giải ngân', note: 'a' });
    const saved: HighlightChanges[] = [];
    mount(
      <>
        <HighlightEditor row={row} onChange={async (c) => void saved.push(c)} onDelete={() => {}} onClose={() => {}} />
        <button data-testid="elsewhere" />
      </>,
    );
    const noteField = byTestId(dom.root(), 'note-editor') as HTMLTextAreaElement;
    await act(() => {
      noteField.value = 'a\nb';
      noteField.dispatchEvent(new Event('input', { bubbles: true }));
      noteField.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: byTestId(dom.root(), 'elsewhere') }));
    });
    await settle();
    expect(saved).toEqual([{ note: 'a\nb' }]);
  });

  it('never splits a stored tag holding a comma when the tags were left alone', async () => {
    const { saved } = await edit(`${THREE_LINES}!`, null);
    expect(saved).toEqual([{ note: `${THREE_LINES}!` }]);
  });

  it('saves tags the reader changed, each once, in the order written', async () => {
    const { saved } = await edit(null, 'kế hoạch, #đầu tư, kế hoạch');
    expect(saved).toEqual([{ tags: ['kế hoạch', 'đầu tư'] }]);
  });
});

describe('tags as the editor reads them', () => {
  it('keeps Unicode as typed (no folding of Vietnamese letters or case)', () => {
    expect(editedTags('Đầu Tư, y tế', [])).toEqual(['Đầu Tư', 'y tế']);
    expect(editedTags('a, b', ['a', 'b'])).toBeNull();
  });
});
