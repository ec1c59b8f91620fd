import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { problemText } from './problem';

interface Props {
  note: string;
  editing: boolean;
  onEditing(open: boolean): void;
  /** Saves the note as written; rejects with the reason when the database refused. */
  onSave(note: string): Promise<void>;
}

/**
 * A page's note at the top of its group: read as written (line breaks shown); a click opens it for
 * editing, and Escape or leaving the field saves it (an emptied note is removed).
 */
export function PageNote({ note, editing, onEditing, onSave }: Props) {
  const [problem, setProblem] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);
  const finish = async () => {
    const text = field.current?.value ?? note;
    try {
      if (text !== note) await onSave(text);
      setProblem('');
      onEditing(false);
    } catch (e) {
      setProblem(problemText(e));
    }
  };
  if (!editing) {
    return (
      <p class="page-note" data-testid="page-note" title={note} tabIndex={0} onClick={() => onEditing(true)} onKeyDown={(e) => e.key === 'Enter' && onEditing(true)}>
        {note}
      </p>
    );
  }
  return (
    <div class="page-note-edit">
      <textarea
        data-testid="page-note-editor"
        aria-label={t('pageNote')}
        placeholder={t('pageNotePlaceholder')}
        defaultValue={note}
        ref={field}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          void finish();
        }}
        onBlur={() => void finish()}
      />
      {problem && (
        <span class="row-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
