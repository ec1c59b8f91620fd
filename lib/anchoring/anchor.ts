// The DOM layer: selectors from a Range, and a Range from selectors.
import { LIMITS } from './thresholds';
import type { Selectors } from '../model/selectors';
import type { AnchorResult } from './types';
import { buildTextModel, offsetOfPoint, rangeFromOffsets, type TextModel } from './text-model';
import { indexText, matchInText, placeOf, type TextIndex } from './match-quote';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = LIMITS.context.length;

/** TextQuote (with 32 characters of context each side) and TextPosition for a Range inside `root`. */
export function describeRange(root: Node, range: Range, model: TextModel = buildTextModel(root)): Selectors {
  const start = offsetOfPoint(model, range.startContainer, range.startOffset);
  const end = Math.max(start, offsetOfPoint(model, range.endContainer, range.endOffset));
  return describeText(model.text, start, end);
}

/** Selectors for text offsets [start, end) of a root's text (the DOM-free half of describeRange). */
export function describeText(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(contextEdge(text, start, -1), start),
      suffix: text.slice(end, contextEdge(text, end, 1)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Where 32 characters of context end, counting a run of white space as one
 * character: pages indented with long runs of spaces would otherwise store a
 * context of pure white space, which fits anywhere.
 */
function contextEdge(text: string, from: number, step: 1 | -1): number {
  let seen = 0;
  let at = from;
  let inSpace = false;
  while (seen < CONTEXT_LENGTH && Math.abs(at - from) < LIMITS.context.maxRaw) {
    const c = step > 0 ? text[at] : text[at - 1];
    if (c === undefined) break;
    const space = /\s/.test(c);
    if (!space || !inSpace) seen++;
    inSpace = space;
    at += step;
  }
  // Do not end inside a run of white space: it would store a partial run.
  while (Math.abs(at - from) < LIMITS.context.maxRaw) {
    const c = step > 0 ? text[at] : text[at - 1];
    if (c === undefined || !inSpace || !/\s/.test(c)) break;
    at += step;
  }
  return at;
}

/** A root's text model and match index, built once for a whole anchoring pass. */
export interface AnchoringPass {
  model: TextModel;
  index: TextIndex;
}

/** Reads the page once so that many highlights can be anchored against it. */
export function prepareAnchoring(root: Node): AnchoringPass {
  const model = buildTextModel(root);
  return { model, index: indexText(model.text) };
}

/** Finds the highlight's text in `root`; null means it is an orphan. */
export function anchor(root: Node, selectors: Selectors, pass: AnchoringPass = prepareAnchoring(root)): AnchorResult | null {
  const match = placeOf(matchInText(pass.model.text, selectors, pass.index));
  if (!match) return null;
  const range = rangeFromOffsets(pass.model, match.start, match.end);
  return range ? { ...match, range } : null;
}

/** Anchors many highlights against one reading of the page. */
export function anchorAll(root: Node, list: readonly Selectors[]): (AnchorResult | null)[] {
  const pass = prepareAnchoring(root);
  return list.map((selectors) => anchor(root, selectors, pass));
}
