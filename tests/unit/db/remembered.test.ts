// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie, { type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './fresh-database';
import { createHighlight, type BrieflightDB } from '../../../lib/db';
import { highlightTables } from '../../../lib/db/database';
import { idsInCreatedOrder, UntilWrite } from '../../../lib/db/remembered';
import { makeHighlight } from '../../fixtures/library/records';

let db: BrieflightDB;
useFreshDatabase((fresh) => {
  db = fresh;
});

describe('answers remembered until the next write', () => {
  // A remembered answer outlives the query that first asked for it. Computed inside that query's
  // transaction, its reads failed once the transaction had committed ("the transaction has
  // finished"), and the library page, opened on a busy machine, showed that error instead of its rows.
  it('are computed outside the transaction of the query that asks first', async () => {
    const remembered = new UntilWrite<Transaction | null>();
    const seen = await db.transaction('r', highlightTables(db), () => remembered.get(db, 'k', async () => Dexie.currentTransaction));
    expect(seen).toBeNull();
  });

  it('are read again after a write', async () => {
    const selectors = makeHighlight({ text: 'x' }).selectors;
    const first = await createHighlight(db, { pageKey: 'https://a.vn/1', url: 'https://a.vn/1', title: 'T', text: 'một', selectors }, new Date('2026-01-01T00:00:00Z'));
    expect(await idsInCreatedOrder(db)).toEqual([first.id]);
    const second = await createHighlight(db, { pageKey: 'https://a.vn/1', url: 'https://a.vn/1', title: 'T', text: 'hai', selectors }, new Date('2026-01-02T00:00:00Z'));
    await expect.poll(() => idsInCreatedOrder(db)).toEqual([first.id, second.id]);
  });
});
