import type { Highlight } from '../model/highlight';
import { urnOf } from './ids';
import { layoutAll, type ExportLayout } from './layout';
import { passageLink } from './passage-link';
import { notesOf } from './backup';
import type { PageNote } from './page-note';
import { stableUuid } from './ids';

/**
 * W3C Web Annotation Data Model (JSON-LD) export.
 * Our own fields that the model has no word for (colour, page key, page title, anchor state) travel as
 * properties in a `brieflight:` namespace declared in the @context, so JSON-LD tools read them as IRIs and
 * the W3C MUST assertions (which allow extra properties) still pass.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const BRIEFLIGHT_NS = 'https://brieflight.app/ns#';
export const W3C_CONTEXT = [ANNO_CONTEXT, { brieflight: BRIEFLIGHT_NS }] as const;

export interface W3cTextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose: 'commenting' | 'tagging';
}

export interface W3cAnnotation {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: W3cTextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'brieflight:color': Highlight['color'];
  'brieflight:pageKey': string;
  'brieflight:title': string;
  'brieflight:state': Highlight['state'];
  /** The address exactly as stored, when target.source had to be encoded. */
  'brieflight:url'?: string;
  /** The highlight's text, when it is not the quote's `exact` (the reader's selection, kept as it was). */
  'brieflight:text'?: string;
  /** "Open at the passage": the page's address with a Text Fragment (web pages only). */
  'brieflight:passage'?: string;
}

