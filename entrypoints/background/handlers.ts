import type { CheckedSender, Handlers } from '@/lib/messaging';
import { MessageError, type BackgroundProtocol } from '@/lib/messaging';
import { siteOf } from '@/lib/url';
import type { BrieflightDB } from '@/lib/db';
import * as store from '@/lib/db';
import { readHighlights } from '@/lib/db/locate';
import { EditRefused } from '@/lib/model/edit';

/**
 * A content script may only read and write the highlights of the site its tab shows: defence in
 * depth, should a page ever trick it into asking for another site's page key.
 */
function checkSite(pageKey: string, sender: CheckedSender): void {
  if (sender.kind === 'page') return; // our own extension pages see everything, in a tab or not
  const site = siteOf(sender.url ?? '');
  if (!site || siteOf(pageKey) !== site) throw new MessageError('forbidden-sender', 'A page can only reach its own highlights.');
}

/** The same check for highlights named by id. */
async function checkIds(db: BrieflightDB, ids: string[], sender: CheckedSender): Promise<void> {
  if (sender.kind === 'page') return;
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
    'highlights.create': async (input, sender) => {
      checkSite(input.pageKey, sender);
      // A retry of a save whose reply was lost (the worker stopped): the saved highlight, not a second one.
      const saved = async () => {
        const [found] = input.id ? await readHighlights(db, [input.id]) : [];
        if (found && found.pageKey !== input.pageKey) throw new MessageError('forbidden-sender', 'This id belongs to another page’s highlight.');
        return found;
      };
      return (await saved()) ?? store.createHighlight(db, input).catch(async (error: unknown) => (await saved()) ?? Promise.reject(error));
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
        throw error instanceof EditRefused ? new MessageError('refused', error.message) : error;
      });
      if (!edited) throw new MessageError('not-found', 'This highlight no longer exists.');
      return edited;
    },
    'highlights.delete': async ({ ids }, sender) => {
      if (sender.kind === 'page') return store.deleteHighlights(db, ids);
      // A content script's ids are looked up once: only those found (and of its site) go on to the delete.
      const found = await readHighlights(db, [...new Set(ids)]);
      for (const h of found) checkSite(h.pageKey, sender);
      return found.length ? store.deleteHighlights(db, found.map((h) => h.id)) : [];
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
    'pageNotes.get': ({ pageKey }) => store.getPageNote(db, pageKey),
    'pageNotes.set': ({ pageKey, note }) => store.setPageNote(db, pageKey, note),
  };
}
