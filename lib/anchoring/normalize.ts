// Text comparison happens on a normalised copy: NFC (Vietnamese arrives both
// precomposed and decomposed), runs of white space folded to one space, and
// invisible soft hyphens / zero-width characters dropped. Every normalised
// character remembers the raw span it came from, so matches map back exactly.

/** A normalised copy of a text with maps back to the raw offsets. */
export interface NormalizedText {
  readonly text: string;
  /** rawStart[i]: raw offset where normalised char i begins. Length text.length + 1 (last = raw length). */
  readonly rawStart: Int32Array;
  /** rawEnd[i]: raw offset just after the raw span of normalised char i. */
  readonly rawEnd: Int32Array;
}

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /\s/;
// A combining mark continues the cluster of the character before it.
const MARK = /\p{M}/u;

/** Normalises a string for comparison (no offset maps); cheap for short strings. */
export function normalizeString(s: string): string {
  return s.normalize('NFC').replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
}

/** Builds the normalised copy of `raw` with offset maps. */
export function normalizeText(raw: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Most pages are already NFC; then no cluster needs recomposing.
  const needsNfc = raw.normalize('NFC') !== raw;
  let i = 0;
  const n = raw.length;
  let lastWasSpace = false;
  while (i < n) {
    const code = raw.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        let j = i + 1;
        while (j < n && SPACE.test(raw[j]!)) j++;
        pushSpace(i, j);
        i = j;
        continue;
      } else if (!(needsNfc && i + 1 < n && raw.charCodeAt(i + 1) >= 0x300 && MARK.test(raw[i + 1]!))) {
        // A plain ASCII character, not the base of a decomposed letter.
        out.push(raw[i]!);
        starts.push(i);
        ends.push(i + 1);
        lastWasSpace = false;
        i++;
        continue;
      }
    }
    const ch = raw[i]!;
    if (SPACE.test(ch)) {
      let j = i + 1;
      while (j < n && SPACE.test(raw[j]!)) j++;
      pushSpace(i, j);
      i = j;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    // One cluster: a character (maybe a surrogate pair) plus its combining marks.
    let j = i + (code >= 0xd800 && code < 0xdc00 && i + 1 < n ? 2 : 1);
    if (needsNfc) while (j < n && MARK.test(raw[j]!)) j++;
    const cluster = needsNfc ? raw.slice(i, j).normalize('NFC') : raw.slice(i, j);
    for (let k = 0; k < cluster.length; k++) {
      out.push(cluster[k]!);
      starts.push(i);
      ends.push(j);
    }
    lastWasSpace = false;
    i = j;
  }

  function pushSpace(from: number, to: number): void {
    // Invisible characters between two space runs must not leave two spaces.
    if (lastWasSpace) {
      ends[ends.length - 1] = to;
      return;
    }
    out.push(' ');
    starts.push(from);
    ends.push(to);
    lastWasSpace = true;
  }

  starts.push(n);
  ends.push(n);
  return { text: out.join(''), rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends) };
}

/** The normalised offset of raw offset `raw` (first normalised char starting at or after it). */
export function toNormalizedOffset(norm: NormalizedText, raw: number): number {
  const starts = norm.rawStart;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The raw span covered by normalised span [start, end). */
export function toRawSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.rawStart[start] ?? norm.rawStart[norm.rawStart.length - 1]!;
  const rawEnd = end > start ? norm.rawEnd[end - 1]! : rawStart;
  return { start: rawStart, end: rawEnd };
}
