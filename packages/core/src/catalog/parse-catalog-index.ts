import type { LadderError } from '../parse-ladder.js';
import {
  canonicalTag,
  Checker,
  describe,
  fieldPath,
  type Fields,
  listIds,
} from '../parse-ladder-checker.js';
import { parseAlignments } from '../parse-alignments.js';
import { parseEntries } from '../parse-entries.js';
import { parseDate, parseRequirement } from '../parse-ladder-fields.js';
import type { LadderLevel, Requirement } from '../types.js';
import type { CatalogIndex, CatalogSkill, CatalogSkillTranslation } from './types.js';

/**
 * The outcome of `parseCatalogIndex`: the index, or every problem found.
 *
 * @example
 * const result: ParseCatalogIndexResult = parseCatalogIndex(await response.json());
 */
export type ParseCatalogIndexResult =
  | { readonly ok: true; readonly index: CatalogIndex }
  | { readonly ok: false; readonly errors: readonly LadderError[] };

/** What `index.json` says it is, so that no other JSON file is mistaken for an index. */
export const CATALOG_FORMAT = 'skill-ladder-catalog';
export const CATALOG_VERSION = 1;

const INDEX_FIELDS = ['format', 'version', 'skills'] as const;
const SKILL_FIELDS = [
  'id',
  'name',
  'domain',
  'group',
  'keywords',
  'updated',
  'lang',
  'levels',
  'roles',
  'requirements',
  'translations',
  'file',
  'alignments',
] as const;
const TRANSLATION_FIELDS = ['name', 'domain', 'group', 'keywords', 'levels', 'roles'] as const;

// Other fields are checked against the entries only when these are whole.
function wholeEntries(
  check: Checker,
  value: unknown,
  path: string,
  kind: 'level' | 'role',
): LadderLevel[] | undefined {
  const parsed = parseEntries(check, value, path, kind);
  const whole = parsed && Array.isArray(value) && parsed.entries.length === value.length;
  return whole && parsed.entries.length > 0 ? parsed.entries : undefined;
}

function parseTag(check: Checker, value: unknown, path: string): string | undefined {
  const tag = check.text(value, path);
  if (tag === undefined || canonicalTag(tag) !== undefined) return tag;
  return check.fail(
    path,
    `must be a BCP 47 language tag such as "en", "zh-CN" or "ar", but it is ${describe(tag)}.`,
  );
}

function parseRequirements(
  check: Checker,
  value: unknown,
  path: string,
  levels: readonly LadderLevel[] | undefined,
  roles: readonly LadderLevel[] | undefined,
): Record<string, Requirement[]> | undefined {
  const fields = check.object(value, path, 'an object of role id → requirement per level');
  if (!fields) return undefined;
  const requirements: Record<string, Requirement[]> = {};
  const roleIds = roles?.map((role) => role.id);
  for (const [roleId, list] of Object.entries(fields)) {
    const rolePath = fieldPath(path, roleId);
    if (roleIds && !roleIds.includes(roleId)) {
      check.fail(
        rolePath,
        `is not one of this skill's roles (${listIds(roleIds)}); every key must be a role id.`,
      );
      continue;
    }
    const items = check.array(list, rolePath, 'requirements, one per level');
    if (!items) continue;
    if (levels && items.length !== levels.length) {
      check.fail(
        rolePath,
        `must give one requirement per level (${levels.length}), but it gives ${items.length}.`,
      );
      continue;
    }
    const parsed = items.map((item, i) => parseRequirement(check, item, `${rolePath}[${i}]`));
    if (!parsed.every((item) => item !== undefined)) continue;
    // The rule parseLadder keeps for the ladder itself, so an index never lists such a role.
    if (parsed.length > 0 && parsed.every((item) => item === 'not-expected')) {
      check.fail(
        rolePath,
        `is not expected at any level: every requirement of it is "not-expected". A role needs at least one "required" or "optional" cell; leave out a role that does not use this skill.`,
      );
      continue;
    }
    requirements[roleId] = parsed;
  }
  for (const roleId of roleIds ?? []) {
    if (!Object.hasOwn(fields, roleId)) {
      check.fail(path, `has no requirements for the role ${JSON.stringify(roleId)}.`);
    }
  }
  return requirements;
}

function parseLabels(
  check: Checker,
  value: unknown,
  path: string,
  known: readonly LadderLevel[] | undefined,
  kind: 'level' | 'role',
): Record<string, string> | undefined {
  const fields = check.object(value, path, `an object of ${kind} id → name`);
  if (!fields) return undefined;
  const ids = known?.map((entry) => entry.id);
  const labels: Record<string, string> = {};
  for (const [id, name] of Object.entries(fields)) {
    if (ids && !ids.includes(id)) {
      check.fail(fieldPath(path, id), `is not one of this skill's ${kind}s (${listIds(ids)}).`);
      continue;
    }
    const text = check.text(name, fieldPath(path, id));
    if (text !== undefined) labels[id] = text;
  }
  return labels;
}

