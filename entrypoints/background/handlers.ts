import type { Handlers } from '@/lib/messaging';
import { MessageError, type BackgroundProtocol } from '@/lib/messaging';
import type { BrieflightDB } from '@/lib/db';
import * as store from '@/lib/db';

/** The background's answers to the message protocol; every write is awaited before its reply. */
export function backgroundHandlers(db: BrieflightDB): Handlers<BackgroundProtocol> {
  return {
    'highlights.forPage': ({ pageKey }) => store.highlightsForPage(db, pageKey),
    'highlights.create': (input) => store.createHighlight(db, input),
    'highlights.update': async ({ id, changes }) => {
      const updated = await store.updateHighlight(db, id, changes);
      if (!updated) throw new MessageError('not-found', 'This highlight no longer exists.');
      return updated;
    },
    'highlights.delete': ({ ids }) => store.deleteHighlights(db, ids),
    'highlights.restore': ({ highlights }) => store.restoreHighlights(db, highlights),
    'highlights.setStates': ({ states }) => store.setStates(db, states),
    'tags.list': () => store.listTags(db),
    'articles.get': ({ pageKey }) => store.getArticle(db, pageKey),
    'articles.put': async (article) => {
      await store.putArticle(db, article);
      return true as const;
    },
  };
}
