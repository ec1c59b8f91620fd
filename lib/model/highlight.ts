import { z } from 'zod';
import { selectors } from './selectors';

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const color = z.enum(COLORS);
export type Color = z.infer<typeof color>;

/** Where a highlight stood on the last visit to its page. */
export const anchorState = z.enum(['anchored', 'orphaned']);
export type AnchorState = z.infer<typeof anchorState>;

const isoDate = z.string().datetime({ offset: true });

/** A highlight as it is stored and sent between contexts. */
export const highlight = z.object({
  id: z.string().uuid(),
  pageKey: z.string().min(1),
  url: z.string().min(1),
  title: z.string(),
  /** The quoted text as the reader selected it. */
  text: z.string().min(1),
  selectors,
  color,
  note: z.string(),
  tags: z.array(z.string().min(1)),
  created: isoDate,
  modified: isoDate,
  state: anchorState,
});
export type Highlight = z.infer<typeof highlight>;

/** The fields a content script sends to create a highlight; the background fills in the rest. */
export const newHighlight = highlight.pick({ pageKey: true, url: true, title: true, text: true, selectors: true }).extend({
  color: color.optional(),
  note: z.string().optional(),
  tags: z.array(z.string().min(1)).optional(),
});
export type NewHighlight = z.infer<typeof newHighlight>;

/** The fields a reader can edit. */
export const highlightChanges = highlight.pick({ color: true, note: true, tags: true, state: true }).partial();
export type HighlightChanges = z.infer<typeof highlightChanges>;
