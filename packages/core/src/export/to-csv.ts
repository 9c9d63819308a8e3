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
   * spreadsheet shows it instead of running it as a formula. Default `true`.
   */
  readonly guardFormulas?: boolean;
}

const HEADER = ['skill', 'role', 'role_name', 'level', 'level_name', 'requirement', 'description'];
const ALIGNMENT_HEADER = ['skill_alignments', 'role_alignments'];

// As in the ladder file, so that a reader gets them back exactly; empty when there are none.
const alignmentsText = (alignments: readonly Alignment[] | undefined) =>
  alignments?.length ? JSON.stringify(alignments) : '';

function field(value: string, guardFormulas: boolean): string {
  const text = guardFormulas && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
