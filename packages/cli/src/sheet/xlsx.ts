import type { Ladder } from '@skill-ladder/core';
import ExcelJS from 'exceljs';
import type { ReadRowsResult } from './csv.js';
import { ladderRows } from './ladder-rows.js';
import type { SheetRow } from './sheet-rows.js';

/** The header block's sheet in a workbook. */
export const LADDER_SHEET = 'Ladder';
/** The table's sheet in a workbook the CLI writes. */
export const CELLS_SHEET = 'Cells';

const pad = (n: number) => String(n).padStart(2, '0');

// XML cannot keep a carriage return (a reader turns CRLF into LF) or most control characters:
// OOXML writes them as `_xHHHH_`, and a literal `_xHHHH_` with its underscore escaped. exceljs
// does neither, so the CLI does both ways.
const encodeText = (text: string) =>
  text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\r]/g,
    (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
const decodeText = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );

/** A cell's value as the text a person sees typed in it; a formula stays its text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return decodeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds();
    return time === 0 ? date : value.toISOString();
  }
  if ('richText' in value) return decodeText(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    // Never evaluated: `=HYPERLINK(…)` is read as the text `=HYPERLINK(…)`.
    return `=${'formula' in value ? value.formula : value.sharedFormula}`;
  }
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * Reads an .xlsx workbook as a stream: the "Ladder" sheet's rows first (the header block), then
 * the rows of the other sheets (the table). Each cell is read as text, formulas unevaluated.
 *
 * @example
 * const read = await readXlsxRows('ladder.xlsx'); // rows tagged with their sheet, e.g. 'Cells'
 */
export async function readXlsxRows(path: string): Promise<ReadRowsResult> {
  const sheets: SheetRow[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      const rows: SheetRow[] = [];
      for await (const row of worksheet) {
        const values = (row as ExcelJS.Row).values as ExcelJS.CellValue[];
        rows.push({ number: row.number, sheet: name, cells: values.slice(1).map(cellText) });
      }
      if (name.toLowerCase() === LADDER_SHEET.toLowerCase()) sheets.unshift(rows);
      else sheets.push(rows);
    }
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          address: { row: 1, column: 1 },
          message: `The file could not be read as an Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}.`,
        },
      ],
    };
  }
  return { ok: true, rows: sheets.flat() };
}

/**
 * Writes the ladder as an .xlsx workbook, streamed: the table in a "Cells" sheet, the header
 * block in a "Ladder" sheet. Every cell is a string cell, never a formula.
 *
 * @example
 * await writeLadderXlsx(mlPipelines, 'ml-pipelines.xlsx');
 */
export async function writeLadderXlsx(ladder: Ladder, path: string): Promise<void> {
  const { header, table } = ladderRows(ladder);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
  });
  const write = (name: string, rows: readonly (readonly string[])[], widths: number[]) => {
    const views = name === CELLS_SHEET ? [{ state: 'frozen' as const, ySplit: 1 }] : [];
    const sheet = workbook.addWorksheet(name, { views });
    sheet.columns = widths.map((width) => ({ width }));
    for (const row of rows) sheet.addRow(row.map(encodeText)).commit();
    sheet.commit();
  };
  write(CELLS_SHEET, table, [18, 24, 14, 14, 80]);
  write(LADDER_SHEET, header, [18, 24, 24, 24, 24, 24]);
  await workbook.commit();
}
