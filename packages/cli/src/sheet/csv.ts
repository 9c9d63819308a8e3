import { createReadStream } from 'node:fs';
import type { Ladder } from '@skill-ladder/core';
import { guardFormula, unguardFormula } from '@skill-ladder/core/export';
import { CsvError, parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { ladderRows } from './ladder-rows.js';
import type { SheetProblem } from './parse-sheet.js';
import type { SheetRow } from './sheet-rows.js';

/** The rows of a CSV file, or the reason it could not be read (a quote left open, …). */
export type ReadRowsResult =
  | { readonly ok: true; readonly rows: SheetRow[] }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

/**
 * Reads a CSV file as a stream (a byte order mark, CRLF or LF line ends, quoted commas, quotes
 * and line breaks), one row per record, and undoes the writer's formula guard.
 *
 * @example
 * const read = await readCsvRows('ladder.csv'); // { ok: true, rows: [{ number: 1, cells: ['name', 'ML Pipelines'] }, …] }
 */
export async function readCsvRows(path: string): Promise<ReadRowsResult> {
  const rows: SheetRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false }),
  );
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rows.push({ number: rows.length + 1, cells: record.map(unguardFormula) });
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = rows.length + 1;
    return {
      ok: false,
      problems: [
        {
          address: { row, column: 1 },
          message: `Row ${row} could not be read as CSV: ${error.message.replace(/^Invalid \w+: /, '')}`,
        },
      ],
    };
  }
  return { ok: true, rows };
}

/**
 * The ladder as CSV text in the spreadsheet shape: a UTF-8 byte order mark (so that Excel reads
 * the text right), the header block, an empty row, the table; CRLF line ends, and an apostrophe
 * before any text a spreadsheet would run as a formula.
 *
 * @example
 * ladderCsv(mlPipelines).split('\r\n')[1] // 'name,ML Pipelines'
 */
export function ladderCsv(ladder: Ladder): string {
  const { header, table } = ladderRows(ladder);
  const rows = [...header, [], ...table].map((row) => row.map(guardFormula));
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
}
