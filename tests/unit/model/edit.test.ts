// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyEditOps, editOps, editOpsBetween, EditRefused } from '../../../lib/model/edit';

const shown = { color: 'yellow' as const, note: 'first', tags: ['a', 'b'] };

describe('edits as operations', () => {
  it('adds and removes tags on the current list, not on a copy', () => {
    // Another tab added "c" meanwhile: this tab's "d" joins it, its removal of "a" keeps "c".
    const stored = { ...shown, tags: ['a', 'b', 'c'] };
    expect(applyEditOps(stored, [{ op: 'addTag', tag: 'd' }, { op: 'removeTag', tag: 'a' }]).tags).toEqual(['b', 'c', 'd']);
  });

  it('adds a tag once, and removing a tag that is gone changes nothing', () => {
    expect(applyEditOps(shown, [{ op: 'addTag', tag: 'a' }, { op: 'removeTag', tag: 'zz' }])).toEqual(shown);
  });

  it('sets the note and the colour', () => {
    expect(applyEditOps(shown, [{ op: 'setNote', note: 'second' }, { op: 'setColor', color: 'blue' }])).toEqual({ ...shown, note: 'second', color: 'blue' });
  });

  it('refuses, with what to do, an edit that would pass 50 tags, and applies none of it', () => {
    const full = { ...shown, tags: Array.from({ length: 50 }, (_, i) => `t${i}`) };
    expect(() => applyEditOps(full, [{ op: 'addTag', tag: 'one more' }])).toThrow(EditRefused);
    expect(() => applyEditOps(full, [{ op: 'addTag', tag: 'one more' }])).toThrow(/at most 50 tags: remove one/);
    expect(applyEditOps(full, [{ op: 'removeTag', tag: 't0' }, { op: 'addTag', tag: 'one more' }]).tags).toHaveLength(50);
  });

  it('turns what the panel saved into operations: the note if it changed, each tag removed and added', () => {
    expect(editOpsBetween(shown, { note: 'first', tags: ['b', 'c'] })).toEqual([
      { op: 'removeTag', tag: 'a' },
      { op: 'addTag', tag: 'c' },
    ]);
    expect(editOpsBetween(shown, { note: 'changed', tags: ['a', 'b'] })).toEqual([{ op: 'setNote', note: 'changed' }]);
    expect(editOpsBetween(shown, shown)).toEqual([]);
  });

  it('checks operations at the boundary: a known op, the note and tag limits, at least one', () => {
    expect(editOps.safeParse([{ op: 'setNote', note: 'x'.repeat(100_001) }]).success).toBe(false);
    expect(editOps.safeParse([{ op: 'addTag', tag: 'x'.repeat(101) }]).success).toBe(false);
    expect(editOps.safeParse([{ op: 'replaceAll', tags: [] }]).success).toBe(false);
    expect(editOps.safeParse([]).success).toBe(false);
    expect(editOps.safeParse([{ op: 'addTag', tag: 'ok' }]).success).toBe(true);
  });
});
