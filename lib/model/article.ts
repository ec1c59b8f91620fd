import { z } from 'zod';
import { brief } from './brief';

/** An article the brief was computed for, keyed by page key. */
export const article = z.object({
  pageKey: z.string().min(1),
  url: z.string(),
  title: z.string(),
  site: z.string(),
  lang: z.string(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  brief,
  computed: z.string(),
  /** Hash of the plain text the brief came from: a new page version gets a new brief. */
  textHash: z.string(),
});
export type Article = z.infer<typeof article>;
