import { extractArticle } from '../article';
import { BRIEF_VERSION, computeBrief } from '../brief';
import type { Article } from '../model/article';
import type { PageBrief } from '../messaging/protocol';
import { siteName } from '../url/page-key';

/** A short, stable fingerprint of the article text: a new page version gets a new brief. */
export function textHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}-${text.length}`;
}

/**
 * The brief of the page: Readability on a clone of the document, then the brief, reusing the
 * cached one when the article text has not changed since it was computed.
 */
export async function briefOfPage(
  doc: Document,
  pageKey: string,
  cache: { get(pageKey: string): Promise<Article | null>; put(article: Article): Promise<unknown> },
  now = new Date(),
): Promise<PageBrief> {
  const extracted = extractArticle(doc, doc.location.href);
  if (!extracted) return { status: 'not-article', title: doc.title };
  // The model is part of the key: a brief computed by an older model is not reused.
  const hash = `${textHash(extracted.text)}:${BRIEF_VERSION}`;
  const cached = await cache.get(pageKey).catch(() => null);
  if (cached && cached.textHash === hash) return { status: 'article', article: cached, cached: true };
  const article: Article = {
    pageKey,
    url: doc.location.href,
    title: extracted.title || doc.title,
    site: extracted.site || siteName(doc.location.href),
    lang: extracted.lang,
    byline: extracted.byline ?? null,
    published: extracted.published ?? null,
    brief: computeBrief(extracted.text, extracted.lang, { published: extracted.published }),
    computed: now.toISOString(),
    textHash: hash,
  };
  // A failed cache write must not cost the reader the brief.
  await cache.put(article).catch(() => {});
  return { status: 'article', article, cached: false };
}
