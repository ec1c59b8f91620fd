/** Where a highlight is stored: a record of its own, or a live copy in a segment's block (blocks.ts). */
import type { Highlight } from '../model/highlight';
import type { BrieflightDB } from './database';
import { findInBlocks, type InBlock } from './blocks';
import { unpack } from './record';
import { withStates } from './states';

/**
 * The highlights stored under these ids, in their order, wherever they live (a record of their own
 * wins over a copy in a segment; see blocks.ts); ids with no highlight are left out.
 */
export async function readHighlights(db: BrieflightDB, ids: readonly string[]): Promise<Highlight[]> {
  return (await locateHighlights(db, ids)).found;
}

/** readHighlights, and the live copies in segments of those ids, for a write that takes them out. */
export async function locateHighlights(db: BrieflightDB, ids: readonly string[]): Promise<{ found: Highlight[]; inBlocks: Map<string, InBlock> }> {
  // Both places asked at once: most highlights are in segments, and a look-up is a round trip.
  const [records, inBlocks] = await Promise.all([db.highlights.bulkGet([...ids]), findInBlocks(db, ids)]);
  const found: Highlight[] = [];
  records.forEach((r, i) => {
    const h = r ? unpack(r) : inBlocks.get(ids[i]!)?.h;
    if (h) found.push(h);
  });
  return { found: await withStates(db, found), inBlocks };
}
