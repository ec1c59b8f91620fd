import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/lib/model/highlight';
import { editOpsBetween, type EditOp } from '@/lib/model/edit';
import { t } from '@/lib/i18n';
import { friendlyError } from '@/lib/messaging';
import { colorLabel } from '../ColorPicker';

/** Tags as a reader types them: separated by commas, a leading # dropped, each once, in the order written. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(',')) {
    const tag = raw.trim().replace(/^#/, '').trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/**
 * One highlight in the side panel: its colour, quote, note (as written, line breaks and all) and tags. A click
 * on the quote shows it on the page; Enter or "Edit" opens the note and tags for editing in place (Escape
 * cancels, "Done" or leaving the row saves).
 */
export function PanelHighlight({
  highlight,
  orphan,
  onShow,
  onSave,
  tagSuggestions,
}: {
  highlight: Highlight;
  orphan: boolean;
  onShow: (id: string) => void;
  onSave: (id: string, ops: EditOp[]) => Promise<void>;
  /** The id of a datalist of the reader's tags. */
  tagSuggestions?: string;
}) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [problem, setProblem] = useState('');
  const row = useRef<HTMLLIElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing) noteField.current?.focus();
  }, [editing]);

  const open = () => {
    setNote(highlight.note);
    setTags(highlight.tags.join(', '));
    setProblem('');
    setEditing(true);
  };
  const save = async () => {
    // Operations, not the whole list: a tag added meanwhile on the page survives this save.
    const ops = editOpsBetween(highlight, { note, tags: parseTags(tags) });
    if (!ops.length) return setEditing(false);
    try {
      await onSave(highlight.id, ops);
      setEditing(false);
      row.current?.focus();
    } catch (error) {
      // The edit stays in the fields, to try again.
      setProblem(friendlyError(error));
    }
  };

  return (
    <li
      ref={row}
      class={`panel-highlight color-${highlight.color}${orphan ? ' orphan' : ''}`}
      data-testid="panel-highlight"
      data-id={highlight.id}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.target !== row.current) return;
        if (e.key === 'Enter') {
          e.preventDefault();
          open();
        }
      }}
      onFocusOut={(e) => {
        // Leaving the row while editing saves, as in the library.
        if (editing && !row.current?.contains(e.relatedTarget as Node | null)) void save();
      }}
    >
      <span class="swatch-mark" title={colorLabel(highlight.color)} aria-label={colorLabel(highlight.color)} />
      <div class="body">
        {orphan ? (
          <q class="quote" data-testid="panel-quote">
            {highlight.text}
          </q>
        ) : (
          <button type="button" class="quote" data-testid="panel-quote" onClick={() => onShow(highlight.id)} title={t('jumpTo')}>
            <q>{highlight.text}</q>
          </button>
        )}
        {editing ? (
          <div class="edit">
            <textarea
              data-testid="panel-note-input"
              aria-label={t('note')}
              rows={Math.min(8, Math.max(2, note.split('\n').length + 1))}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setEditing(false);
                  row.current?.focus();
                }
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
              }}
              ref={noteField}
            />
            <input
              data-testid="panel-tags-input"
              list={tagSuggestions}
              aria-label={t('rowTags')}
              placeholder={t('rowTags')}
              value={tags}
              onInput={(e) => setTags(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void save();
                if (e.key === 'Escape') {
                  setEditing(false);
                  row.current?.focus();
                }
              }}
            />
            <button type="button" class="small" data-testid="panel-save" onClick={() => void save()}>
              {t('done')}
            </button>
            {problem && <p class="problem">{problem}</p>}
          </div>
        ) : (
          <>
            {highlight.note && (
              <p class="note" data-testid="panel-note">
                {highlight.note}
              </p>
            )}
            <p class="meta">
              {highlight.tags.map((tag) => (
                <span key={tag} class="badge" data-testid="panel-tag">
                  {tag}
                </span>
              ))}
              <button type="button" class="small" data-testid="panel-edit" onClick={open}>
                {t('editHighlight')}
              </button>
            </p>
          </>
        )}
      </div>
    </li>
  );
}
