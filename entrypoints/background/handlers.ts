import type { Handlers, Sender } from '@/lib/messaging';
import { MessageError, type BackgroundProtocol } from '@/lib/messaging';
import { siteOf } from '@/lib/url';
import type { BrieflightDB } from '@/lib/db';
import * as store from '@/lib/db';
import { readHighlights } from '@/lib/db/record';
import { EditRefused } from '@/lib/model/edit';

/**
 * A content script may only read and write the highlights of the site its tab shows: defence in
 * depth, should a page ever trick it into asking for another site's page key.
 */
function checkSite(pageKey: string, sender: Sender): void {
  if (sender.tab === undefined || !sender.url) return; // our own extension pages see everything
  const site = siteOf(sender.url);
  if (!site || siteOf(pageKey) !== site) throw new MessageError('forbidden-sender', 'A page can only reach its own highlights.');
}

/** The same check for highlights named by id. */
async function checkIds(db: BrieflightDB, ids: string[], sender: Sender): Promise<void> {
  if (sender.tab === undefined || !sender.url) return;
  // Wherever they are stored (a record of their own or a segment's block).
  for (const h of await readHighlights(db, ids)) checkSite(h.pageKey, sender);
}

/** The background's answers to the message protocol; every write is awaited before its reply. */
export function backgroundHandlers(db: BrieflightDB): Handlers<BackgroundProtocol> {
  return {
    'highlights.forPage': ({ pageKey }, sender) => {
      checkSite(pageKey, sender);
      return store.highlightsForPage(db, pageKey);
    },
    'highlights.create': (input, sender) => {
      checkSite(input.pageKey, sender);
      return store.createHighlight(db, input);
    },
    'highlights.update': async ({ id, changes }, sender) => {
      await checkIds(db, [id], sender);
      const updated = await store.updateHighlight(db, id, changes);
      if (!updated) throw new MessageError('not-found', 'This highlight no longer exists.');
      return updated;
    },
    'highlights.edit': async ({ id, ops }, sender) => {
      await checkIds(db, [id], sender);
      const edited = await store.applyEdits(db, id, ops).catch((error: unknown) => {
        throw error instanceof EditRefused ? new MessageError('invalid-message', error.message) : error;
      });
      if (!edited) throw new MessageError('not-found', 'This highlight no longer exists.');
      return edited;
    },
    'highlights.delete': async ({ ids }, sender) => {
      await checkIds(db, ids, sender);
      return store.deleteHighlights(db, ids);
    },
    'highlights.restore': ({ highlights }, sender) => {
      for (const h of highlights) checkSite(h.pageKey, sender);
      return store.restoreHighlights(db, highlights);
    },
    'highlights.setStates': async ({ states }, sender) => {
      await checkIds(db, states.map((s) => s.id), sender);
      return store.setStates(db, states);
    },
    'tags.list': () => store.listTags(db),
    'articles.get': ({ pageKey }, sender) => {
      checkSite(pageKey, sender);
      return store.getArticle(db, pageKey);
    },
    'articles.put': async (article, sender) => {
      checkSite(article.pageKey, sender);
      await store.putArticle(db, article);
      return true as const;
    },
  };
}
