import { datetimeRegex, z } from 'zod';
import { selectors } from './selectors';
import { LIMITS, limitedString, tagList } from './limits';

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const color = z.enum(COLORS);
export type Color = z.infer<typeof color>;

/** Where a highlight stood on the last visit to its page. */
export const anchorState = z.enum(['anchored', 'orphaned']);
export type AnchorState = z.infer<typeof anchorState>;

/**
 * An ISO 8601 date-time with its offset: exactly zod's `.datetime({ offset: true })` pattern, built
 * once. zod 3 builds that RegExp again for every value it checks, which made validating the dates
 * of a 100,000-highlight backup take a third of a second more.
 */
const ISO_DATE_TIME = datetimeRegex({ precision: null, offset: true, local: false });
/** The message of a date that is not one (the import names the field: `"created" is not a date`). */
export const NOT_A_DATE = 'not a date';
export const isoDate = z.string().regex(ISO_DATE_TIME, NOT_A_DATE);

/** A highlight as it is stored and sent between contexts. */
export const highlight = z.object({
  id: z.string().uuid(),
  pageKey: z.string().min(1),
  url: z.string().min(1),
  title: limitedString(LIMITS.title),
  /** The quoted text as the reader selected it. */
  text: limitedString(LIMITS.quote).min(1),
  selectors,
  color,
  note: limitedString(LIMITS.note),
  tags: tagList,
  created: isoDate,
  modified: isoDate,
  state: anchorState,
});
export type Highlight = z.infer<typeof highlight>;

/**
 * The fields a content script sends to create a highlight; the background fills in the rest. The id is
 * made where the highlight is made, so a retry after a lost reply finds the saved one instead of saving
 * it twice.
 */
export const newHighlight = highlight.pick({ pageKey: true, url: true, title: true, text: true, selectors: true }).extend({
  id: z.string().uuid().optional(),
  color: color.optional(),
  note: limitedString(LIMITS.note).optional(),
  tags: tagList.optional(),
});
export type NewHighlight = z.infer<typeof newHighlight>;

/** The fields a reader can edit. */
export const highlightChanges = highlight.pick({ color: true, note: true, tags: true, state: true }).partial();
export type HighlightChanges = z.infer<typeof highlightChanges>;
