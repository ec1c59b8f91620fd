// Public surface of lib/anchoring.
export type { AnchorMethod, AnchorResult, TextMatch } from './types';
export { describeRange, describeText, anchor, anchorAll, prepareAnchoring, CONTEXT_LENGTH, type AnchoringPass } from './anchor';
export { matchInText, indexText, type TextIndex } from './match-quote';
export { buildTextModel, rangeFromOffsets, UI_ATTRIBUTE, UI_TAG, type TextModel } from './text-model';
export { normalizeString } from './normalize';
