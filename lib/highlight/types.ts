import type { Color } from '../model/highlight';

/** How highlights are drawn: CSS Custom Highlight API, or <brieflight-mark> wrappers where it is missing. */
export type PaintMode = 'css' | 'marks';

/** Draws highlights on one document. */
export interface Painter {
  readonly mode: PaintMode;
  /** Draws (or redraws) highlight `id` over `range`. */
  paint(id: string, range: Range, color: Color): void;
  recolor(id: string, color: Color): void;
  remove(id: string): void;
  /** Removes every highlight and the injected style. */
  clear(): void;
  /** Ids of the highlights under a viewport point, innermost last. */
  hitTest(x: number, y: number): string[];
  /** The range a highlight covers now, if it is drawn. */
  rangeOf(id: string): Range | null;
  /** Briefly draws `range` (after jumping to a highlight). */
  flash(range: Range, ms?: number): void;
}
