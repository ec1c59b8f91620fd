// extractArticle: the readable article of a page as plain text, one paragraph per line.
// Works on a real DOM (content script) and on linkedom (Node); never touches the live page: Readability runs on a clone.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectLanguage } from '../brief/detect';
import { blockText } from './text';
import { siteName } from '../url/page-key';

export interface ExtractedArticle {
  title: string;
  site: string;
  lang: string;
  byline: string | null;
  published: string | null;
  text: string;
}

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** Readability resolves links against documentURI/baseURI; linkedom documents have neither. */
function withUrl(doc: Document, url: string): void {
  for (const key of ['documentURI', 'baseURI'] as const) {
    let current: string | undefined;
    try {
      current = (doc as unknown as Record<string, string | undefined>)[key];
    } catch {
      current = undefined;
    }
    if (!current || current === 'about:blank') {
      try {
        Object.defineProperty(doc, key, { value: url, configurable: true });
      } catch {
        /* read-only in this DOM: links stay relative, which is harmless for text */
      }
    }
  }
}

export function declaredLang(doc: Document): string | null {
  return (
    doc.documentElement?.getAttribute('lang')?.trim() ||
    meta(doc, 'meta[property="og:locale"]') ||
    meta(doc, 'meta[http-equiv="content-language" i]') ||
    null
  );
}

/**
 * The publication date a page states outside Readability's reach: common meta tags, then the first
 * <time datetime> of the article. The brief uses it to date "June 30" and to tell last year's results.
 */
export function publishedOf(doc: Document): string | null {
  const fromMeta =
    meta(doc, 'meta[property="article:published_time"]') ||
    meta(doc, 'meta[itemprop="datePublished"]') ||
    meta(doc, 'meta[name="pubdate" i]') ||
    meta(doc, 'meta[name="publishdate" i]') ||
    meta(doc, 'meta[name="date" i]') ||
    meta(doc, 'meta[name="dc.date" i]');
  if (fromMeta) return fromMeta;
  const time = doc.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime')?.trim();
  return time && /^\d{4}-\d{2}-\d{2}/.test(time) ? time : null;
}

export function extractArticle(doc: Document, url: string): ExtractedArticle | null {
  if (!doc.documentElement || !isProbablyReaderable(doc)) return null;
  const clone = doc.cloneNode(true) as Document;
  withUrl(clone, url);
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  if (!parsed || !parsed.content) return null;
  const text = blockText(parsed.content).normalize('NFC');
  if (!text.trim()) return null;
  const declared = declaredLang(doc);
  return {
    title: (parsed.title ?? doc.title ?? '').trim(),
    site: parsed.siteName?.trim() || meta(doc, 'meta[property="og:site_name"]') || siteName(url),
    lang: detectLanguage(text, declared),
    byline: parsed.byline?.trim() || null,
    published: parsed.publishedTime?.trim() || publishedOf(doc),
    text,
  };
}
