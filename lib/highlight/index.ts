// Public surface of lib/highlight.
import type { Painter, PaintMode } from './types';
import { createCssPainter, supportsCssHighlights } from './css-painter';
import { createMarkPainter } from './mark-painter';

export type { Painter, PaintMode } from './types';
export { COLOR_VALUES, highlightName, FLASH_NAME, MARK_TAG } from './styles';
export { supportsCssHighlights } from './css-painter';

/** A painter for `doc`: the CSS Custom Highlight API where present, <brieflight-mark> wrappers elsewhere. */
export function createPainter(doc: Document = document, mode?: PaintMode): Painter {
  const chosen = mode ?? (supportsCssHighlights(doc) ? 'css' : 'marks');
  return chosen === 'css' ? createCssPainter(doc) : createMarkPainter(doc);
}
