import { sendToBackground } from '@/lib/messaging';
import type { HighlightStore } from '@/lib/page/highlighter';

/** The page side's view of the database: every call goes through the background. */
export const backgroundStore: HighlightStore = {
  forPage: (pageKey) => sendToBackground('highlights.forPage', { pageKey }),
  create: (input) => sendToBackground('highlights.create', input),
  edit: (id, ops) => sendToBackground('highlights.edit', { id, ops }),
  remove: (ids) => sendToBackground('highlights.delete', { ids }),
  restore: (highlights) => sendToBackground('highlights.restore', { highlights }),
  setStates: (states) => sendToBackground('highlights.setStates', { states }),
};

export const briefCache = {
  get: (pageKey: string) => sendToBackground('articles.get', { pageKey }),
  put: (article: Parameters<typeof sendToBackground<'articles.put'>>[1]) => sendToBackground('articles.put', article),
};
