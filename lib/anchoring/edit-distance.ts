// Bounded edit distances, written for our two needs: comparing short context
// strings, and finding where a quote best fits inside a small window of text.

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Where `pattern` fits best inside text[from, to), allowing edits on both sides. */
export interface WindowMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Semi-global alignment: the whole pattern against any substring of the
 * window. Columns run over the text so memory stays O(pattern length); each
 * cell also carries where its alignment began, so no traceback is needed.
 * Returns null when every alignment needs more than `maxErrors` edits.
 */
export function bestMatchInWindow(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxErrors: number,
): WindowMatch | null {
  const m = pattern.length;
  if (!m) return null;
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const p = new Uint16Array(m);
  for (let i = 0; i < m; i++) p[i] = pattern.charCodeAt(i);
  let cost = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let begin = new Int32Array(m + 1);
  let nextBegin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    begin[i] = from;
  }
  let best: WindowMatch | null = null;
  if (m <= maxErrors) best = { start: from, end: from, errors: m };
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    next[0] = 0;
    nextBegin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let v = cost[i - 1]! + (p[i - 1] === c ? 0 : 1);
      let b = begin[i - 1]!;
      const skipText = cost[i]! + 1;
      if (skipText < v) {
        v = skipText;
        b = begin[i]!;
      }
      const skipPattern = next[i - 1]! + 1;
      if (skipPattern < v) {
        v = skipPattern;
        b = nextBegin[i - 1]!;
      }
      next[i] = v;
      nextBegin[i] = b;
    }
    const errors = next[m]!;
    if (errors <= maxErrors && (!best || errors < best.errors)) best = { start: nextBegin[m]!, end: j + 1, errors };
    [cost, next] = [next, cost];
    [begin, nextBegin] = [nextBegin, begin];
  }
  return best;
}
