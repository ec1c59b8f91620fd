import { z } from 'zod';
import { highlight, highlightChanges, newHighlight, anchorState, color } from '../model/highlight';
import { article } from '../model/article';
import { brief } from '../model/brief';
import { textQuoteSelector } from '../model/selectors';
import { pageNote } from '../export/page-note';
import { editOps } from '../model/edit';

// One call map per direction, each entry the request and reply schema of one message.
// `sender` says who may send it: 'tab' (a content script), 'page' (an extension page), or 'any' of ours.

const def = <Req extends z.ZodTypeAny, Rep extends z.ZodTypeAny>(
  request: Req,
  reply: Rep,
  sender: 'tab' | 'page' | 'any' = 'any',
) => ({ request, reply, sender });

/** The most highlights one message may name (delete, restore, states): a page holds far fewer, and 20,000 unknown ids once kept the worker busy for 13.9 s. */
export const MAX_IDS = 1_000;

/** Messages the background answers. */
export const backgroundProtocol = {
  /** The highlights stored for one page. */
  'highlights.forPage': def(z.object({ pageKey: z.string().min(1) }), z.array(highlight)),
  /** Save a new highlight; the background gives it an id and times. */
  'highlights.create': def(newHighlight, highlight),
  /** Set colour, note, tags or anchoring state to new values: for our pages; content scripts edit by operations (highlights.edit). */
  'highlights.update': def(z.object({ id: z.string().uuid(), changes: highlightChanges }), highlight, 'page'),
  /** Apply a reader's edit as operations (add or remove a tag, set the note or colour) to the stored highlight. */
  'highlights.edit': def(z.object({ id: z.string().uuid(), ops: editOps }), highlight),
  /** Delete highlights; the reply holds them so the reader can undo. (The library deletes in bulk in its own page, not by message.) */
  'highlights.delete': def(z.object({ ids: z.array(z.string().uuid()).min(1).max(MAX_IDS) }), z.array(highlight)),
  /** Put deleted highlights back (undo). */
  'highlights.restore': def(z.object({ highlights: z.array(highlight).min(1).max(MAX_IDS) }), z.number()),
  /** Record where highlights stood on this visit (anchored or orphaned). */
  'highlights.setStates': def(
    z.object({ states: z.array(z.object({ id: z.string().uuid(), state: anchorState })).max(MAX_IDS) }),
    z.number(),
    'tab',
  ),
  /** Every tag in use, most used first, for suggestions: the reader's tags of every site, so never to a content script. */
  'tags.list': def(z.object({}), z.array(z.string()), 'page'),
  /** The cached article and brief of a page, if computed before. */
  'articles.get': def(z.object({ pageKey: z.string().min(1) }), article.nullable()),
  /** Cache an article and its brief. */
  'articles.put': def(article, z.literal(true)),
  /** The reader's note on a whole page, if any (extension pages only: a web page never reads it). */
  'pageNotes.get': def(pageNote.pick({ pageKey: true }), pageNote.nullable(), 'page'),
  /** Save the note on a whole page as written; an empty note removes it. */
  'pageNotes.set': def(pageNote.pick({ pageKey: true, note: true }), pageNote.nullable(), 'page'),
} as const;
export type BackgroundProtocol = typeof backgroundProtocol;

export const pageInfo = z.object({
  pageKey: z.string(),
  url: z.string(),
  title: z.string(),
  highlightCount: z.number().int(),
  orphans: z.array(highlight),
  /** True while highlights are still being looked for (late content). */
  pending: z.number().int(),
  /** The document's type: `application/pdf` for the browser's PDF viewer, which has no article to read. */
  contentType: z.string(),
});
export type PageInfo = z.infer<typeof pageInfo>;

export const pageBrief = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('article'),
    article,
    /** True when the brief came from the cache because the text had not changed. */
    cached: z.boolean(),
  }),
  z.object({ status: z.literal('not-article'), title: z.string() }),
]);
export type PageBrief = z.infer<typeof pageBrief>;

export const pageHighlights = z.object({
  revision: z.number().int(),
  drawn: z.array(highlight).optional(),
  orphans: z.array(highlight).optional(),
});
export type PageHighlightList = z.infer<typeof pageHighlights>;

/** Messages a page's content script answers (from the popup or the background). */
export const contentProtocol = {
  /** Page key, title and highlight counts of the page. */
  'page.info': def(z.object({}), pageInfo, 'page'),
  /** Run Readability and the brief (or reuse the cached brief when the text is unchanged). */
  'page.brief': def(z.object({}), pageBrief, 'page'),
  /** Scroll to a quote and flash it. */
  'page.jump': def(z.object({ quote: textQuoteSelector.omit({ type: true }), start: z.number().int().optional() }), z.boolean(), 'page'),
  /** Highlight the quote of a brief item; an item already highlighted gives that highlight, `created` false. */
  'page.highlightQuote': def(
    z.object({ quote: textQuoteSelector.omit({ type: true }), start: z.number().int().optional(), color: color.optional() }),
    z.object({ highlight, created: z.boolean() }).nullable(),
    'page',
  ),
  /**
   * This page's highlights: those drawn in reading order, then those not found (orphans). `revision` counts the
   * page's changes; asked with the revision the caller has, the reply leaves the lists out when nothing changed.
   */
  'page.highlights': def(z.object({ known: z.number().int().optional() }), pageHighlights, 'page'),
  /** Scroll to a highlight and flash it. */
  'page.showHighlight': def(z.object({ id: z.string().uuid() }), z.boolean(), 'page'),
  /** Edit a highlight from the side panel: saved, and redrawn (and its editor refreshed) on the page. */
  'page.editHighlight': def(z.object({ id: z.string().uuid(), ops: editOps }), highlight, 'page'),
  /** Highlight the current selection (keyboard command, context menu). */
  'page.highlightSelection': def(z.object({ color: color.optional() }), highlight.nullable()),
} as const;
export type ContentProtocol = typeof contentProtocol;

export const pageBriefSchema = brief;
