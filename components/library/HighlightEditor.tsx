import { useEffect, useRef, useState } from 'preact/hooks';
import { COLORS, type Color, type Highlight, type HighlightChanges } from '@/lib/model/highlight';
import { t } from '@/lib/i18n';
import { colorLabel } from '../ColorPicker';
import { editedTags, tagsText } from './tags-text';
import { problemText } from './problem';

interface Props {
  row: Highlight;
  /** Saves at once; rejects with the reason when the database refused. */
  onChange(changes: HighlightChanges): Promise<void>;
  onDelete(): void;
  /** The editor is done (Escape, or focus left it, after a save that succeeded). */
  onClose(): void;
}

/**
 * A highlight's editor: colour, note (several lines, kept as typed: no trimming, every line break
 * stays) and tags. Escape or leaving the editor saves and closes it; a save that fails keeps the
 * editor open with what the reader typed and the reason beside it.
 */
export function HighlightEditor({ row, onChange, onDelete, onClose }: Props) {
  const [note, setNote] = useState(row.note);
  const [tags, setTags] = useState(tagsText(row.tags));
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteField.current?.focus(), []);

  const save = async (changes: HighlightChanges): Promise<boolean> => {
    if (!Object.keys(changes).length) return true;
    try {
      await onChange(changes);
      setProblem(null);
      return true;
    } catch (error) {
      setProblem(problemText(error));
      return false;
    }
  };
  const finish = async () => {
    const changes: HighlightChanges = {};
    // The field's own value: a key can come before the input event's re-render.
    const typed = noteField.current?.value ?? note;
    if (typed !== row.note) changes.note = typed;
    const nextTags = editedTags(tags, row.tags);
    if (nextTags) changes.tags = nextTags;
    if (await save(changes)) onClose();
  };

  return (
    <div
      class="row-edit"
      ref={box}
      data-testid="row-editor"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        void finish();
      }}
      onFocusOut={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) void finish();
      }}
    >
      <textarea
        class="note-editor"
        data-testid="note-editor"
        aria-label={t('note')}
        placeholder={t('note')}
        rows={4}
        value={note}
        ref={noteField}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="edit-line">
        <select data-testid="row-color" aria-label={t('filterColor')} value={row.color} onChange={(e) => void save({ color: e.currentTarget.value as Color })}>
          {COLORS.map((c) => (
            <option value={c}>{colorLabel(c)}</option>
          ))}
        </select>
        <input
          class="tags-input"
          data-testid="row-tags"
          aria-label={t('rowTags')}
          placeholder={t('rowTags')}
          value={tags}
          onInput={(e) => setTags(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && void finish()}
        />
        <button type="button" class="small" data-testid="row-done" onClick={() => void finish()}>
          {t('done')}
        </button>
        <button type="button" class="small danger" data-testid="row-delete" onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
      {problem && (
        <p class="row-problem" role="alert" data-testid="row-error">
          {problem}
        </p>
      )}
    </div>
  );
}
