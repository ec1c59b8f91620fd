// Public surface of lib/anchoring.
export type { AnchorMethod, AnchorResult, Orphan, Placed, TextMatch } from './types';
export { describeRange, describeText, anchor, anchorAll, prepareAnchoring, CONTEXT_LENGTH, type AnchoringPass } from './anchor';
export { matchInText, placeOf, indexText, type TextIndex } from './match-quote';
export type { RuleId } from './policy';
export { buildTextModel, rangeFromOffsets, UI_ATTRIBUTE, UI_TAG, type TextModel } from './text-model';
export { normalizeString } from './normalize';
