import { useRef, useState } from 'preact/hooks';
import type { BrieflightDB } from '@/lib/db';
import { applyImport } from '@/lib/db/library-changes';
import { checkImportSize, ImportError, parseImport } from '@/lib/export';
import { t } from '@/lib/i18n';
import { problemText } from './problem';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'refused'; text: string; canRetry: boolean };

/**
 * Import: the size is checked before the file is read, every record is validated before anything
 * is written, and the write is one transaction. A refused file leaves the library as it was and
 * stays selected, so "Try again" works once the reader has freed space or closed other tabs.
 */
export function ImportPanel({ db, onImported }: { db: BrieflightDB; onImported(): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const run = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'busy' });
    try {
      checkImportSize(file.size);
      const batch = parseImport(await file.text(), { bytes: file.size });
      const result = await applyImport(db, batch);
      const summary = t('importSummary', { file: file.name, added: result.added, updated: result.updated, skipped: result.skipped });
      setOutcome({ kind: 'done', text: result.duplicates ? `${summary} ${t('importDuplicates', { count: result.duplicates })}` : summary });
      // Only a finished import clears the input: choosing the same file again then imports it again.
      if (input.current) input.current.value = '';
      onImported();
    } catch (error) {
      // A file at fault can't succeed on a second try; a database that refused may.
      const fileAtFault = error instanceof ImportError;
      setOutcome({ kind: 'refused', text: t('importRefused', { message: fileAtFault ? error.message : problemText(error) }), canRetry: !fileAtFault });
    }
  };

  return (
    <section class="import">
      <label>
        <strong>{t('importLabel')}</strong>{' '}
        <input ref={input} type="file" accept=".json,.jsonld,application/json,application/ld+json" data-testid="import-input" onChange={() => void run()} />
      </label>
      {outcome.kind === 'busy' && <span class="hint">{t('importing')}</span>}
      {outcome.kind === 'done' && (
        <p class="import-result" role="status" data-testid="import-result">
          {outcome.text}
        </p>
      )}
      {outcome.kind === 'refused' && (
        <p class="import-error" role="alert" data-testid="import-error">
          {outcome.text}{' '}
          {outcome.canRetry && (
            <button type="button" class="small" data-testid="import-retry" onClick={() => void run()}>
              {t('retry')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
