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
