import type { RuleId } from './policy';

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

/** A match and the rule of the policy that placed it. */
export interface Placed extends TextMatch {
  rule: RuleId;
}

/** No safe place: the rule that orphaned the quote. */
export interface Orphan {
  orphan: RuleId;
}

/** A highlight anchored in the live page. */
export interface AnchorResult extends Placed {
  range: Range;
}
