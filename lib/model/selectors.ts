import { z } from 'zod';
import { LIMITS, limitedString } from './limits';

/** W3C TextQuoteSelector: the quoted text with up to 32 characters of context each side. */
export const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: limitedString(LIMITS.quote).min(1),
  prefix: limitedString(LIMITS.context),
  suffix: limitedString(LIMITS.context),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelector>;

/** W3C TextPositionSelector: character offsets into the page's text. */
export const textPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof textPositionSelector>;

/** What a highlight stores to find its text again. */
export const selectors = z.object({
  quote: textQuoteSelector,
  position: textPositionSelector,
});
export type Selectors = z.infer<typeof selectors>;