function parseTranslations(
  check: Checker,
  value: unknown,
  path: string,
  levels: readonly LadderLevel[] | undefined,
  roles: readonly LadderLevel[] | undefined,
): Record<string, CatalogSkillTranslation> | undefined {
  const fields = check.object(value, path, 'an object of language tag → translated texts');
  if (!fields) return undefined;
  const translations: Record<string, CatalogSkillTranslation> = {};
  for (const [tag, item] of Object.entries(fields)) {
    const tagPath = fieldPath(path, tag);
    if (canonicalTag(tag) === undefined) {
      check.fail(tagPath, `has a key that is not a BCP 47 language tag: ${describe(tag)}.`);
    }
    const entry: Fields | undefined = check.object(item, tagPath, 'an object of translated texts');
    if (!entry) continue;
    check.onlyKnownFields(entry, tagPath, TRANSLATION_FIELDS);
    const translation: Record<string, unknown> = {};
    for (const field of ['name', 'domain', 'group'] as const) {
      if (entry[field] !== undefined) {
        translation[field] = check.text(entry[field], `${tagPath}.${field}`);
      }
    }
    if (entry.keywords !== undefined) {
      translation.keywords = check.textList(entry.keywords, `${tagPath}.keywords`);
    }
    if (entry.levels !== undefined) {
      translation.levels = parseLabels(check, entry.levels, `${tagPath}.levels`, levels, 'level');
    }
    if (entry.roles !== undefined) {
      translation.roles = parseLabels(check, entry.roles, `${tagPath}.roles`, roles, 'role');
    }
    translations[tag] = translation as CatalogSkillTranslation;
  }
  return translations;
}

function parseFile(check: Checker, value: unknown, path: string): string | undefined {
  const file = check.text(value, path);
  if (file === undefined) return undefined;
  // Ladder files live beside the index, so that a catalog folder can be moved as a whole.
  if (/^[a-z][a-z\d+.-]*:|^[/\\]/i.test(file)) {
    return check.fail(path, `must be a path relative to the index, but it is ${describe(file)}.`);
  }
  if (file.includes('\\')) {
    return check.fail(path, `must use "/" between folders, but it is ${describe(file)}.`);
  }
  if (file.split('/').includes('..')) {
    return check.fail(
      path,
      `must be beside or below the index (no ".." segment), but it is ${describe(file)}.`,
    );
  }
  return file;
}

function parseSkill(check: Checker, value: unknown, path: string): CatalogSkill | undefined {
  const fields = check.object(value, path, 'a skill');
  if (!fields) return undefined;
  check.onlyKnownFields(fields, path, SKILL_FIELDS);
  const levels = wholeEntries(check, fields.levels, `${path}.levels`, 'level');
  const roles = wholeEntries(check, fields.roles, `${path}.roles`, 'role');
  const skill = {
    id: check.text(fields.id, `${path}.id`),
    name: check.text(fields.name, `${path}.name`),
    domain: check.text(fields.domain, `${path}.domain`),
    group: check.text(fields.group, `${path}.group`),
    keywords: check.textList(fields.keywords, `${path}.keywords`),
    updated: parseDate(check, fields.updated, `${path}.updated`),
    lang: parseTag(check, fields.lang, `${path}.lang`),
    levels,
    roles,
    requirements: parseRequirements(
      check,
      fields.requirements,
      `${path}.requirements`,
      levels,
      roles,
    ),
    ...(fields.translations !== undefined && {
      translations: parseTranslations(
        check,
        fields.translations,
        `${path}.translations`,
        levels,
        roles,
      ),
    }),
    ...(fields.file !== undefined && { file: parseFile(check, fields.file, `${path}.file`) }),
    ...(fields.alignments !== undefined && {
      alignments: parseAlignments(check, fields.alignments, `${path}.alignments`),
    }),
  };
  return skill as CatalogSkill;
}

function check(input: unknown): ParseCatalogIndexResult {
  const check = new Checker();
  const fields = check.object(input, '', 'an object');
  if (!fields) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `The catalog index must be an object, but it is ${input === undefined ? 'undefined' : describe(input)}.`,
        },
      ],
    };
  }
  check.onlyKnownFields(fields, '', INDEX_FIELDS);
  if (fields.format !== CATALOG_FORMAT) {
    check.fail(
      'format',
      `must be ${JSON.stringify(CATALOG_FORMAT)}, but it is ${fields.format === undefined ? 'missing' : describe(fields.format)}.`,
    );
  }
  if (fields.version !== CATALOG_VERSION) {
    check.fail(
      'version',
      `must be ${CATALOG_VERSION} (the only version this package reads), but it is ${fields.version === undefined ? 'missing' : describe(fields.version)}.`,
    );
  }
  const list = check.array(fields.skills, 'skills', 'skills');
  const skills: CatalogSkill[] = [];
  const seen = new Map<string, number>();
  list?.forEach((item, i) => {
    const skill = parseSkill(check, item, `skills[${i}]`);
    if (typeof skill?.id !== 'string') return;
    const first = seen.get(skill.id);
    if (first !== undefined) {
      check.fail(
        `skills[${i}].id`,
        `repeats the skill id ${JSON.stringify(skill.id)} of skills[${first}]; skill ids must be unique.`,
      );
    }
    seen.set(skill.id, i);
    skills.push(skill);
  });
  if (check.errors.length > 0) return { ok: false, errors: check.errors };
  return { ok: true, index: { skills } };
}

/**
 * Checks untrusted catalog index data (the parsed `index.json`) and returns a clean, typed copy
 * or every problem found, each with a path (`skills[3].requirements["ml-engineer"][0]`) and a sentence.
 * Never throws.
 *
 * @example
 * const result = parseCatalogIndex(JSON.parse(text));
 * if (!result.ok) console.error(result.errors.map((e) => e.message).join('\n'));
 * // skills[3].requirements["ml-engineer"] must give one requirement per level (5), but it gives 4.
 */
export function parseCatalogIndex(input: unknown): ParseCatalogIndexResult {
  try {
    return check(input);
  } catch (error) {
    // Getters and proxies in the input can throw while being read.
    const reason = error instanceof Error ? String(error.message) : 'an unknown error';
    return {
      ok: false,
      errors: [{ path: '', message: `The catalog index could not be read: ${reason}.` }],
    };
  }
}
