import type { BrieflightDB } from './database';

/** Every table a write of highlights keeps in step (see highlights.ts, blocks.ts, terms.ts, pages.ts, states.ts). */
export const highlightTables = (db: BrieflightDB) => [db.highlights, db.words, db.pages, db.terms, db.blocks, db.segments, db.released, db.states];
