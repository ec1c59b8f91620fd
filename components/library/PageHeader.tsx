import type { Highlight } from '@/lib/model/highlight';
import { siteName } from '@/lib/url/page-key';
import { t } from '@/lib/i18n';
import { shortDate } from './dates';

/** The page a group of highlights came from: its title, site and date, and a link that opens it. */
export function PageHeader({ row }: { row: Highlight }) {
  return (
    <header class="page-header" data-testid="page-header">
      <a class="page-title" href={row.url} target="_blank" rel="noopener noreferrer" title={t('openPage')}>
        {row.title || row.url}
      </a>
      <span class="page-meta">
        {siteName(row.url)} · {shortDate(row.created)}
      </span>
    </header>
  );
}
