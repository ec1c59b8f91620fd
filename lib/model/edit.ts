import { z } from 'zod';
import { color, type Highlight } from './highlight';
import { LIMITS, limitedString, tagText } from './limits';

/*
 * A reader's edit as an operation on the highlight as it is stored now, not a whole new value from a
 * copy that may be stale: two tabs that add different tags both keep theirs (issue 16 found tab 2's
 * whole tag list overwriting tab 1's tag).
 */
export const editOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addTag'), tag: tagText }),
  z.object({ op: z.literal('removeTag'), tag: tagText }),
  z.object({ op: z.literal('setNote'), note: limitedString(LIMITS.note) }),
  z.object({ op: z.literal('setColor'), color }),
]);
export type EditOp = z.infer<typeof editOp>;

/** The operations of one edit (one save of the editor or the panel). */
export const editOps = z.array(editOp).min(1).max(2 * LIMITS.tags + 2);

/** The fields an edit changes. */
export type EditedFields = Pick<Highlight, 'color' | 'note' | 'tags'>;

/** An edit that cannot be applied as asked (it would pass a limit); nothing of it is applied. */
export class EditRefused extends Error {
  override name = 'EditRefused';
}

/** The fields of `current` after `ops`, in order. Adding a tag it has, or removing one it lacks, changes nothing. */
export function applyEditOps(current: EditedFields, ops: readonly EditOp[]): EditedFields {
  const next = { color: current.color, note: current.note, tags: [...current.tags] };
  for (const op of ops) {
    if (op.op === 'setColor') next.color = op.color;
    else if (op.op === 'setNote') next.note = op.note;
    else if (op.op === 'addTag' && !next.tags.includes(op.tag)) next.tags.push(op.tag);
    else if (op.op === 'removeTag') next.tags = next.tags.filter((t) => t !== op.tag);
  }
  if (next.tags.length > LIMITS.tags) throw new EditRefused(`A highlight can have at most ${LIMITS.tags} tags: remove one, then add this one.`);
  return next;
}

/** The operations that turn what a reader was shown (`before`) into what they saved (`after`). */
export function editOpsBetween(before: Pick<Highlight, 'note' | 'tags'>, after: Pick<Highlight, 'note' | 'tags'>): EditOp[] {
  const ops: EditOp[] = [];
  if (after.note !== before.note) ops.push({ op: 'setNote', note: after.note });
  for (const tag of before.tags) if (!after.tags.includes(tag)) ops.push({ op: 'removeTag', tag });
  for (const tag of after.tags) if (!before.tags.includes(tag)) ops.push({ op: 'addTag', tag });
  return ops;
}
