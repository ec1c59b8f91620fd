import { useEffect, useState } from 'preact/hooks';
import { COLORS, type Color, type Highlight, type HighlightChanges } from '@/lib/model/highlight';
import { t } from '@/lib/i18n';
import { colorLabel } from '../ColorPicker';

const tagsOf = (text: string) => [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
/** Enter in a one-line field ends the edit: the field's change event then saves it. */
const blurOnEnter = (e: KeyboardEvent) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur();

interface Props {
  row: Highlight;
  selected: boolean;
  onSelect(selected: boolean): void;
  /** Saves at once; rejects with the reason when the database refused. */
  onChange(changes: HighlightChanges): Promise<void>;
  onDelete(): void;
}

/**
 * One highlight: its quote, colour, note and tags, each edited in place and saved at once. A save
 * that fails keeps what the reader typed in the field, with the reason beside it.
 */
export function HighlightRow({ row, selected, onSelect, onChange, onDelete }: Props) {
  const [note, setNote] = useState(row.note);
  const [tags, setTags] = useState(row.tags.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  // A row reused for another highlight (or updated by an undo) shows the stored values again.
  useEffect(() => setNote(row.note), [row.id, row.note]);
  useEffect(() => setTags(row.tags.join(', ')), [row.id, row.tags.join('\u0000')]);

  const save = (changes: HighlightChanges) =>
    onChange(changes).then(
      () => setProblem(null),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );

  return (
    <article class={`row color-${row.color}${selected ? ' selected' : ''}`} data-testid="highlight-row" data-id={row.id} data-color={row.color}>
      <div class="row-side">
        <input type="checkbox" data-testid="select-row" aria-label={t('selectRow')} checked={selected} onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)} />
        <select data-testid="row-color" aria-label={t('filterColor')} value={row.color} onChange={(e) => void save({ color: (e.currentTarget as HTMLSelectElement).value as Color })}>
          {COLORS.map((c) => (
            <option value={c}>{colorLabel(c)}</option>
          ))}
        </select>
      </div>
      <div class="row-main">
        <blockquote class="quote" data-testid="row-quote" title={row.text}>
          {row.text}
        </blockquote>
        {row.state === 'orphaned' && (
          <span class="badge orphan" data-testid="orphan-badge">
            {t('orphanBadge')}
          </span>
        )}
        <div class="row-edit">
          <input
            class="note-input"
            data-testid="row-note"
            placeholder={t('note')}
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
            onChange={(e) => {
              // The field's own value: a change event can come before the input event's re-render.
              const next = (e.currentTarget as HTMLInputElement).value;
              if (next !== row.note) void save({ note: next });
            }}
            onKeyDown={blurOnEnter}
          />
          <input
            class="tags-input"
            data-testid="row-tags"
            placeholder={t('rowTags')}
            value={tags}
            onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
            onChange={(e) => void save({ tags: tagsOf((e.currentTarget as HTMLInputElement).value) })}
            onKeyDown={blurOnEnter}
          />
          <button type="button" class="small" data-testid="row-delete" onClick={onDelete}>
            {t('delete')}
          </button>
        </div>
        {problem && (
          <p class="row-problem" role="alert" data-testid="row-error">
            {problem}
          </p>
        )}
      </div>
    </article>
  );
}
