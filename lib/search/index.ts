export { foldText, searchWords, queryWords, wordsOfHighlight, ownWords, pageWords, matchesQuery, indexWordFor, MAX_INDEXED_WORDS } from './words';
