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
const MIRROR = /^(www|m|amp)\./;

/**
 * The site a URL belongs to: its origin (scheme, host and port), the same for its www., m. and amp.
 * mirrors; '' when not a web URL. Scheme and port count: an http:// page must not reach the
 * https:// highlights of its host, nor one port's page another port's.
 */
export function siteOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname) return '';
  // `port` is '' for the scheme's default port, so http://a and http://a:80 are one origin.
  return `${parsed.protocol}//${parsed.hostname.toLowerCase().replace(MIRROR, '')}${parsed.port ? `:${parsed.port}` : ''}`;
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
  // siteOf is '' for anything but http(s), so a non-web canonical link never matches.
  const site = siteOf(key);
  return site && site === siteOf(own) ? key : own;
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
