/** How a stored highlight found its text again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a highlight's quote was found, as offsets into the raw text of the root. */
export interface TextMatch {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for an exact fit; lower as quote and context differ. */
  score: number;
}

/** A highlight anchored in the live page. */
export interface AnchorResult extends TextMatch {
  range: Range;
}
