import type { Highlight } from '../model/highlight';
import { COLORS } from '../model/highlight';
import { pageKey } from '../url';
import { ImportError, recordLabel } from './errors';
import { isUuid, stableUuid, uuidFromUrn } from './ids';

/**
 * Reads W3C Web Annotations, ours or another tool's, into highlight candidates (still unvalidated:
 * parseImport runs zod on them). The model lets most properties be a value, an object or an array,
 * so every reader below accepts all three.
 */

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: Json): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: Json): string | undefined => (typeof v === 'string' ? v : undefined);

function hasType(v: Json, type: string): boolean {
  return isObj(v) && list(v.type).includes(type);
}

/** Annotations in a parsed file: one, an array, a collection (items in `first.items` or `items`) or a page. */
export function findAnnotations(doc: Json): Json[] | null {
  // One annotation among other things is enough: the others then fail by name ("Record 2: is not an annotation").
  if (Array.isArray(doc)) return doc.some((a) => hasType(a, 'Annotation')) ? doc : null;
  if (!isObj(doc)) return null;
  if (hasType(doc, 'Annotation')) return [doc];
  if (hasType(doc, 'AnnotationCollection') || hasType(doc, 'AnnotationPage')) {
    const first = list(doc.first)[0];
    if (typeof first === 'string') {
      throw new ImportError(`This collection keeps its annotations on another page (${first}), which Brieflight does not download. Save that page and import it.`);
    }
    const page = isObj(first) ? first : doc;
    // Pages after the first are links we do not follow: refuse rather than import part of the file silently.
    if (typeof page.next === 'string') {
      throw new ImportError(`This collection continues on another page (${page.next}), which Brieflight does not download. Export it as one page and import that.`);
    }
    return list(page.items);
  }
  return null;
}

/** `brieflight:color` as we write it, or the full IRI a JSON-LD processor may have expanded it to. */
function ours(a: Obj, name: string): Json {
  return a[`brieflight:${name}`] ?? a[`https://brieflight.app/ns#${name}`];
}

function highlightId(a: Obj): string {
  const id = str(a.id) ?? str(a['@id']);
  if (!id) return stableUuid(JSON.stringify(a)); // same record, same id: importing twice does not duplicate
  if (isUuid(id)) return id.toLowerCase();
  return uuidFromUrn(id) ?? stableUuid(id);
}

interface Target {
  source: string;
  quote?: Obj;
  position?: Obj;
  title?: string;
}

/** More selectors than any real annotation refines (Hypothesis and Recogito use one or two levels). */
export const MAX_SELECTORS = 1000;

/**
 * Selectors, including ones refining another selector (e.g. a FragmentSelector refined by a
 * TextQuoteSelector), in document order. Walked with a list, not by recursion: a file nesting
 * `refinedBy` ten thousand levels deep gets a message naming it, not a stack overflow.
 */
function flatSelectors(v: Json, label: string): Obj[] {
  const out: Obj[] = [];
  const pending: Json[] = list(v).reverse();
  while (pending.length) {
    const s = pending.pop();
    if (!isObj(s)) continue;
    out.push(s);
    if (out.length > MAX_SELECTORS) {
      throw new ImportError(`${label}: "target.selector" holds more than ${MAX_SELECTORS} selectors (refinedBy nested too deep); Brieflight cannot read it`);
    }
    pending.push(...list(s.refinedBy).reverse());
  }
  return out;
}

function readTarget(t: Json, label: string): Target | null {
  if (typeof t === 'string') return { source: t };
  if (!isObj(t)) return null;
  const src = t.source;
  const source = str(src) ?? (isObj(src) ? str(src.id) : undefined) ?? str(t.id);
  if (!source) return null;
  const selectors = flatSelectors(t.selector, label);
  const title = isObj(src) ? str(src.title) ?? str(list(src.title)[0]) : undefined;
  return {
    source,
    quote: selectors.find((s) => hasType(s, 'TextQuoteSelector')),
    position: selectors.find((s) => hasType(s, 'TextPositionSelector')),
    ...(title ? { title } : {}),
  };
}

