import type { Highlight } from '@/lib/model/highlight';
import { showHighlight } from '@/components/brief/page-client';

/** How long the page gets to load and anchor its highlights before the Text Fragment alone is left to do it. */
const ANCHOR_WAIT_MS = 15_000;
const RETRY_MS = 250;

/**
 * Opens the page at the passage. The link's Text Fragment scrolls there in any browser; where the
 * extension runs on the page, its own anchoring of the highlight (by id, which survives a page that
 * changed since) then scrolls to it and flashes it.
 */
export async function openAtPassage(h: Pick<Highlight, 'id'>, link: string, wait = ANCHOR_WAIT_MS): Promise<boolean> {
  const tab = await browser.tabs.create({ url: link });
  if (tab.id === undefined) return false;
  const until = Date.now() + wait;
  while (Date.now() < until) {
    // Before the content script has started (or anchored the highlight) the page says no, or nothing.
    if (await showHighlight(tab.id, h.id).catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return false;
}
