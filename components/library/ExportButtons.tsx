import { useState } from 'preact/hooks';
import type { BrieflightDB } from '@/lib/db';
import type { LibraryFilters } from '@/lib/db/library';
import type { ExportFormat } from '@/lib/export';
import { t, type MessageKey } from '@/lib/i18n';
import { downloadExport, downloadMarkdownZip } from './download';
import { problemText } from './problem';

type Choice = ExportFormat | 'markdown-zip';

const BUTTONS: { format: Choice; label: MessageKey }[] = [
  { format: 'w3c', label: 'exportW3c' },
  { format: 'markdown-zip', label: 'exportMarkdownZip' },
  { format: 'markdown', label: 'exportMarkdown' },
  { format: 'csv', label: 'exportCsv' },
  { format: 'backup', label: 'exportBackup' },
];

/** The export formats, each exporting what the search and filters show (everything when none); disabled, with the reason, when nothing is shown. */
export function ExportButtons({ db, filters, shown, filtered }: { db: BrieflightDB; filters: LibraryFilters; shown: number | null; filtered: boolean }) {
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const run = async (format: Choice) => {
    setBusy(true);
    setStatus(t('exporting'));
    try {
      const count = format === 'markdown-zip' ? await downloadMarkdownZip(db, filters) : await downloadExport(db, format, filters);
      setStatus(t('exported', { count }));
    } catch (error) {
      setStatus(problemText(error));
    } finally {
      setBusy(false);
    }
  };
  // Nothing shown, nothing to export: the buttons say why instead of writing an empty file.
  const nothing = shown === 0 ? t(filtered ? 'exportNothingShown' : 'exportNothingEmpty') : null;
  return (
    <section class="export" aria-label={t('exportLabel')}>
      <strong>{t('exportLabel')}</strong>
      {BUTTONS.map(({ format, label }) => (
        <button type="button" data-testid={`export-${format}`} disabled={busy || !!nothing} title={nothing ?? undefined} onClick={() => void run(format)}>
          {t(label)}
        </button>
      ))}
      <span class="hint" data-testid="export-status">
        {nothing ?? (status || t(filtered ? 'exportScopeShown' : 'exportScopeAll', { count: shown ?? 0 }))}
      </span>
    </section>
  );
}
