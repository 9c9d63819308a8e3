import { parseLadder, REQUIREMENTS, type Ladder, type Requirement } from '@skill-ladder/core';
import { cellName, type CellAddress, type SheetRow } from './sheet-rows.js';
import {
  ALIGNMENT_CELLS,
  ALIGNMENT_ROWS,
  LIST_FIELDS,
  SKILL_COLUMNS,
  splitKey,
  TABLE_COLUMNS,
  TEXT_FIELDS,
  TRANSLATED_FIELDS,
} from './sheet-shape.js';

/** A problem of a spreadsheet, at the cell a person would fix. */
export interface SheetProblem {
  readonly address: CellAddress;
  readonly message: string;
}

/** The ladders of a sheet (one per skill id of its skill column), or every problem found. */
export type ParseSheetResult =
  | { readonly ok: true; readonly ladders: readonly Ladder[] }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

interface Found {
  readonly value: string;
  readonly address: CellAddress;
}

interface HeaderField {
  readonly row: SheetRow;
  readonly label: string;
  /** The texts from column B on, without the empty cells at the end. */
  readonly values: readonly Found[];
}

interface TableRow {
  readonly row: SheetRow;
  readonly skill: string;
  readonly role: string;
  readonly level: string;
  readonly requirement: Requirement | undefined;
  readonly cells: readonly string[];
}

/** Where each path of a built ladder came from, and what a person calls it. */
type Origins = Map<string, { address: CellAddress; label: string }>;

const at = (row: SheetRow, index: number): CellAddress => ({
  ...(row.sheet === undefined ? {} : { sheet: row.sheet }),
  row: row.number,
  column: index + 1,
});
const isBlank = (row: SheetRow) => row.cells.every((cell) => cell.trim() === '');
const quote = (text: string) => JSON.stringify(text);
const key = (field: string, tag?: string) => (tag === undefined ? field : `${field}@${tag}`);

function valuesOf(row: SheetRow): Found[] {
  let end = row.cells.length;
  while (end > 1 && (row.cells[end - 1] ?? '').trim() === '') end -= 1;
  return row.cells.slice(1, end).map((value, i) => ({ value, address: at(row, i + 1) }));
}

function isTableHeader(row: SheetRow): boolean {
  const names = new Set(row.cells.map((cell) => splitKey(cell).field));
  const others = ['role', 'level', 'requirement', 'description'].filter((name) => names.has(name));
  return names.has('skill') && others.length >= 2;
}

/** Reads the header block: `field, value…` rows before the table. */
function readHeader(rows: readonly SheetRow[], problems: SheetProblem[]) {
  const fields = new Map<string, HeaderField>();
  const alignments: HeaderField[] = [];
  const tags: string[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const label = (row.cells[0] ?? '').trim();
    const { field, tag } = splitKey(label);
    if (tag === undefined && (ALIGNMENT_ROWS as readonly string[]).includes(field)) {
      alignments.push({ row, label: field, values: valuesOf(row) });
      continue;
    }
    const known =
      tag === undefined
        ? (TEXT_FIELDS as readonly string[]).includes(field) ||
          (LIST_FIELDS as readonly string[]).includes(field)
        : (TRANSLATED_FIELDS as readonly string[]).includes(field) && tag !== '';
    if (!known) {
      problems.push({
        address: at(row, 0),
        message:
          field === 'id' || field === 'skill'
            ? `The skill id goes in the table's skill column, not in the header block; remove this row.`
            : `${quote(label)} is not a field of the header block; the fields are ${[...TEXT_FIELDS, ...LIST_FIELDS, ...ALIGNMENT_ROWS].join(', ')}, and name, domain, group, keywords, level names or role names followed by @ and a language tag for a translation.`,
      });
      continue;
    }
    const name = key(field, tag);
    const first = fields.get(name);
    if (first) {
      problems.push({
        address: at(row, 0),
        message: `The header block gives ${quote(name)} twice, in rows ${first.row.number} and ${row.number}; keep one.`,
      });
      continue;
    }
    fields.set(name, { row, label: name, values: valuesOf(row) });
    if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  }
  for (const { value } of fields.get('translations')?.values ?? []) {
    if (value.trim() !== '' && !tags.includes(value.trim())) tags.push(value.trim());
  }
  // The translations row lists the tags in order; tags only seen in `field@tag` keys follow.
  const listed = (fields.get('translations')?.values ?? []).map(({ value }) => value.trim());
  tags.sort((a, b) => {
    const rank = (tag: string) => (listed.includes(tag) ? listed.indexOf(tag) : listed.length);
    return rank(a) - rank(b);
  });
  return { fields, tags, alignments };
}

