import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Highlight } from '@/lib/model/highlight';
import { LIMITS } from '@/lib/model/limits';
import { ColorPicker } from '../ColorPicker';
import type { PageUiActions } from './state';

/** The editor of one highlight: colour, note, tags, copy, delete. Each change is saved at once. */
export function Editor({ highlight, actions, focus }: { highlight: Highlight; actions: PageUiActions; focus?: boolean }) {
  const [note, setNote] = useState(highlight.note);
  const [tagInput, setTagInput] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const noteField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setNote(highlight.note), [highlight.id]);
  // Opened from the keyboard: the reader types the note at once.
  useEffect(() => {
    if (focus) noteField.current?.focus();
  }, [highlight.id, focus]);
  // A note edited elsewhere (the side panel) shows here, unless the reader is typing in this one.
  const typing = useRef(false);
  useEffect(() => {
    if (!typing.current) setNote(highlight.note);
  }, [highlight.note]);

  const saveNote = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (value !== highlight.note) void actions.edit(highlight.id, [{ op: 'setNote', note: value }]);
  };
  // Closed while a note was still waiting to be saved (the page scrolled it away, Escape): save it now.
  const pending = useRef<() => void>();
  pending.current = () => timer.current !== undefined && saveNote(note);
  useEffect(() => () => pending.current?.(), []);
  const addTag = () => {
    const tag = tagInput.trim().replace(/^#/, '');
    setTagInput('');
    if (tag && !highlight.tags.includes(tag)) void actions.edit(highlight.id, [{ op: 'addTag', tag }]);
  };

  return (
    <div class="editor" role="dialog" aria-label={t('note')} data-testid="highlight-editor">
      <ColorPicker current={highlight.color} onPick={(color) => void actions.edit(highlight.id, [{ op: 'setColor', color }])} />
      <label class="field">
        <span>{t('note')}</span>
        <textarea
          ref={noteField}
          data-testid="note-input"
          rows={3}
          maxLength={LIMITS.note}
          value={note}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setNote(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => saveNote(value), 400);
          }}
          onFocus={() => (typing.current = true)}
          onBlur={(e) => {
            typing.current = false;
            saveNote(e.currentTarget.value);
          }}
        />
      </label>
      <div class="field">
        <span>{t('tags')}</span>
        <ul class="tags">
          {highlight.tags.map((tag) => (
            <li key={tag} class="tag" data-testid="tag">
              {tag}
              <button type="button" aria-label={`${t('delete')} ${tag}`} onClick={() => void actions.edit(highlight.id, [{ op: 'removeTag', tag }])}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          data-testid="tag-input"
          maxLength={LIMITS.tag}
          placeholder={t('addTag')}
          value={tagInput}
          onInput={(e) => setTagInput(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              addTag();
            }
          }}
          onBlur={addTag}
        />
      </div>
      <div class="row">
        <button type="button" data-testid="copy-quote" onClick={() => actions.copy(highlight.text)}>
          {t('copyQuote')}
        </button>
        <button type="button" class="danger" data-testid="delete-highlight" onClick={() => actions.remove(highlight.id)}>
          {t('delete')}
        </button>
        <button type="button" onClick={() => actions.close()}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