/** Bodies become the note (comments, descriptions, plain strings) and the tags (purpose tagging). */
function readBodies(a: Obj): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  const bodyValue = str(a.bodyValue);
  if (bodyValue) notes.push(bodyValue);
  for (let b of list(a.body)) {
    if (hasType(b, 'Choice')) b = list((b as Obj).items)[0]; // a Choice offers alternatives: keep the first
    if (typeof b === 'string') { notes.push(b); continue; } // a link to an external comment: keep the link
    if (!isObj(b)) continue;
    const value = str(b.value) ?? str(b.chars) ?? str(b.id) ?? str(b.source);
    if (!value) continue;
    // Tags are kept exactly as written (no trimming, no de-duplication): our own export must come back unchanged.
    if (list(b.purpose).includes('tagging')) tags.push(value);
    else notes.push(value);
  }
  if (!tags.length && list(a.motivation).includes('tagging')) {
    // "motivation: tagging" with plain bodies means the bodies are the tags.
    return { note: '', tags: notes.map((n) => n.trim()).filter(Boolean) };
  }
  return { note: notes.join('\n\n'), tags };
}


/** Foreign dates may lack a time zone or use another valid form: normalise what Date can read, keep the rest for zod to reject. */
function dateOf(v: Json): Json {
  if (typeof v !== 'string') return v;
  if (/[zZ]$|[+-]\d\d:?\d\d$/.test(v) && /T/.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : new Date(t).toISOString();
}

/** Our export's note on a whole page (`brieflight:pageNote`) as a page-note candidate, or null for any other annotation. */
export function annotationToPageNote(a: Json): Json | null {
  if (!isObj(a) || ours(a, 'pageNote') !== true) return null;
  const target = list(a.target).map((t) => readTarget(t, '')).find((t): t is Target => t !== null);
  return {
    pageKey: ours(a, 'pageKey') ?? (target ? pageKey(target.source) : undefined),
    note: readBodies(a).note,
    modified: dateOf(a.modified ?? a.created),
  };
}

/** One annotation as a highlight candidate; throws when it cannot be one (no quoted text). */
export function annotationToHighlight(a: Json, index: number, importedAt: string): Json {
  if (typeof a === 'string') throw new ImportError(`${recordLabel('Record', index, a)}: is a link to an annotation, not the annotation itself`);
  if (!isObj(a)) throw new ImportError(`${recordLabel('Record', index, undefined)}: is not an annotation object`);
  const label = recordLabel('Record', index, str(a.id));
  if (!hasType(a, 'Annotation')) throw new ImportError(`${label}: "type" is not "Annotation"`);
  const targets = list(a.target).map((t) => readTarget(t, label)).filter((t): t is Target => t !== null);
  if (!targets.length) throw new ImportError(`${label}: "target" is missing (the page the highlight is on)`);
  const target = targets.find((t) => t.quote) ?? targets[0]!;
  const quote = target.quote;
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) {
    throw new ImportError(`${label}: "target.selector" has no TextQuoteSelector with the quoted text ("exact")`);
  }
  const color = ours(a, 'color');
  const { note, tags } = readBodies(a);
  const created = dateOf(a.created ?? a.modified ?? a.generated ?? importedAt);
  const candidate: Partial<Record<keyof Highlight, Json>> = {
    id: highlightId(a),
    // The key the extension itself would give the page, so imported highlights show up on it.
    pageKey: ours(a, 'pageKey') ?? pageKey(target.source),
    url: ours(a, 'url') ?? target.source,
    title: ours(a, 'title') ?? target.title ?? '',
    // Our own export says so when the highlight's text differs from the quote (see w3c.ts).
    text: str(ours(a, 'text')) ?? quote.exact,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: str(quote.prefix) ?? '', suffix: str(quote.suffix) ?? '' },
      // Without a position the anchoring falls back to the quote; 0..0 says "unknown" and never matches text.
      position: target.position
        ? { type: 'TextPositionSelector', start: target.position.start, end: target.position.end }
        : { type: 'TextPositionSelector', start: 0, end: 0 },
    },
    color: typeof color === 'string' && (COLORS as readonly string[]).includes(color) ? color : (color ?? 'yellow'),
    note,
    tags,
    created,
    modified: a.modified === undefined ? created : dateOf(a.modified),
    state: ours(a, 'state') ?? 'anchored',
  };
  return candidate;
}
