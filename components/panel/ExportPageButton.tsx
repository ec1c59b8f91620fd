import { useState } from 'preact/hooks';
import type { Article } from '@/lib/model/article';
import type { Highlight } from '@/lib/model/highlight';
import { markdownFiles } from '@/lib/export/markdown-zip';
import { friendlyError, sendToBackground } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { saveFile } from '@/components/library/save-file';

/**
 * "Export this page": the page's highlights as one Markdown note (front matter, the page note,
 * highlights in reading order), named as in the library's zip, without searching the library first.
 */
export function ExportPageButton({ pageKey, highlights, article }: { pageKey: string; highlights: readonly Highlight[]; article: Article | null }) {
  const [problem, setProblem] = useState('');
  const run = async () => {
    try {
      const note = await sendToBackground('pageNotes.get', { pageKey });
      const [file] = markdownFiles(highlights, article ? [article] : [], new Map(note ? [[pageKey, note]] : []));
      if (file) saveFile(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }), file.name);
      setProblem('');
    } catch (e) {
      setProblem(friendlyError(e));
    }
  };
  return (
    <>
      <button type="button" class="small" data-testid="export-page" disabled={!highlights.length} onClick={() => void run()}>
        {t('exportThisPage')}
      </button>
      {problem && <p class="problem">{problem}</p>}
    </>
  );
}
