import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { openDatabase, type BrieflightDB } from '../../../lib/db';

let count = 0;

/**
 * Gives each test a new, empty database (fake-indexeddb), handed to `use` before the test and
 * deleted after it.
 */
export function useFreshDatabase(use: (db: BrieflightDB, name: string) => void | Promise<void>): void {
  let db: BrieflightDB | undefined;
  let name = '';
  beforeEach(async () => {
    name = `fresh-${++count}`;
    db = openDatabase(name);
    await use(db, name);
  });
  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });
}
