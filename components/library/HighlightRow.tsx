import type { Highlight, HighlightChanges } from '@/lib/model/highlight';
import { passageLink } from '@/lib/export/passage-link';
import { t } from '@/lib/i18n';
import { colorLabel } from '../ColorPicker';
import { shortDate } from './dates';
import { HighlightEditor } from './HighlightEditor';

interface Props {
  row: Highlight;
  selected: boolean;
  /** The editor is open on this row (one row at a time). */
  editing: boolean;
  onSelect(selected: boolean): void;
  onEditing(open: boolean): void;
  /** Saves at once; rejects with the reason when the database refused. */
  onChange(changes: HighlightChanges): Promise<void>;
  onDelete(): void;
  /** Opens the page at the passage (a plain click on the link; other clicks are the browser's). */
  onOpen(row: Highlight, link: string): void;
}

/** Clicks on these do their own thing, not open the editor. */
const OWN_ACTION = 'a, button, input, select, textarea, label';
const plainClick = (e: MouseEvent) => e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;

/**
 * One highlight as a reading list shows it: colour mark, quote, note as written (line breaks and
 * all), tags, date and a link back to the passage. A click on it, or Enter, opens its editor.
 */
export function HighlightRow({ row, selected, editing, onSelect, onEditing, onChange, onDelete, onOpen }: Props) {
  const link = passageLink(row);
  return (
    <article
      class={`row color-${row.color}${selected ? ' selected' : ''}${editing ? ' editing' : ''}`}
      data-testid="highlight-row"
      data-id={row.id}
      data-color={row.color}
      tabIndex={editing ? -1 : 0}
      onClick={(e) => {
        if (!editing && !(e.target as Element).closest(OWN_ACTION)) onEditing(true);
      }}
      onKeyDown={(e) => {
        if (!editing && e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault();
          onEditing(true);
        }
      }}
    >
      <div class="row-side">
        <input type="checkbox" data-testid="select-row" aria-label={t('selectRow')} checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
        <span class="color-mark" title={colorLabel(row.color)} aria-label={colorLabel(row.color)} />
      </div>
      <div class="row-main">
        <blockquote class="quote" data-testid="row-quote" title={row.text}>
          {row.text}
        </blockquote>
        {editing ? (
          <HighlightEditor row={row} onChange={onChange} onDelete={onDelete} onClose={() => onEditing(false)} />
        ) : (
          <>
            {row.note && (
              <p class="note" data-testid="row-note" title={row.note}>
                {row.note}
              </p>
            )}
            <div class="row-meta">
              {row.state === 'orphaned' && (
                <span class="badge orphan" data-testid="orphan-badge">
                  {t('orphanBadge')}
                </span>
              )}
              {row.tags.map((tag) => (
                <span class="tag" data-testid="row-tag">
                  {tag}
                </span>
              ))}
              <time class="date" dateTime={row.created} data-testid="row-date">
                {shortDate(row.created)}
              </time>
              {link && (
                <a
                  class="passage"
                  data-testid="open-at-passage"
                  href={link}
                  target="_blank"
                  rel="noopener noreferrer"
                  onClick={(e) => {
                    if (!plainClick(e)) return;
                    e.preventDefault();
                    onOpen(row, link);
                  }}
                >
                  {t('openAtPassage')}
                </a>
              )}
              <button type="button" class="small" data-testid="edit-highlight" onClick={() => onEditing(true)}>
                {t('edit')}
              </button>
            </div>
          </>
        )}
      </div>
    </article>
  );
}