interface Columns {
  readonly index: Map<string, number>;
  readonly tags: string[];
}

function readColumns(header: SheetRow, problems: SheetProblem[]): Columns | undefined {
  const index = new Map<string, number>();
  const tags: string[] = [];
  header.cells.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const { field, tag } = splitKey(cell);
    const known =
      tag === undefined
        ? (TABLE_COLUMNS as readonly string[]).includes(field) ||
          (SKILL_COLUMNS as readonly string[]).includes(field)
        : tag !== '' &&
          (field === 'description' || ['name', 'domain', 'group', 'keywords'].includes(field));
    const name = key(field, tag);
    if (!known) {
      problems.push({
        address: at(header, i),
        message: `${quote(cell.trim())} is not a column of the table; the columns are ${TABLE_COLUMNS.join(', ')} (and, for a sheet of many skills, ${SKILL_COLUMNS.join(', ')}; description@tag for a translation).`,
      });
    } else if (index.has(name)) {
      problems.push({
        address: at(header, i),
        message: `The column ${quote(name)} is given twice (also in ${cellName(at(header, index.get(name) ?? 0))}); keep one.`,
      });
    } else {
      index.set(name, i);
      if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
    }
  });
  const missing = TABLE_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) {
    problems.push({
      address: at(header, Math.max(header.cells.length, 1) - 1),
      message: `The table's header row (row ${header.number}) has no ${missing.map(quote).join(' or ')} column; it needs ${TABLE_COLUMNS.join(', ')}.`,
    });
    return undefined;
  }
  return { index, tags };
}

function readTable(rows: readonly SheetRow[], columns: Columns, problems: SheetProblem[]) {
  const column = (name: string) => columns.index.get(name) ?? -1;
  const width = Math.max(...columns.index.values()) + 1;
  const seen = new Map<string, number>();
  const table: TableRow[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const text = (name: string) => (row.cells[column(name)] ?? '').trim();
    const extra = row.cells.findIndex((cell, i) => i >= width && cell.trim() !== '');
    if (extra >= 0) {
      problems.push({
        address: at(row, extra),
        message: `This cell is outside the table: its column has no name in the header row. Name the column or empty the cell.`,
      });
    }
    const ids = { skill: text('skill'), role: text('role'), level: text('level') };
    let complete = true;
    for (const [name, value] of Object.entries(ids)) {
      if (value !== '') continue;
      complete = false;
      problems.push({
        address: at(row, column(name)),
        message: `The ${name} is empty; every row needs a skill, a role and a level. (A merged cell keeps its text only in its first row: unmerge it and fill in every row.)`,
      });
    }
    const word = text('requirement');
    const requirement = REQUIREMENTS.find((known) => known === word.toLowerCase());
    if (!requirement) {
      problems.push({
        address: at(row, column('requirement')),
        message:
          word === ''
            ? 'The requirement is empty; write required, optional or not-expected.'
            : `${quote(word)} is not a requirement; write required, optional or not-expected.`,
      });
    }
    if (!complete) continue;
    const id = JSON.stringify([ids.skill, ids.role, ids.level]);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        address: at(row, column('skill')),
        message: `This row repeats row ${first} (skill ${quote(ids.skill)}, role ${quote(ids.role)}, level ${quote(ids.level)}); keep one row per skill, role and level.`,
      });
      continue;
    }
    seen.set(id, row.number);
    table.push({ row, ...ids, requirement, cells: row.cells });
  }
  return table;
}

interface SkillInput {
  readonly id: string;
  readonly rows: readonly TableRow[];
  readonly header: Map<string, HeaderField>;
  readonly alignments: readonly HeaderField[];
  readonly tags: readonly string[];
  readonly columns: Columns;
  /** The sheet's first cell, where a field missing from the header block is reported. */
  readonly start: CellAddress;
}

