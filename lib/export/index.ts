/** Export and import of highlights in open formats. Pure: usable in the extension pages and in Node. */
export { toW3cAnnotation, toW3cCollection, toUri, w3cCollectionParts, ANNO_CONTEXT, BRIEFLIGHT_NS, W3C_CONTEXT } from './w3c';
export type { W3cAnnotation, W3cTextualBody, CollectionOptions } from './w3c';
export { toMarkdown, markdownParts, markdownTag } from './markdown';
export { markdownFiles, markdownZip } from './markdown-zip';
export type { MarkdownFile } from './markdown-zip';
export { passageLink, isWebAddress } from './passage-link';
export { toCsv, csvParts, csvCell, localDateTime, CSV_BOM, CSV_HEADER } from './csv';
export { toBackup, backupParts, BACKUP_FORMAT, BACKUP_VERSION } from './backup';
export type { Backup } from './backup';
export { exportChunks, exportText, ExportBuilder, EXPORT_FORMATS, EXPORT_FILE } from './chunks';
export type { ExportFormat, ChunkOptions } from './chunks';
export { groupByPage } from './pages';
export type { PageGroup, PageNotes } from './pages';
export { parseImport, checkImportSize, MAX_IMPORT_BYTES } from './import';
export type { ImportBatch, ImportOptions } from './import';
export { ImportError } from './errors';
export { planImport, importSummary } from './merge';
export type { ImportPlan, MergeSet, ExistingLookup, KnownTimes, KnownRecords } from './merge';
