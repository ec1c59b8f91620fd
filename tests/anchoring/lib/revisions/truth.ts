// Ground truth for a real revision, independent of the code under test: a
// character diff (diff-match-patch) of the old text to the new tells where each
// old quote's characters went, and how similar the text there is to the quote.
import DiffMatchPatch, { type Diff } from 'diff-match-patch';
import approxSearch from 'approx-string-match';

/** Where the quoted text is in the new version. */
export type RevisionClass = 'intact' | 'edited ≥ 0.88' | 'edited 0.80–0.88' | 'gone';
export const CLASSES: readonly RevisionClass[] = ['intact', 'edited ≥ 0.88', 'edited 0.80–0.88', 'gone'];

/** Similarity bounds of the classes (1 - edit distance / longer length). */
const EDITED_CLOSELY = 0.88;
const EDITED_AT_ALL = 0.8;

export interface Truth {
  class: RevisionClass;
  /** Where the quote's text is now; for 'gone', the text its characters became (for 'partial'), if any. */
  span: { start: number; end: number } | null;
  similarity: number;
}

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 10;

export interface Revision {
  old: string;
  new: string;
  /**
   * Character by character, without semantic clean-up: a rewritten paragraph cleaned up
   * becomes one deletion and one insertion, which would hide the words it kept.
   */
  diffs: Diff[];
  /** Spans of the old text that the new one lacks or changed (deletions, and insertion points). */
  edits: { start: number; end: number }[];
}

export function diffRevision(oldText: string, newText: string): Revision {
  const diffs = dmp.diff_main(oldText, newText);
  // Where a reader would see edits: the diff cleaned up to whole changes.
  const readable = dmp.diff_main(oldText, newText);
  dmp.diff_cleanupSemantic(readable);
  const edits: { start: number; end: number }[] = [];
  let at = 0;
  for (const [op, chunk] of readable) {
    if (op === DiffMatchPatch.DIFF_DELETE) edits.push({ start: at, end: at + chunk.length });
    if (op === DiffMatchPatch.DIFF_INSERT) edits.push({ start: at, end: at });
    if (op !== DiffMatchPatch.DIFF_INSERT) at += chunk.length;
  }
  return { old: oldText, new: newText, diffs, edits };
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest ? 1 - dmp.diff_levenshtein(dmp.diff_main(a, b, false)) / longest : 1;
}

/** New-text offsets of inserted characters, as [start, end) runs. */
function insertions(r: Revision): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let at = 0;
  for (const [op, chunk] of r.diffs) {
    if (op === DiffMatchPatch.DIFF_INSERT) runs.push({ start: at, end: at + chunk.length });
    if (op !== DiffMatchPatch.DIFF_DELETE) at += chunk.length;
  }
  return runs;
}

export function truthOf(r: Revision, start: number, end: number): Truth {
  const quote = r.old.slice(start, end);
  let ns = dmp.diff_xIndex(r.diffs, start);
  let ne = dmp.diff_xIndex(r.diffs, end);
  while (ns < ne && /\s/.test(r.new[ns]!)) ns++;
  while (ne > ns && /\s/.test(r.new[ne - 1]!)) ne--;
  // A quote of whole words maps to whole words: the diff may share a word's last letters.
  const word = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  if (ne > ns && word(quote[0]) && !word(r.old[start - 1])) while (word(r.new[ns - 1]) && word(r.new[ns])) ns--;
  if (ne > ns && word(quote[quote.length - 1]) && !word(r.old[end])) while (word(r.new[ne]) && word(r.new[ne - 1])) ne++;
  const there = r.new.slice(ns, ne);
  const sim = ne > ns ? similarity(quote, there) : 0;
  if (sim >= EDITED_AT_ALL) {
    const cls: RevisionClass = there === quote ? 'intact' : sim >= EDITED_CLOSELY ? 'edited ≥ 0.88' : 'edited 0.80–0.88';
    return { class: cls, span: { start: ns, end: ne }, similarity: sim };
  }
  // Moved: the diff deleted the quote here and inserted it again elsewhere (a section moved,
  // maybe edited on the way: a listing renumbered). One place overlapping inserted text fits it.
  const moved = movedTo(r, quote);
  if (moved) {
    const sim2 = similarity(quote, r.new.slice(moved.start, moved.end));
    const cls: RevisionClass = sim2 === 1 ? 'intact' : sim2 >= EDITED_CLOSELY ? 'edited ≥ 0.88' : 'edited 0.80–0.88';
    if (sim2 >= EDITED_AT_ALL) return { class: cls, span: moved, similarity: sim2 };
  }
  return { class: 'gone', span: ne > ns ? { start: ns, end: ne } : null, similarity: sim };
}

/** The one place in inserted text that fits the quote within 20% of edits, if there is exactly one. */
function movedTo(r: Revision, quote: string): { start: number; end: number } | null {
  const runs = insertions(r);
  const inserted = (m: { start: number; end: number }) => runs.some((x) => x.start < m.end && m.start < x.end);
  const found = approxSearch(r.new, quote, Math.floor(quote.length * (1 - EDITED_AT_ALL))).filter(inserted);
  if (!found.length) return null;
  const fewest = Math.min(...found.map((m) => m.errors));
  const best = found.filter((m) => m.errors === fewest);
  // Alignments of one place overlap; two separate places are two candidates, and then neither is the truth.
  const first = best[0]!;
  if (best.some((m) => m.start >= first.end || m.end <= first.start)) return null;
  const start = Math.min(...best.map((m) => m.start));
  const end = Math.max(...best.map((m) => m.end));
  return { start, end: Math.min(end, start + Math.max(...best.map((m) => m.end - m.start))) };
}
