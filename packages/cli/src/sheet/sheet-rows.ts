/** One row of a spreadsheet as a person sees it: its number, its texts from column A on. */
export interface SheetRow {
  /** 1-based, as the spreadsheet shows it (a CSV record with a line break is still one row). */
  readonly number: number;
  readonly cells: readonly string[];
  /** The worksheet's name in a workbook; none in a CSV file. */
  readonly sheet?: string;
}

/** A cell's address: sheet (in a workbook), 1-based row and column. */
export interface CellAddress {
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
}

/** `A`, `B`, …, `Z`, `AA`: the column letters for a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `B14`, or `Ladder!B3` in a workbook's named sheet. */
export function cellName(address: CellAddress): string {
  const ref = `${columnLetters(address.column)}${address.row}`;
  return address.sheet === undefined ? ref : `${address.sheet}!${ref}`;
}
