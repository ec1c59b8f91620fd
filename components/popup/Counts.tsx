import type { Highlight } from '@/lib/model/highlight';
import { t } from '@/lib/i18n';

/** How many highlights this page has, and the orphans listed with their quote and note. */
export function Counts({ count, orphans }: { count: number; orphans: Highlight[] }) {
  return (
    <section class="counts">
      <p>
        {t('highlights')}: <strong data-testid="highlight-count">{count}</strong>
        {' · '}
        {t('orphans')}: <strong data-testid="orphan-count">{orphans.length}</strong>
      </p>
      {orphans.length > 0 && (
        <details class="orphans">
          <summary>{t('orphansHint')}</summary>
          <ul>
            {orphans.map((o) => (
              <li key={o.id} data-testid="orphan">
                <q>{o.text}</q>
                {o.note && <p class="note">{o.note}</p>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
