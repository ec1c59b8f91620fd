import type { Highlight } from '@/lib/model/highlight';
import { siteName } from '@/lib/url/page-key';
import { isWebAddress } from '@/lib/export/passage-link';
import { t } from '@/lib/i18n';
import { shortDate } from './dates';

interface Props {
  row: Highlight;
  collapsed: boolean;
  onToggle(): void;
}

/** The page a group of highlights came from: its title, site and date, a link that opens it, and a fold. */
export function PageHeader({ row, collapsed, onToggle }: Props) {
  const title = row.title || row.url;
  return (
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
    </header>
  );
}
