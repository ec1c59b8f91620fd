/**
 * Highlight ids are UUIDs. Foreign annotations may carry any IRI or none at all, so we derive a
 * stable UUID from a string: importing the same file twice then updates records instead of duplicating them.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** `urn:uuid:…` for a highlight id, the form W3C annotations use for ids without a web address. */
export function urnOf(id: string): string {
  return `urn:uuid:${id}`;
}

/** The UUID inside `urn:uuid:…`, or null when the id has another form. */
export function uuidFromUrn(id: string): string | null {
  const m = /^urn:uuid:(.+)$/i.exec(id.trim());
  return m?.[1] && isUuid(m[1]) ? m[1].toLowerCase() : null;
}

/**
 * A UUID (version 8, "custom") from a 128-bit hash of the text. Not cryptographic: it only has to be
 * stable and spread well, and it runs synchronously in the page and in Node alike (no SubtleCrypto).
 */
export function stableUuid(text: string): string {
  // Four independent 32-bit FNV-1a/murmur-style lanes over the UTF-16 code units.
  let h1 = 0x811c9dc5, h2 = 0x01000193 ^ 0x9e3779b9, h3 = 0x85ebca6b, h4 = 0xc2b2ae35;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h3 = Math.imul(h3 ^ c, 0x27d4eb2f);
    h4 = Math.imul(h4 ^ c, 0x165667b1);
  }
  const mix = (h: number, k: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b ^ k);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const hex = [mix(h1, h4), mix(h2, h1), mix(h3, h2), mix(h4, h3)].map((n) => n.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
