import type { Mutation } from './mutate';

/**
 * The changed page of the anchoring bench (and of the combined stress suite): every kind of change
 * at once, each to a share of the highlights.
 */
export const COMBINED_PLAN: [Mutation, number][] = [
  ['edit-inside', 0.25],
  ['edit-next-to', 0.25],
  ['insert-above', 0.2],
  ['remove-own', 0.05],
  ['remove-elsewhere', 1],
  ['whitespace', 1],
  ['nfd', 1],
  // Re-ordering every list and table of a page at once is not a revisit, it is another page.
  ['shuffle', 0.1],
];

/**
 * The bench's second changed page: revised the way a news article is between two visits, words
 * edited inside and next to quotes, paragraphs inserted above and removed elsewhere, white space
 * and Unicode form changed, but no highlighted paragraph removed and nothing re-ordered: every
 * quote's text is still there, so every orphan is a miss.
 */
export const REVISED_PLAN: [Mutation, number][] = COMBINED_PLAN.filter(([kind]) => kind !== 'remove-own' && kind !== 'shuffle');
