// Bounded edit distances, written for our two needs: comparing short context
// strings, and finding where a quote best fits inside a small window of text.

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  if (b.length <= 32 && b.length <= a.length) return bitParallelDistance(b, a);
  if (a.length <= 32) return bitParallelDistance(a, b);
  return tableDistance(a, b);
}

/** Where each character occurs in the pattern, one bit per position (reset after each use). */
const occurs = new Int32Array(0x10000);

/**
 * Levenshtein distance for a pattern of at most 32 characters, one machine
 * word per column (Myers 1999, in Hyyrö's formulation for the distance
 * between whole strings). Context comparisons (32 characters each side) run
 * for every copy of a common quote, so this is what makes scoring them all cheap.
 */
function bitParallelDistance(pattern: string, text: string): number {
  return myersScan(pattern, text, 0, text.length, true, -1);
}

/**
 * Myers' bit-parallel scan of text[from, to) with a pattern of at most 32
 * characters; the score after each text character is the edit distance of the
 * pattern against the text read so far. `whole`: the text's characters before
 * the match count as edits (the distance between whole strings); otherwise a
 * match may begin anywhere (a search). Stops early once the score is at most
 * `stopAt`. Returns the last score.
 */
function myersScan(pattern: string, text: string, from: number, to: number, whole: boolean, stopAt: number): number {
  const m = pattern.length;
  for (let i = 0; i < m; i++) occurs[pattern.charCodeAt(i)]! |= 1 << i;
  const high = 1 << (m - 1);
  const firstRow = whole ? 1 : 0;
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = from; j < to; j++) {
    const eq = occurs[text.charCodeAt(j)]!;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score <= stopAt) break;
    // The first row: counting up for a whole-string distance (j text characters against none of
    // the pattern cost j), staying 0 for a search.
    ph = (ph << 1) | firstRow;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let i = 0; i < m; i++) occurs[pattern.charCodeAt(i)] = 0;
  return score;
}

/** Levenshtein distance by the full table, two rows at a time. */
function tableDistance(a: string, b: string): number {
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
  // Ukkonen's cut-off: rows below the last one within maxErrors cannot come back within it
  // in the next column but one row further, so each column is computed only that far (rows
  // beyond hold maxErrors + 1). Far from every fit, that is about maxErrors rows, not m.
  let top = Math.min(m, maxErrors);
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    next[0] = 0;
    nextBegin[0] = j + 1;
    const rows = Math.min(m, top + 1);
    for (let i = 1; i <= rows; i++) {
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
    if (rows < m) next[rows + 1] = maxErrors + 1;
    top = rows;
    while (top > 0 && next[top]! > maxErrors) top--;
    const errors = rows === m ? next[m]! : maxErrors + 1;
    if (errors <= maxErrors && (!best || errors < best.errors)) best = { start: nextBegin[m]!, end: j + 1, errors };
    [cost, next] = [next, cost];
    [begin, nextBegin] = [nextBegin, begin];
  }
  return best;
}

/**
 * True when `pattern` (at most 32 characters) occurs with at most `maxErrors`
 * edits somewhere inside text[from, to). Bit-parallel search (Myers 1999):
 * one pass over the window, a few word operations per character, so a whole
 * page can be searched for a short quote's look-alikes.
 */
export function occursWithin(text: string, pattern: string, from: number, to: number, maxErrors: number): boolean {
  const m = pattern.length;
  if (!m || m > 32) throw new RangeError('occursWithin: pattern of 1 to 32 characters');
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  if (m <= maxErrors) return true;
  return myersScan(pattern, text, from, to, false, maxErrors) <= maxErrors;
}

/**
 * Edit distance of `pattern` against each stretch of text that begins at `from` (step 1)
 * or ends there (step -1), for every length up to `maxLength`: out[j] is the distance to
 * the j characters next to `from`. One table pass, for a quote whose one edge is pinned.
 */
export function distancesFrom(pattern: string, text: string, from: number, maxLength: number, step: 1 | -1): Int32Array {
  const m = pattern.length;
  const limit = Math.max(0, Math.min(maxLength, step > 0 ? text.length - from : from));
  const p = step > 0 ? pattern : pattern.split('').reverse().join('');
  let col = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  const out = new Int32Array(limit + 1);
  out[0] = m;
  for (let j = 1; j <= limit; j++) {
    const c = text.charCodeAt(step > 0 ? from + j - 1 : from - j);
    next[0] = j;
    for (let i = 1; i <= m; i++) {
      const sub = col[i - 1]! + (p.charCodeAt(i - 1) === c ? 0 : 1);
      const del = col[i]! + 1;
      const ins = next[i - 1]! + 1;
      next[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    out[j] = next[m]!;
    [col, next] = [next, col];
  }
  return out;
}
