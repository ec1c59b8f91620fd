import type { Highlight } from '@/lib/model/highlight';
import { siteName } from '@/lib/url/page-key';
import { isWebAddress } from '@/lib/export/passage-link';
import { t } from '@/lib/i18n';
import { shortDate } from './dates';
import { PageNote } from './PageNote';

interface Props {
  row: Highlight;
  collapsed: boolean;
  onToggle(): void;
  /** The page's note ('' for none) and its editor. */
  note: string;
  editingNote: boolean;
  onEditNote(open: boolean): void;
  onSaveNote(note: string): Promise<void>;
}

/** The page a group of highlights came from: its title, site and date, a link that opens it, and a fold. */
export function PageHeader({ row, collapsed, onToggle, note, editingNote, onEditNote, onSaveNote }: Props) {
  const title = row.title || row.url;
  return (
    <div class="page-head">
      <header class="page-header" data-testid="page-header">
        <button
          type="button"
          class="fold"
          data-testid="collapse-page"
          aria-expanded={!collapsed}
          title={collapsed ? t('expandPage') : t('collapsePage')}
          onClick={onToggle}
        >
          {collapsed ? '▸' : '▾'}
        </button>
        {/* Only a web page is a link: an imported javascript: or data: address is shown, never followed. */}
        {isWebAddress(row.url) ? (
          <a class="page-title" href={row.url} target="_blank" rel="noopener noreferrer" title={t('openPage')}>
            {title}
          </a>
        ) : (
          <span class="page-title">{title}</span>
        )}
        <span class="page-meta">
          {siteName(row.url)} · {shortDate(row.created)}
        </span>
        {!note && !editingNote && (
          <button type="button" class="small add-note" data-testid="add-page-note" onClick={() => onEditNote(true)}>
            {t('pageNote')}
          </button>
        )}
      </header>
      {(note || editingNote) && <PageNote note={note} editing={editingNote} onEditing={onEditNote} onSave={onSaveNote} />}
    </div>
  );
}
