import { canonicalTag, Checker, describe, isFields, listIds } from './parse-ladder-checker.js';
import { parseAlignments } from './parse-alignments.js';
import { parseEntries } from './parse-entries.js';
import { parseDate, parseRequirement } from './parse-ladder-fields.js';
import { parseLang, parseTranslations } from './parse-ladder-translations.js';
import { type Ladder, type LadderCell, type Requirement } from './types.js';

/**
 * One problem found in ladder data: where it is, and a sentence that says what is wrong.
 *
 * @example
 * { path: 'cells[12].level', message: 'cells[12].level must be one of this ladder\'s levels …' }
 */
export interface LadderError {
  /** Where the problem is, e.g. `cells[12].level`; empty for the whole input. */
  readonly path: string;
  /** A plain sentence that starts with the path and says what was expected. */
  readonly message: string;
}

/**
 * The outcome of `parseLadder`: the ladder, or every problem found.
 *
 * @example
 * const result: ParseLadderResult = parseLadder(data);
 * if (!result.ok) result.errors.forEach((error) => console.error(error.message));
 */
export type ParseLadderResult =
  | { readonly ok: true; readonly ladder: Ladder }
  | { readonly ok: false; readonly errors: readonly LadderError[] };

const LADDER_FIELDS = [
  'id',
  'name',
  'domain',
  'group',
  'keywords',
  'updated',
  'levels',
  'roles',
  'cells',
  'lang',
  'translations',
  'alignments',
] as const;
// `$schema` lets JSON authors point their editor at ladder.schema.json.
const LADDER_EXTRA_FIELDS = ['$schema'];
const CELL_FIELDS = ['role', 'level', 'requirement', 'description'] as const;

function parseDescription(
  check: Checker,
  value: unknown,
  path: string,
  requirement: Requirement | undefined,
): string | undefined {
  if (requirement !== 'not-expected') {
    // With a wrong requirement, whether a description belongs here is unknown: only check
    // the one given.
    return requirement === undefined && value === undefined ? undefined : check.text(value, path);
  }
  if (value === undefined) return undefined;
  return check.fail(
    path,
    'must be left out: the cell is "not-expected", so the role has nothing to do at this level. Make the cell "optional" to describe what the role may do.',
  );
}

interface ParsedCells {
  readonly cells: LadderCell[];
  /** The requirement of each cell, by `JSON.stringify([role, level])`. */
  readonly requirements: ReadonlyMap<string, Requirement>;
}

function parseCells(
  check: Checker,
  value: unknown,
  levelIds: readonly string[] | undefined,
  roles: { ids: readonly string[]; positions: ReadonlyMap<string, number> } | undefined,
): ParsedCells | undefined {
  const roleIds = roles?.ids;
  const list = check.array(value, 'cells', 'cells ({ role, level, requirement, description })');
  if (!list) return undefined;
  const knownLevels = levelIds && new Set(levelIds);
  const knownRoles = roleIds && new Set(roleIds);
  const firstSeen = new Map<string, number>();
  const requirements = new Map<string, Requirement>();
  // Roles with an expected cell, and roles with a cell whose requirement is unreadable.
  const expected = new Set<string>();
  const unclear = new Set<string>();
  const cells: LadderCell[] = [];
  list.forEach((item, i) => {
    const path = `cells[${i}]`;
    const fields = check.object(item, path, 'a cell ({ role, level, requirement, description })');
    if (!fields) return;
    check.onlyKnownFields(fields, path, CELL_FIELDS);
    let role = check.text(fields.role, `${path}.role`);
    let level = check.text(fields.level, `${path}.level`);
    const requirement = parseRequirement(check, fields.requirement, `${path}.requirement`);
    const description = parseDescription(
      check,
      fields.description,
      `${path}.description`,
      requirement,
    );
    if (role !== undefined && knownRoles && roleIds && !knownRoles.has(role)) {
      role = check.fail(
        `${path}.role`,
        `must be one of this ladder's roles (${listIds(roleIds)}), but it is ${describe(role)}.`,
      );
    }
    if (level !== undefined && knownLevels && levelIds && !knownLevels.has(level)) {
      level = check.fail(
        `${path}.level`,
        `must be one of this ladder's levels (${listIds(levelIds)}), but it is ${describe(level)}.`,
      );
    }
    if (role === undefined || level === undefined) return;
    const key = JSON.stringify([role, level]);
    const first = firstSeen.get(key);
    if (first !== undefined) {
      check.fail(
        path,
        `repeats the cell for role ${JSON.stringify(role)} at level ${JSON.stringify(level)} already given at cells[${first}]; each role has one cell per level.`,
      );
      return;
    }
    firstSeen.set(key, i);
    if (requirement === undefined) unclear.add(role);
    else requirements.set(key, requirement);
    if (requirement === 'not-expected') {
      cells.push({ role, level, requirement });
    } else if (requirement !== undefined) {
      expected.add(role);
      if (description !== undefined) cells.push({ role, level, requirement, description });
    }
  });
  if (levelIds && roles && roleIds) {
    for (const role of roleIds) {
      for (const level of levelIds) {
        if (!firstSeen.has(JSON.stringify([role, level]))) {
          check.fail(
            'cells',
            `has no cell for role ${JSON.stringify(role)} at level ${JSON.stringify(level)}; every role needs one cell at every level.`,
          );
        }
      }
    }
    for (const role of roleIds) {
      const hasCell = levelIds.some((level) => requirements.has(JSON.stringify([role, level])));
      if (hasCell && !expected.has(role) && !unclear.has(role)) {
        check.fail(
          `roles[${roles.positions.get(role) ?? 0}]`,
          `(${JSON.stringify(role)}) is not expected at any level: every cell of it is "not-expected". A role needs at least one "required" or "optional" cell; leave out a role that does not use this skill.`,
        );
      }
    }
  }
  return { cells, requirements };
}