/** Characters that stand for themselves in a URI's path, query and fragment (RFC 3986); `%` only as an escape. */
const NOT_PATH_CHAR = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]|%(?![0-9A-Fa-f]{2})/gu;
/** In the authority `[` `]` are legal too (an IPv6 host). */
const NOT_AUTHORITY_CHAR = /[^A-Za-z0-9\-._~:@!$&'()*+,;=%[\]]|%(?![0-9A-Fa-f]{2})/gu;
const encodeAll = (text: string, re: RegExp) => text.replace(re, (c) => encodeURIComponent(c));

/**
 * The page address as a URI. A stored address can be an IRI (`…/wiki/Đà_Nẵng`, pasted or from an
 * older page) or hold spaces, brackets or a second `#`; the model wants a URI there, so such
 * characters are percent-encoded (UTF-8), as browsers do when they send the request.
 */
export function toUri(address: string): string {
  const m = /^([a-z][a-z0-9+.-]*:)(\/\/[^/?#]*)?([^#]*)(#[\s\S]*)?$/i.exec(address);
  if (!m) return encodeAll(address, NOT_PATH_CHAR);
  const [, scheme = '', authority = '', pathAndQuery = '', fragment = ''] = m;
  return (
    scheme +
    (authority ? `//${encodeAll(authority.slice(2), NOT_AUTHORITY_CHAR)}` : '') +
    encodeAll(pathAndQuery, NOT_PATH_CHAR) +
    (fragment ? `#${encodeAll(fragment.slice(1), NOT_PATH_CHAR).replace(/#/g, '%23')}` : '')
  );
}

/**
 * A date as RFC 3339 date-time, which the model requires. Our model also accepts ISO 8601 without
 * seconds ("2026-11-20T09:20Z"); those get ":00", the same instant.
 */
export function toW3cDate(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?=Z|z|[+-]|$)/, '$1:00');
}

/** One highlight as a self-contained annotation (it carries its own @context, so it can be cut out of a collection). */
export function toW3cAnnotation(h: Highlight, uriOf: (url: string) => string = toUri): W3cAnnotation {
  const body: W3cTextualBody[] = [];
  if (h.note) body.push({ type: 'TextualBody', value: h.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const { quote, position } = h.selectors;
  const source = uriOf(h.url);
  return {
    '@context': W3C_CONTEXT,
    id: urnOf(h.id),
    type: 'Annotation',
    motivation: h.note ? 'commenting' : 'highlighting',
    created: toW3cDate(h.created),
    modified: toW3cDate(h.modified),
    // No body at all when there is nothing to say: the model allows an annotation without one.
    ...(body.length ? { body } : {}),
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    'brieflight:color': h.color,
    'brieflight:pageKey': h.pageKey,
    'brieflight:title': h.title,
    'brieflight:state': h.state,
    ...(source === h.url ? {} : { 'brieflight:url': h.url }),
    ...(h.text === quote.exact ? {} : { 'brieflight:text': h.text }),
    ...passageField(h),
  };
}

function passageField(h: Highlight): { 'brieflight:passage'?: string } {
  const link = passageLink(h);
  return link ? { 'brieflight:passage': link } : {};
}

/**
 * A note on a whole page: an annotation whose target is the page itself (no selector), marked
 * `brieflight:pageNote` so our import reads it back as the page's note, not as a highlight. Its id
 * comes from the page key: one note per page, exported twice, imports as one.
 */
export function pageNoteAnnotation(n: PageNote, url: string) {
  return {
    '@context': W3C_CONTEXT,
    id: urnOf(stableUuid(`page-note\u0000${n.pageKey}`)),
    type: 'Annotation',
    motivation: 'commenting',
    created: toW3cDate(n.modified),
    modified: toW3cDate(n.modified),
    body: [{ type: 'TextualBody', value: n.note, format: 'text/plain', purpose: 'commenting' }],
    target: { source: toUri(url) },
    'brieflight:pageKey': n.pageKey,
    'brieflight:pageNote': true,
  };
}

const CONTEXT_JSON = JSON.stringify(W3C_CONTEXT);
const str = JSON.stringify as (s: string) => string;
const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * `JSON.stringify(toW3cAnnotation(h))`, written field by field (an export writes 100,000 of them, and
 * building each object first costs about as much again). A record with a field of an unexpected type
 * takes the generic path, so the text is always the same.
 */
export function w3cAnnotationJson(h: Highlight, uriOf: (url: string) => string = toUri): string {
  const quote = h.selectors?.quote;
  const position = h.selectors?.position;
  if (
    !quote || !position || !Array.isArray(h.tags) || !h.tags.every(isString) ||
    ![h.id, h.note, h.created, h.modified, h.url, h.color, h.pageKey, h.title, h.state, quote.exact, quote.prefix, quote.suffix].every(isString) ||
    typeof position.start !== 'number' || typeof position.end !== 'number'
  ) {
    return JSON.stringify(toW3cAnnotation(h, uriOf));
  }
  const source = uriOf(h.url);
  const link = passageLink(h);
  let body = '';
  if (h.note || h.tags.length) {
    const items: string[] = [];
    if (h.note) items.push(`{"type":"TextualBody","value":${str(h.note)},"format":"text/plain","purpose":"commenting"}`);
    for (const tag of h.tags) items.push(`{"type":"TextualBody","value":${str(tag)},"purpose":"tagging"}`);
    body = `"body":[${items.join(',')}],`;
  }
  return (
    `{"@context":${CONTEXT_JSON},"id":${str(urnOf(h.id))},"type":"Annotation","motivation":"${h.note ? 'commenting' : 'highlighting'}",` +
    `"created":${str(toW3cDate(h.created))},"modified":${str(toW3cDate(h.modified))},${body}` +
    `"target":{"source":${str(source)},"selector":[{"type":"TextQuoteSelector","exact":${str(quote.exact)},"prefix":${str(quote.prefix)},"suffix":${str(quote.suffix)}},` +
    `{"type":"TextPositionSelector","start":${JSON.stringify(position.start)},"end":${JSON.stringify(position.end)}}]},` +
    `"brieflight:color":${str(h.color)},"brieflight:pageKey":${str(h.pageKey)},"brieflight:title":${str(h.title)},"brieflight:state":${str(h.state)}` +
    (source === h.url ? '' : `,"brieflight:url":${str(h.url)}`) +
    (h.text === quote.exact ? '' : `,"brieflight:text":${str(h.text)}`) +
    (link ? `,"brieflight:passage":${str(link)}}` : '}')
  );
}

export interface CollectionOptions {
  /** A URI for the collection; a fresh urn:uuid by default. */
  id?: string;
  label?: string;
}

function collectionId(opts: CollectionOptions): string {
  return opts.id ?? urnOf(globalThis.crypto.randomUUID());
}

/**
 * The collection as string parts, so 100,000 annotations never have to sit in one object graph:
 * an AnnotationCollection whose `first` is an embedded AnnotationPage holding every item.
 */
export function w3cLayout(opts: CollectionOptions = {}): ExportLayout {
  // A page's highlights share its address: encode each address once.
  const uris = new Map<string, string>();
  const uriOf = (url: string) => {
    let uri = uris.get(url);
    if (uri === undefined) uris.set(url, (uri = toUri(url)));
    return uri;
  };
  return {
    record: (h) => w3cAnnotationJson(h, uriOf),
    *file(records, _articles, _now, notes = new Map()) {
      const id = collectionId(opts);
      const urlOf = new Map(records.map((r) => [r.h.pageKey, r.h.url]));
      const pageNotes = notesOf(records.map((r) => r.h), notes).map((n) => JSON.stringify(pageNoteAnnotation(n, urlOf.get(n.pageKey)!)));
      const head = {
        '@context': W3C_CONTEXT,
        id,
        type: 'AnnotationCollection',
        label: opts.label ?? 'Brieflight highlights',
        total: records.length + pageNotes.length,
      };
      // Without items the model does not need `first` (it is required only when total > 0).
      if (records.length === 0) {
        yield JSON.stringify(head, null, 2);
        return;
      }
      const page = JSON.stringify({ id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0 });
      yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "first": ${page.slice(0, -1)},"items":[\n`;
      for (let i = 0; i < records.length; i++) {
        if (i) yield ',\n';
        yield records[i]!;
      }
      for (const note of pageNotes) yield `,\n${note}`;
      yield '\n]}\n}\n';
    },
  };
}

export function w3cCollectionParts(highlights: readonly Highlight[], opts: CollectionOptions = {}): Generator<string> {
  return layoutAll(w3cLayout(opts), highlights, [], new Date());
}

export function toW3cCollection(highlights: readonly Highlight[], opts: CollectionOptions = {}): string {
  return [...w3cCollectionParts(highlights, opts)].join('');
}