/** Builds one skill's ladder data (unchecked) and where each of its paths came from. */
function buildLadder(input: SkillInput, problems: SheetProblem[]) {
  const { id, rows, header, alignments, tags, columns, start } = input;
  const origins: Origins = new Map();
  const firstRow = rows[0]?.row;
  const origin = (path: string, address: CellAddress, label: string) =>
    origins.set(path, { address, label });
  if (firstRow) origin('id', at(firstRow, columns.index.get('skill') ?? 0), 'skill id');
  const LABELS: Record<string, string> = { updated: 'date in updated', lang: 'language tag' };

  // A per-skill column wins over the header block: its first non-empty cell, the same in every row.
  const fromColumn = (name: string): Found | undefined => {
    const index = columns.index.get(name);
    if (index === undefined) return undefined;
    let found: Found | undefined;
    for (const { row } of rows) {
      const value = row.cells[index] ?? '';
      if (value.trim() === '') continue;
      if (!found) found = { value, address: at(row, index) };
      else if (value !== found.value) {
        problems.push({
          address: at(row, index),
          message: `The ${name} ${quote(value)} differs from ${quote(found.value)} in ${cellName(found.address)} for the same skill ${quote(id)}; a skill has one ${name}.`,
        });
      }
    }
    return found;
  };
  const text = (field: string, path: string): string | undefined => {
    const found = fromColumn(field) ?? header.get(field)?.values[0];
    const headerRow = header.get(field)?.row;
    const label = LABELS[field] ?? field;
    if (found) origin(path, found.address, label);
    else if (headerRow) origin(path, at(headerRow, 1), label);
    else {
      // The skill's own cell of a column left empty for it, else the row the header lacks.
      const index = columns.index.get(field);
      origin(path, firstRow && index !== undefined ? at(firstRow, index) : start, label);
    }
    return found?.value;
  };
  const list = (field: string, path: string): string[] | undefined => {
    const column = fromColumn(field);
    if (column) {
      origin(path, column.address, field);
      return column.value
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    }
    const row = header.get(field);
    if (!row) return undefined;
    origin(path, at(row.row, 1), field === 'keywords' ? 'keyword list' : field);
    const items = row.values.filter(({ value }) => value.trim() !== '');
    items.forEach((item, i) => origin(`${path}[${i}]`, item.address, field));
    return items.map(({ value }) => value);
  };
  const ladder: Record<string, unknown> = { id };
  ladder.name = text('name', 'name');
  ladder.domain = text('domain', 'domain');
  ladder.group = text('group', 'group');
  // A sheet may leave its keywords out: no keywords.
  ladder.keywords = list('keywords', 'keywords') ?? [];
  ladder.updated = text('updated', 'updated');
  const lang = text('lang', 'lang');
  if (lang !== undefined) ladder.lang = lang;

  const levelRow = header.get('levels');
  const roleRow = header.get('roles');
  const levelIds = (levelRow?.values ?? []).map(({ value }) => value.trim());
  const levelNames = header.get('level names');
  ladder.levels = (levelRow?.values ?? []).map((found, i) => {
    origin(`levels[${i}]`, found.address, 'level');
    const name = levelNames?.values[i];
    const nameAt = levelNames ? at(levelNames.row, i + 1) : found.address;
    origin(`levels[${i}].name`, nameAt, 'level name');
    return { id: found.value.trim(), name: name?.value === '' ? undefined : name?.value };
  });
  origin('levels', levelRow ? at(levelRow.row, 0) : start, 'levels row');

  // A skill of a flat sheet has the roles of its rows, in the header's order.
  const used = new Set(rows.map((row) => row.role));
  const roleNames = header.get('role names');
  const roleColumns: number[] = [];
  const roles = (roleRow?.values ?? []).flatMap((found, i) => {
    const roleId = found.value.trim();
    if (!used.has(roleId)) return [];
    const n = roleColumns.push(i) - 1;
    origin(`roles[${n}]`, found.address, 'role');
    const name = roleNames?.values[i];
    origin(`roles[${n}].name`, roleNames ? at(roleNames.row, i + 1) : found.address, 'role name');
    return [{ id: roleId, name: name?.value === '' ? undefined : name?.value }];
  });
  // An alignment row's cells, from `first` on, as an alignment (empty cells left out).
  const alignment = (row: HeaderField, first: number, path: string) => {
    origin(path, at(row.row, 0), row.label);
    const out: Record<string, string> = {};
    ALIGNMENT_CELLS.forEach((field, i) => {
      const value = (row.row.cells[first + i] ?? '').trim();
      origin(`${path}.${field}`, at(row.row, first + i), `alignment's ${field}`);
      if (value !== '') out[field] = value;
    });
    return out;
  };
  const skillAlignments = alignments.filter((row) => row.label === 'alignment');
  if (skillAlignments.length > 0) {
    ladder.alignments = skillAlignments.map((row, i) => alignment(row, 1, `alignments[${i}]`));
  }
  const roleAlignments = alignments.filter((row) => row.label === 'role alignment');
  for (const row of roleAlignments) {
    const roleId = (row.row.cells[1] ?? '').trim();
    if (roleRow && !roleRow.values.some(({ value }) => value.trim() === roleId)) {
      problems.push({
        address: at(row.row, 1),
        message: `The role ${quote(roleId)} of this alignment is not in the header block's roles row (row ${roleRow.row.number}); add it there, or correct the id.`,
      });
    }
  }
  roles.forEach((role, n) => {
    const own = roleAlignments.filter((row) => (row.row.cells[1] ?? '').trim() === role.id);
    if (own.length === 0) return;
    Object.assign(role, {
      alignments: own.map((row, j) => alignment(row, 2, `roles[${n}].alignments[${j}]`)),
    });
  });
  ladder.roles = roles;
  origin('roles', roleRow ? at(roleRow.row, 0) : start, 'roles row');

  const known = new Set(roles.map((role) => role.id));
  const knownLevels = new Set(levelIds);
  const column = (name: string) => columns.index.get(name) ?? 0;
  ladder.cells = rows.flatMap((row, i) => {
    if (roleRow && !known.has(row.role)) {
      problems.push({
        address: at(row.row, column('role')),
        message: `The role ${quote(row.role)} is not in the header block's roles row (row ${roleRow.row.number}); add it there, or correct the id.`,
      });
    }
    if (levelRow && !knownLevels.has(row.level)) {
      problems.push({
        address: at(row.row, column('level')),
        message: `The level ${quote(row.level)} is not in the header block's levels row (row ${levelRow.row.number}); add it there, or correct the id.`,
      });
    }
    const path = `cells[${i}]`;
    origin(path, at(row.row, column('skill')), 'row');
    for (const name of TABLE_COLUMNS.slice(1)) {
      origin(`${path}.${name}`, at(row.row, column(name)), name);
    }
    const description = row.cells[column('description')] ?? '';
    return [
      {
        role: row.role,
        level: row.level,
        requirement: row.requirement,
        ...(description === '' ? {} : { description }),
      },
    ];
  });
  const tableHeader = rows[0];
  if (tableHeader) origin('cells', at(tableHeader.row, 0), 'table');

  const translations: Record<string, Record<string, unknown>> = {};
  for (const tag of [...new Set([...tags, ...columns.tags])]) {
    const base = `translations[${JSON.stringify(tag)}]`;
    const translation: Record<string, unknown> = {};
    for (const field of ['name', 'domain', 'group'] as const) {
      const value = text(key(field, tag), `${base}.${field}`);
      if (value !== undefined) translation[field] = value;
    }
    const keywords = list(key('keywords', tag), `${base}.keywords`);
    if (keywords !== undefined) translation.keywords = keywords;
    const names = (
      field: string,
      ids: readonly string[],
      columnOf: (i: number) => number,
      path: string,
    ) => {
      const row = header.get(key(field, tag));
      if (!row) return undefined;
      const out: Record<string, string> = {};
      ids.forEach((entryId, i) => {
        const found = row.values[columnOf(i)];
        if (!found || found.value === '') return;
        out[entryId] = found.value;
        origin(`${base}.${path}[${JSON.stringify(entryId)}]`, found.address, key(field, tag));
      });
      origin(`${base}.${path}`, at(row.row, 0), key(field, tag));
      return out;
    };
    const levels = names('level names', levelIds, (i) => i, 'levels');
    if (levels) translation.levels = levels;
    const roleTexts = names(
      'role names',
      roles.map((role) => role.id),
      (i) => roleColumns[i] ?? -1,
      'roles',
    );
    if (roleTexts) translation.roles = roleTexts;
    const index = columns.index.get(key('description', tag));
    if (index !== undefined) {
      const cells: Record<string, Record<string, string>> = {};
      for (const row of rows) {
        const value = row.cells[index] ?? '';
        if (value === '') continue;
        (cells[row.role] ??= {})[row.level] = value;
        origin(
          `${base}.cells[${JSON.stringify(row.role)}][${JSON.stringify(row.level)}]`,
          at(row.row, index),
          key('description', tag),
        );
      }
      translation.cells = cells;
    }
    const listed = header.get('translations')?.values.find(({ value }) => value.trim() === tag);
    if (listed) origin(base, listed.address, 'translation');
    if (listed || Object.keys(translation).length > 0) translations[tag] = translation;
  }
  if (Object.keys(translations).length > 0) ladder.translations = translations;
  return { ladder, origins };
}

