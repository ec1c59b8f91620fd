import type { Highlight, HighlightChanges } from '@/lib/model/highlight';
import { editOpsBetween, type EditOp } from '@/lib/model/edit';

/**
 * The library editor's save as operations on the highlight as stored (lib/model/edit.ts), not as
 * whole values from the row it showed: a tag added meanwhile in a tab or the side panel survives.
 */
export function opsOfChanges(shown: Pick<Highlight, 'note' | 'tags'>, changes: HighlightChanges): EditOp[] {
  const ops: EditOp[] = changes.color ? [{ op: 'setColor', color: changes.color }] : [];
  return [...ops, ...editOpsBetween(shown, { note: changes.note ?? shown.note, tags: changes.tags ?? shown.tags })];
}
