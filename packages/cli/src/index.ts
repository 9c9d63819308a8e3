// The CLI's library: what `skill-ladder` does, for scripts that call it without a process.
export { main, EXIT } from './main.js';
export { processIo } from './io.js';
export type { Io } from './io.js';
export type { Problem } from './problem.js';
export { checkFile, LADDER_EXTENSIONS } from './read-file.js';
export type { CheckedFile } from './read-file.js';
export { buildCatalog, ladderFiles, writeCatalog } from './catalog.js';
export type { BuildCatalogResult } from './catalog.js';
export { formatOf, ladderText, OUTPUT_FORMATS, writeLadder } from './write-ladder.js';
export type { OutputFormat } from './write-ladder.js';
export { newLadder } from './new-ladder.js';
export type { NewLadderOptions } from './new-ladder.js';
export { parseSheet } from './sheet/parse-sheet.js';
export type { ParseSheetResult, SheetProblem } from './sheet/parse-sheet.js';
export { ladderRows } from './sheet/ladder-rows.js';
export { ladderCsv, readCsvRows } from './sheet/csv.js';
export { cellName, columnLetters } from './sheet/sheet-rows.js';
export type { CellAddress, SheetRow } from './sheet/sheet-rows.js';
