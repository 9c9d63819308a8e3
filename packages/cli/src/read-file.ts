import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseLadder, type Ladder } from '@skill-ladder/core';
import { parseCatalogIndex, type CatalogIndex } from '@skill-ladder/core/catalog';
import { createPositionFinder, syntaxErrorPosition } from './json-positions.js';
import type { Problem } from './problem.js';
import { readCsvRows, type ReadRowsResult } from './sheet/csv.js';
import { parseSheet, type SheetProblem } from './sheet/parse-sheet.js';
import { cellName } from './sheet/sheet-rows.js';

/** What a file holds once checked: ladders, a catalog's index, or its problems. */
export interface CheckedFile {
  readonly file: string;
  readonly ladders: readonly Ladder[];
  readonly index?: CatalogIndex;
  readonly problems: readonly Problem[];
}

/** The formats a ladder file may have, by its extension. */
export const LADDER_EXTENSIONS = ['.json', '.csv', '.xlsx'] as const;

const problem = (file: string, line: number, column: number, path: string, message: string) => ({
  file,
  line,
  column,
  path,
  message,
});

function sheetProblems(file: string, problems: readonly SheetProblem[]): Problem[] {
  return problems.map(({ address, message }) =>
    problem(file, address.row, address.column, cellName(address), message),
  );
}

function checkJson(file: string, text: string): CheckedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { line, column, message } = syntaxErrorPosition(text);
    return {
      file,
      ladders: [],
      problems: [problem(file, line, column, '', `The file is not valid JSON: ${message}`)],
    };
  }
  const isIndex =
    typeof data === 'object' && data !== null && 'format' in data && !('cells' in data);
  const result = isIndex ? parseCatalogIndex(data) : parseLadder(data);
  if (result.ok) {
    return 'ladder' in result
      ? { file, ladders: [result.ladder], problems: [] }
      : { file, ladders: [], index: result.index, problems: [] };
  }
  // Positions are only looked up for a file with problems: a second parse, with locations.
  const find = createPositionFinder(text);
  return {
    file,
    ladders: [],
    problems: result.errors.map((error) => {
      const { line, column } = find(error.path);
      return problem(file, line, column, error.path, error.message);
    }),
  };
}

/**
 * Reads and checks one file: a ladder (`.json`, `.csv`, `.xlsx`; a sheet may hold many
 * skills) or a catalog's `index.json`. Never throws for bad content: every problem is in
 * `problems`, with its line and column (a spreadsheet's row and column) and its path or cell.
 *
 * @example
 * const checked = await checkFile('ladders/api-design.json');
 * checked.problems // [{ file, line: 12, column: 16, path: 'cells[3].level', message: '…' }]
 */
export async function checkFile(path: string, file = path): Promise<CheckedFile> {
  const extension = extname(path).toLowerCase();
  let rows: ReadRowsResult;
  try {
    if (extension === '.json') {
      // Windows editors save a byte order mark, which JSON.parse takes for a stray character
      // (a browser's fetch drops it): it is no part of the ladder.
      return checkJson(file, (await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
    }
    if (extension === '.csv') rows = await readCsvRows(path);
    // exceljs takes about a second to load: only for a workbook.
    else if (extension === '.xlsx')
      rows = await (await import('./sheet/xlsx.js')).readXlsxRows(path);
    else {
      const message = `${extension || 'A file without an extension'} is not a ladder format: give a .json, .csv or .xlsx file.`;
      return { file, ladders: [], problems: [problem(file, 1, 1, '', message)] };
    }
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    return {
      file,
      ladders: [],
      problems: [problem(file, 1, 1, '', `The file could not be read: ${reason}.`)],
    };
  }
  if (!rows.ok) return { file, ladders: [], problems: sheetProblems(file, rows.problems) };
  const sheet = parseSheet(rows.rows);
  return sheet.ok
    ? { file, ladders: sheet.ladders, problems: [] }
    : { file, ladders: [], problems: sheetProblems(file, sheet.problems) };
}
