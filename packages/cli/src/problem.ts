/**
 * One problem of one file: where it is (1-based line and column; for a spreadsheet, its row and
 * column), the path in the ladder or the cell as a person sees it (`B14`), and a sentence.
 */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}
