/**
 * The upgrade to database version 5: the highlights of version 3–4 segments (records naming their
 * `seg`) move to that segment's blocks and directory (see blocks.ts), keeping the segment's name so
 * its posting lists stay valid; the segment gains its facet posting lists (colour, state, tags),
 * which blocks need. Highlights saved one at a time stay where they are.
 */
import type { Transaction } from 'dexie';
import type { Highlight } from '../model/highlight';
import { addTo, facetWords, termKey } from './terms';
import { segmentRows } from './blocks';
import { unpack, type StoredHighlight } from './record';

export async function moveSegmentsToBlocks(tx: Transaction): Promise<void> {
  const highlights = tx.table<StoredHighlight, string>('highlights');
  const bySeg = new Map<string, Highlight[]>();
  await highlights.toCollection().each((r) => {
    if (r.seg !== undefined) addTo(bySeg, r.seg, unpack(r));
  });
  if (!bySeg.size) return;
  const facets = new Map<string, string[]>();
  const writes: Promise<unknown>[] = [];
  for (const [seg, list] of bySeg) {
    const { blocks, directory } = segmentRows(list, seg);
    writes.push(tx.table('blocks').bulkAdd(blocks), tx.table('segments').add(directory));
    for (const h of list) for (const word of facetWords(h)) addTo(facets, termKey(word, seg), h.id);
    writes.push(highlights.bulkDelete(list.map((h) => h.id)));
  }
  writes.push(tx.table('terms').bulkPut([...facets].map(([key, ids]) => ({ key, ids }))));
  await Promise.all(writes);
}
