export { openDatabase, DB_NAME, type BrieflightDB, type StoredHighlight } from './database';
export * from './highlights';
export * from './articles';
