// A CSV opened in a spreadsheet app runs text that starts with =, +, -, @, a tab or a return
// as a formula. The writer puts an apostrophe before such text (OWASP's advice) and the reader
// takes exactly one away. Text that already starts with apostrophes before such a character
// gets one more, so that every text comes back as it was.
const RISKY = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The text as written to a CSV cell: `'=SUM(A1)` for `=SUM(A1)`. */
export function guardFormula(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

/** The text a CSV cell stands for: undoes `guardFormula`, leaves any other text as it is. */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
