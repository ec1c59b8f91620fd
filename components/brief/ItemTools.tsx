import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { friendlyError } from '@/lib/messaging';

export type Quote = { exact: string; prefix: string; suffix: string };

/** What a brief item can do on its page; the popup and the side panel send these to the content script. */
export interface ItemActions {
  /** Scrolls the page to the quote and flashes it; false when it is not on the page any more. */
  jump(quote: Quote, start: number): Promise<boolean>;
  /** Highlights the quote: `created` false when it was highlighted already; null when it is not on the page. */
  highlight(quote: Quote, start: number): Promise<{ created: boolean } | null>;
  /** Is this passage highlighted already (when the brief opened, or since)? */
  highlighted(quote: Quote): boolean;
}

type Said = { text: string; failed: boolean; done?: boolean } | null;

/**
 * Go to the item on the page, and highlight it, with what happened said next to it. `jumpTo` is the item's
 * own words; `keep` what a highlight saves (a directive's sentence, a target's clause).
 */
export function ItemTools({ jumpTo, keep, start, actions }: { jumpTo: Quote; keep: Quote; start: number; actions: ItemActions }) {
  const [said, setSaid] = useState<Said>(null);
  const done = !!said?.done || actions.highlighted(keep);
  const failed = (text: string) => setSaid({ text, failed: true });
  const jump = () => void actions.jump(jumpTo, start).then((found) => (found ? setSaid(null) : failed(t('jumpFailed'))), () => failed(t('jumpFailed')));
  const highlight = () =>
    void actions.highlight(keep, start).then(
      (result) =>
        result ? setSaid({ text: t(result.created ? 'highlighted' : 'alreadyHighlighted'), failed: false, done: true }) : failed(t('jumpFailed')),
      (error: unknown) => failed(friendlyError(error)),
    );
  return (
    <span class="tools">
      <button type="button" class="icon" data-testid="jump" title={t('jumpTo')} aria-label={t('jumpTo')} onClick={jump}>
        ⤴
      </button>
      <button
        type="button"
        class="icon"
        data-testid="highlight-item"
        title={done ? t('alreadyHighlighted') : t('highlightItem')}
        aria-label={t('highlightItem')}
        aria-pressed={done}
        onClick={highlight}
      >
        {done ? '✓' : '✎'}
      </button>
      {said && (
        <span class={`item-status${said.failed ? ' failed' : ''}`} role="status" data-testid="item-status">
          {said.text}
        </span>
      )}
    </span>
  );
}
