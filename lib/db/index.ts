export { openDatabase, DB_NAME, type BrieflightDB, type StoredHighlight } from './database';
export { pack, unpack } from './record';
export * from './highlights';
export * from './articles';
export * from './page-notes';
