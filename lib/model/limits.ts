import { z } from 'zod';

/**
 * The largest values a highlight may hold, at every boundary (messages, imports). A page once
 * stored a 30,000,000-character note that made the library take 9.8 s to load; these leave room for
 * any real quote, note or tag list.
 */
export const LIMITS = {
  quote: 10_000,
  /** A selector's context either side of the quote (we write 32 characters). */
  context: 1_000,
  note: 100_000,
  title: 2_000,
  tags: 50,
  tag: 100,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** A string of at most `max` characters, whose error names the limit (the field is named by the path). */
export const limitedString = (max: number) => z.string().max(max, `is longer than the limit of ${count(max)} characters`);

/** A tag: not empty, at most LIMITS.tag characters. */
export const tagText = limitedString(LIMITS.tag).min(1, 'is empty');

/** A highlight's tags: at most LIMITS.tags of them. */
export const tagList = z.array(tagText).max(LIMITS.tags, `has more than the limit of ${count(LIMITS.tags)} tags`);
