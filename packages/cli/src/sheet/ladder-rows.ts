import type { Alignment, Ladder } from '@skill-ladder/core';
import { ALIGNMENT_CELLS, TABLE_COLUMNS } from './sheet-shape.js';

function alignmentCells(alignment: Alignment): string[] {
  const cells = ALIGNMENT_CELLS.map((field) => alignment[field] ?? '');
  while (cells.length > 2 && cells.at(-1) === '') cells.pop();
  return cells;
}

/** A ladder in the spreadsheet shape: the header block's rows and the table's rows. */
export interface LadderRows {
  readonly header: readonly (readonly string[])[];
  readonly table: readonly (readonly string[])[];
}

/**
 * A ladder as rows of text in the spreadsheet shape (see the package README), for the CSV and
 * the xlsx writers alike. `parseSheet` reads them back to the same ladder.
 *
 * @example
 * ladderRows(mlPipelines).table[0] // ['skill', 'role', 'level', 'requirement', 'description']
 */
export function ladderRows(ladder: Ladder): LadderRows {
  const translations = Object.entries(ladder.translations ?? {});
  const levelIds = ladder.levels.map((level) => level.id);
  const roleIds = ladder.roles.map((role) => role.id);
  const header: string[][] = [
    ['name', ladder.name],
    ['domain', ladder.domain],
    ['group', ladder.group],
    ['keywords', ...ladder.keywords],
    ['updated', ladder.updated],
    ...(ladder.lang === undefined ? [] : [['lang', ladder.lang]]),
    ['levels', ...levelIds],
    ['level names', ...ladder.levels.map((level) => level.name)],
    ['roles', ...roleIds],
    ['role names', ...ladder.roles.map((role) => role.name)],
    ...(ladder.alignments ?? []).map((alignment) => ['alignment', ...alignmentCells(alignment)]),
    ...ladder.roles.flatMap((role) =>
      (role.alignments ?? []).map((alignment) => [
        'role alignment',
        role.id,
        ...alignmentCells(alignment),
      ]),
    ),
  ];
  if (translations.length > 0) header.push(['translations', ...translations.map(([tag]) => tag)]);
  for (const [tag, translation] of translations) {
    for (const field of ['name', 'domain', 'group'] as const) {
      const value = translation[field];
      if (value !== undefined) header.push([`${field}@${tag}`, value]);
    }
    if (translation.keywords) header.push([`keywords@${tag}`, ...translation.keywords]);
    const levels: Readonly<Record<string, string | undefined>> | undefined = translation.levels;
    if (levels) header.push([`level names@${tag}`, ...levelIds.map((id) => levels[id] ?? '')]);
    const roles: Readonly<Record<string, string | undefined>> | undefined = translation.roles;
    if (roles) header.push([`role names@${tag}`, ...roleIds.map((id) => roles[id] ?? '')]);
  }
  const cellTags = translations.filter(([, translation]) => translation.cells);
  const table: string[][] = [
    [...TABLE_COLUMNS, ...cellTags.map(([tag]) => `description@${tag}`)],
    ...ladder.cells.map((cell) => [
      ladder.id,
      cell.role,
      cell.level,
      cell.requirement,
      cell.description ?? '',
      ...cellTags.map(([, translation]) => {
        const byRole: Readonly<Record<string, string | undefined>> | undefined =
          translation.cells?.[cell.role];
        return byRole?.[cell.level] ?? '';
      }),
    ]),
  ];
  return { header, table };
}