/** The origin of a path, or of the nearest path that holds it. */
function originOf(origins: Origins, path: string) {
  for (let p = path; ;) {
    const found = origins.get(p);
    if (found) return found;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return origins.get('id');
    p = p.slice(0, cut);
  }
}

/**
 * Turns the rows of a spreadsheet into ladders (one per skill of its skill column) checked with
 * parseLadder. Problems name the cell to fix (`D14`) and say what is wrong in a sentence; every
 * problem is reported, not only the first.
 *
 * @example
 * parseSheet(rows) // { ok: true, ladders: [mlPipelines] }
 */
export function parseSheet(rows: readonly SheetRow[]): ParseSheetResult {
  const problems: SheetProblem[] = [];
  const headerAt = rows.findIndex(isTableHeader);
  if (headerAt < 0) {
    return {
      ok: false,
      problems: [
        {
          address: {
            ...(rows[0]?.sheet === undefined ? {} : { sheet: rows[0].sheet }),
            row: 1,
            column: 1,
          },
          message: `The sheet has no table: add a header row with the columns ${TABLE_COLUMNS.join(', ')}, and one row per role and level below it.`,
        },
      ],
    };
  }
  const tableHeader = rows[headerAt] as SheetRow;
  const { fields, tags, alignments } = readHeader(rows.slice(0, headerAt), problems);
  const start = at(rows[0] as SheetRow, 0);
  for (const field of ['levels', 'roles'] as const) {
    if (fields.has(field)) continue;
    problems.push({
      address: start,
      message: `The header block has no ${quote(field)} row: add a row above the table that starts with ${quote(field)} and lists the ${field === 'levels' ? 'level ids, lowest first' : 'role ids'}, one per cell from column B on.`,
    });
  }
  const columns = readColumns(tableHeader, problems);
  if (!columns) return { ok: false, problems };
  // Said once for the sheet, not once per skill as the path of parseLadder's error.
  for (const field of ['name', 'domain', 'group', 'updated']) {
    if (fields.has(field) || columns.index.has(field)) continue;
    problems.push({
      address: start,
      message: `The header block has no ${quote(field)} row: add a row above the table that starts with ${quote(field)} and gives the ${field === 'updated' ? "date of the skill's last change (YYYY-MM-DD)" : `skill's ${field}`} in column B (or, in a sheet of many skills, a column named ${quote(field)}).`,
    });
  }
  const table = readTable(rows.slice(headerAt + 1), columns, problems);
  if (table.length === 0 && problems.length === 0) {
    problems.push({
      address: at(tableHeader, 0),
      message: 'The table has no rows: add one row per role and level below its header row.',
    });
  }
  const bySkill = new Map<string, TableRow[]>();
  for (const row of table) {
    const list = bySkill.get(row.skill) ?? [];
    list.push(row);
    bySkill.set(row.skill, list);
  }
  const ladders: Ladder[] = [];
  for (const [id, skillRows] of bySkill) {
    const sheetProblems: SheetProblem[] = [];
    const { ladder, origins } = buildLadder(
      { id, rows: skillRows, header: fields, alignments, tags, columns, start },
      sheetProblems,
    );
    problems.push(...sheetProblems);
    origins.set('cells', { address: at(tableHeader, 0), label: 'table' });
    const result = parseLadder(ladder);
    if (result.ok) {
      if (problems.length === 0) ladders.push(result.ladder);
      continue;
    }
    // A cell already named by a problem of the sheet is not named twice; a missing cell is
    // only news when no row was left out for a problem of its own.
    const named = new Set(problems.map(({ address }) => cellName(address)));
    for (const error of result.errors) {
      if (error.path === 'cells' && problems.length > 0) continue;
      // Without a roles or levels row, every row's role or level is unknown: said once above.
      const field = /^cells\[\d+\]\.(role|level)$/.exec(error.path)?.[1];
      if (field && !fields.has(`${field}s`)) continue;
      const found = originOf(origins, error.path) ?? {
        address: at(tableHeader, 0),
        label: 'sheet',
      };
      if (named.has(cellName(found.address))) continue;
      const rest = error.message.startsWith(error.path)
        ? error.message.slice(error.path.length).trimStart()
        : error.message;
      const skill = bySkill.size > 1 ? ` (skill ${quote(id)})` : '';
      problems.push({ address: found.address, message: `The ${found.label}${skill} ${rest}` });
    }
  }
  if (problems.length > 0) {
    // In the order a person reads the file: sheet by sheet, row by row, left to right.
    const sheets = [...new Set(rows.map((row) => row.sheet))];
    const rank = ({ address }: SheetProblem) => [
      sheets.indexOf(address.sheet),
      address.row,
      address.column,
    ];
    const sorted = problems
      .map((problem, i) => ({ rank: [...rank(problem), i], problem }))
      .sort((a, b) => {
        const k = a.rank.findIndex((n, j) => n !== b.rank[j]);
        return k < 0 ? 0 : (a.rank[k] ?? 0) - (b.rank[k] ?? 0);
      });
    return { ok: false, problems: sorted.map(({ problem }) => problem) };
  }
  return { ok: true, ladders };
}
