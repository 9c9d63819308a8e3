import type { Alignment, Ladder } from '../types.js';

/**
 * Options of `toCsv`.
 *
 * @example
 * toCsv(ladder, { bom: true, guardFormulas: true } satisfies CsvOptions);
 */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so spreadsheet apps read non-Latin text right. */
  readonly bom?: boolean;
  /**
   * Put a `'` before text that starts with `=`, `+`, `-`, `@`, a tab or a return, so that a
   * spreadsheet shows it instead of running it as a formula (`guardFormula`; `unguardFormula`
   * undoes it exactly). Default `true`.
   */
  readonly guardFormulas?: boolean;
}

// A CSV opened in a spreadsheet app runs text that starts with =, +, -, @, a tab or a return
// as a formula. The writer puts an apostrophe before such text (OWASP's advice) and the reader
// takes exactly one away. Text that already starts with apostrophes before such a character
// gets one more, so that every text comes back as it was.
const RISKY = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * The text as written to a CSV cell, so that a spreadsheet shows it instead of running it:
 * an apostrophe before text that starts with `=`, `+`, `-`, `@`, a tab or a return (and
 * before such text that already starts with apostrophes, so that `unguardFormula` can undo
 * every case). `toCsv` and the `skill-ladder` command both write with it.
 *
 * @example
 * guardFormula('=SUM(A1)') // "'=SUM(A1)"
 * guardFormula("'=SUM(A1)") // "''=SUM(A1)"
 */
export function guardFormula(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

/**
 * The text a CSV cell stands for: undoes `guardFormula` exactly, and leaves any other text
 * (`'plain apostrophe`) as it is.
 *
 * @example
 * unguardFormula("'=SUM(A1)") // '=SUM(A1)'
 * unguardFormula("''=SUM(A1)") // "'=SUM(A1)"
 */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

const HEADER = ['skill', 'role', 'role_name', 'level', 'level_name', 'requirement', 'description'];
const ALIGNMENT_HEADER = ['skill_alignments', 'role_alignments'];

// As in the ladder file, so that a reader gets them back exactly; empty when there are none.
const alignmentsText = (alignments: readonly Alignment[] | undefined) =>
  alignments?.length ? JSON.stringify(alignments) : '';

function field(value: string, guardFormulas: boolean): string {
  const text = guardFormulas ? guardFormula(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The ladder as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), one row
 * per cell, roles in order and each role's levels lowest first. The requirement column holds
 * the format's words (`required`, `optional`, `not-expected`), so the file reads back as data;
 * a not-expected cell has an empty description. A ladder with alignments gets two more
 * columns, `skill_alignments` and `role_alignments`: the skill's and the row's role's
 * alignments as the JSON list of the ladder file (empty when there are none). Pass
 * `localizeLadder(ladder, locale)` for the texts in another language.
 *
 * @example
 * toCsv(mlPipelines, { bom: true }).split('\r\n')[0]
 * // '\uFEFFskill,role,role_name,level,level_name,requirement,description'
 */
export function toCsv(ladder: Ladder, options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const levels = new Map(ladder.levels.map((level, i) => [level.id, { level, i }]));
  const roles = new Map(ladder.roles.map((role, i) => [role.id, { role, i }]));
  const aligned =
    Boolean(ladder.alignments?.length) || ladder.roles.some((role) => role.alignments?.length);
  const rows = [...ladder.cells]
    .sort(
      (a, b) =>
        (roles.get(a.role)?.i ?? 0) - (roles.get(b.role)?.i ?? 0) ||
        (levels.get(a.level)?.i ?? 0) - (levels.get(b.level)?.i ?? 0),
    )
    .map((cell) => [
      ladder.id,
      cell.role,
      roles.get(cell.role)?.role.name ?? cell.role,
      cell.level,
      levels.get(cell.level)?.level.name ?? cell.level,
      cell.requirement,
      cell.requirement === 'not-expected' ? '' : cell.description,
      ...(aligned
        ? [alignmentsText(ladder.alignments), alignmentsText(roles.get(cell.role)?.role.alignments)]
        : []),
    ]);
  const lines = [aligned ? [...HEADER, ...ALIGNMENT_HEADER] : HEADER, ...rows].map((row) =>
    row.map((value) => field(value, guard)).join(','),
  );
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
