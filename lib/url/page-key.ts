// The key a page's highlights and brief are stored under: the same article read through a
// tracking link, with a fragment, or at its canonical address gets the same key.

const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga)$/i;

/** The canonical form of a URL: no fragment, no tracking parameters, lower-case host, no default port. */
export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  url.hash = '';
  // Names collected with forEach, not by spreading `searchParams.keys()`: in a Firefox content
  // script `URL` is the page's, seen through an Xray wrapper, and its iterators cannot be
  // iterated (spreading throws; Array.from silently gives []). tests/e2e-firefox covers it.
  const tracking: string[] = [];
  url.searchParams.forEach((_value, name) => {
    if (TRACKING_PARAM.test(name)) tracking.push(name);
  });
  for (const name of tracking) url.searchParams.delete(name);
  url.searchParams.sort();
  url.hostname = url.hostname.toLowerCase();
  return url.toString();
}

// Mobile and www. mirrors of a site publish the same articles.
const siteOfHost = (host: string) => host.toLowerCase().replace(/^(www|m|amp)\./, '');

/** The site a URL belongs to, the same for its www., m. and amp. mirrors; '' when not a URL. */
export function siteOf(url: string): string {
  try {
    return siteOfHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

/**
 * The page key for a page at `location`, preferring its canonical link. A canonical link that
 * points to another site is ignored: a hostile page could otherwise claim another site's
 * article and be shown that article's highlights.
 */
export function pageKey(location: string, canonical?: string | null): string {
  const own = normalizeUrl(location) ?? location;
  if (!canonical) return own;
  let resolved: string;
  try {
    resolved = new URL(canonical, location).toString();
  } catch {
    return own;
  }
  const key = normalizeUrl(resolved);
  if (!key) return own;
  const sameSite = siteOf(key) === siteOf(own);
  const web = /^https?:$/.test(new URL(key).protocol);
  return sameSite && web ? key : own;
}

/** The page key of a document, from its canonical link when it has one. */
export function pageKeyOf(doc: Document = document): string {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return pageKey(doc.location.href, link?.getAttribute('href'));
}

/** The site name shown for a URL: its host without www. */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
