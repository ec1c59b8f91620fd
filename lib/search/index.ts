export { foldText, searchWords, queryWords, wordsOfHighlight, matchesQuery, indexWordFor, MAX_INDEXED_WORDS } from './words';
