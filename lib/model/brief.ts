import { z } from 'zod';

export const LANGS = ['vi', 'en'] as const;
export const briefLang = z.enum(LANGS);
export type BriefLang = z.infer<typeof briefLang>;

const quote = z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() });

/** Someone asked or ordered to do something (RUBRIC.md). Offsets refer to the article's plain text (NFC). */
export const directive = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  issuer: z.string().nullable(),
  addressee: z.string().nullable(),
  action: z.string().nullable(),
  deadline: z.string().nullable(),
  /** The name of the rule that found it: the answer to "why is this here?". */
  rule: z.string(),
  quote,
});
export type Directive = z.infer<typeof directive>;

export const comparator = z.enum(['>=', '>', '<=', '<', '=', '~']);
export type Comparator = z.infer<typeof comparator>;

/** A measurable goal: a quantity or a deadline someone must reach. */
export const target = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['quantity', 'deadline']),
  metric: z.string().nullable(),
  comparator,
  /** A number for quantities; an ISO date or year for deadlines. */
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  by: z.string().nullable(),
  rule: z.string(),
  quote,
  /** The clause that holds the target, which "Highlight this" saves (absent in briefs cached before it). */
  clause: quote.optional(),
});
export type Target = z.infer<typeof target>;

export const brief = z.object({
  lang: z.string(),
  /** False when the language is not one the brief understands yet. */
  supported: z.boolean(),
  directives: z.array(directive),
  targets: z.array(target),
});
export type Brief = z.infer<typeof brief>;