function check(input: unknown): ParseLadderResult {
  const check = new Checker();
  if (!isFields(input)) {
    check.errors.push({
      path: '',
      message: `The ladder must be an object, but it is ${input === undefined ? 'undefined' : describe(input)}.`,
    });
    return { ok: false, errors: check.errors };
  }
  check.onlyKnownFields(input, '', LADDER_FIELDS, LADDER_EXTRA_FIELDS);
  const id = check.text(input.id, 'id');
  const name = check.text(input.name, 'name');
  const domain = check.text(input.domain, 'domain');
  const group = check.text(input.group, 'group');
  const keywords = check.textList(input.keywords, 'keywords');
  const updated = parseDate(check, input.updated, 'updated');
  const lang = input.lang === undefined ? undefined : parseLang(check, input.lang);
  const levels = parseEntries(check, input.levels, 'levels', 'level');
  const roles = parseEntries(check, input.roles, 'roles', 'role', parseAlignments);
  const alignments =
    input.alignments === undefined
      ? undefined
      : parseAlignments(check, input.alignments, 'alignments');
  const cells = parseCells(check, input.cells, levels?.ids, roles);
  const translations =
    input.translations === undefined
      ? undefined
      : parseTranslations(check, input.translations, {
          sourceLang: input.lang === undefined ? 'en' : lang && canonicalTag(lang),
          langGiven: input.lang !== undefined,
          levelIds: levels?.ids,
          roleIds: roles?.ids,
          requirements: cells?.requirements ?? new Map(),
        });
  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  const ladder = {
    id,
    name,
    domain,
    group,
    keywords,
    updated,
    ...(lang === undefined ? {} : { lang }),
    levels: levels?.entries,
    roles: roles?.entries,
    cells: cells?.cells,
    ...(translations === undefined ? {} : { translations }),
    ...(alignments === undefined ? {} : { alignments }),
  } as Ladder;
  return { ok: true, ladder };
}

/**
 * Checks untrusted ladder data (for example parsed JSON) and returns either a clean, typed
 * copy of it or every problem found, each with a path and a sentence. Never throws.
 *
 * @example
 * const result = parseLadder(JSON.parse(text));
 * if (!result.ok) console.error(result.errors.map((e) => e.message).join('\n'));
 * // cells[12].level must be one of this ladder's levels ("junior", …), but it is "seniour".
 */
export function parseLadder(input: unknown): ParseLadderResult {
  try {
    return check(input);
  } catch (error) {
    // Getters and proxies in the input can throw while being read.
    const reason = error instanceof Error ? String(error.message) : 'an unknown error';
    return {
      ok: false,
      errors: [{ path: '', message: `The ladder could not be read: ${reason}.` }],
    };
  }
}
