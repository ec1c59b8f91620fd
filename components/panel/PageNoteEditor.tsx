import { useEffect, useState } from 'preact/hooks';
import { friendlyError, sendToBackground } from '@/lib/messaging';
import { t } from '@/lib/i18n';

/**
 * The reader's note on the whole page, at the top of the side panel's list: written as a
 * multi-line note (line breaks kept), saved when the field is left. Read and written through the
 * background: the page itself never sees it.
 */
export function PageNoteEditor({ pageKey }: { pageKey: string }) {
  const [stored, setStored] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  useEffect(() => {
    setStored(null);
    void sendToBackground('pageNotes.get', { pageKey }).then(
      (row) => {
        setStored(row?.note ?? '');
        setNote(row?.note ?? '');
      },
      (e: unknown) => setProblem(friendlyError(e)),
    );
  }, [pageKey]);
  const save = async (text: string) => {
    if (stored === null || text === stored) return;
    try {
      await sendToBackground('pageNotes.set', { pageKey, note: text });
      setStored(text);
      setProblem('');
    } catch (e) {
      // What the reader wrote stays in the field, to try again.
      setProblem(friendlyError(e));
    }
  };
  return (
    <div class="page-note">
      <textarea
        data-testid="page-note"
        aria-label={t('pageNote')}
        placeholder={t('pageNotePlaceholder')}
        rows={Math.min(6, Math.max(2, note.split('\n').length))}
        value={note}
        disabled={stored === null}
        onInput={(e) => setNote(e.currentTarget.value)}
        onBlur={(e) => void save(e.currentTarget.value)}
      />
      {problem && <p class="problem">{problem}</p>}
    </div>
  );
}
