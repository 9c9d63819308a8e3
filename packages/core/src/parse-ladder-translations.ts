import {
  canonicalTag,
  describe,
  fieldPath,
  listIds,
  type Checker,
  type Fields,
} from './parse-ladder-checker.js';
import type { LadderTranslation, Requirement } from './types.js';

const TRANSLATION_FIELDS = [
  'name',
  'domain',
  'group',
  'keywords',
  'levels',
  'roles',
  'cells',
] as const;

/** What translations are checked against: the ladder's source language, ids and cells. */
export interface TranslationContext {
  /** The canonical source language; `undefined` when `lang` itself is wrong. */
  readonly sourceLang: string | undefined;
  /** Whether the ladder says its language (else it is `en`). */
  readonly langGiven: boolean;
  readonly levelIds: readonly string[] | undefined;
  readonly roleIds: readonly string[] | undefined;
  /** The requirement of a checked cell, by `JSON.stringify([role, level])`. */
  readonly requirements: ReadonlyMap<string, Requirement>;
}

type Texts = Record<string, string>;

function notATag(tag: string): string {
  const hint = tag.includes('_') ? ` (its subtags are joined with "_"; BCP 47 uses "-")` : '';
  return `must be a BCP 47 language tag such as "en", "zh-CN" or "ar", but it is ${describe(tag)}${hint}.`;
}

/**
 * The ladder's `lang` as given, if it is a BCP 47 tag; `undefined` (with an error) otherwise.
 */
export function parseLang(check: Checker, value: unknown): string | undefined {
  const tag = check.text(value, 'lang');
  if (tag === undefined) return undefined;
  if (canonicalTag(tag) === undefined) return check.fail('lang', notATag(tag));
  return tag;
}

function optionalText(check: Checker, value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : check.text(value, path);
}

// Texts keyed by id (`levels`, `roles`, or one role's cells), each id checked against `ids`.
function parseTexts(
  check: Checker,
  value: unknown,
  path: string,
  what: string,
  ids: readonly string[] | undefined,
  kind: 'level' | 'role',
  each?: (id: string, path: string) => boolean,
): Texts | undefined {
  const fields = check.object(value, path, what);
  if (!fields) return undefined;
  const known = ids && new Set(ids);
  const entries: [string, string][] = [];
  for (const [id, text] of Object.entries(fields)) {
    const itemPath = fieldPath(path, id);
    if (known && ids && !known.has(id)) {
      check.fail(itemPath, `is not one of this ladder's ${kind}s (${listIds(ids)}).`);
      continue;
    }
    const checked = check.text(text, itemPath);
    if (checked !== undefined && (each?.(id, itemPath) ?? true)) entries.push([id, checked]);
  }
  // fromEntries defines own properties, so an id such as "__proto__" stays plain data.
  return Object.fromEntries(entries);
}

function parseCellTexts(
  check: Checker,
  value: unknown,
  path: string,
  context: TranslationContext,
): Record<string, Texts> | undefined {
  const fields = check.object(
    value,
    path,
    'an object of cell descriptions keyed by role id, then level id ({ "role": { "level": "…" } })',
  );
  if (!fields) return undefined;
  const { levelIds, roleIds, requirements } = context;
  const knownRoles = roleIds && new Set(roleIds);
  const entries: [string, Texts][] = [];
  for (const [role, levels] of Object.entries(fields)) {
    const rolePath = fieldPath(path, role);
    if (knownRoles && roleIds && !knownRoles.has(role)) {
      check.fail(rolePath, `is not one of this ladder's roles (${listIds(roleIds)}).`);
      continue;
    }
    const texts = parseTexts(
      check,
      levels,
      rolePath,
      `an object of descriptions keyed by level id ({ "level": "…" })`,
      levelIds,
      'level',
      (level, levelPath) => {
        if (requirements.get(JSON.stringify([role, level])) !== 'not-expected') return true;
        check.fail(
          levelPath,
          `translates a description, but the cell of role ${JSON.stringify(role)} at level ${JSON.stringify(level)} is "not-expected" and has none; remove this text.`,
        );
        return false;
      },
    );
    if (texts) entries.push([role, texts]);
  }
  return Object.fromEntries(entries);
}

function parseTranslation(
  check: Checker,
  fields: Fields,
  path: string,
  context: TranslationContext,
): LadderTranslation {
  check.onlyKnownFields(fields, path, TRANSLATION_FIELDS);
  const { levelIds, roleIds } = context;
  const present = (key: (typeof TRANSLATION_FIELDS)[number]) => fields[key] !== undefined;
  const translation: Record<string, unknown> = {
    name: optionalText(check, fields.name, `${path}.name`),
    domain: optionalText(check, fields.domain, `${path}.domain`),
    group: optionalText(check, fields.group, `${path}.group`),
    keywords: present('keywords') ? check.textList(fields.keywords, `${path}.keywords`) : undefined,
    levels: present('levels')
      ? parseTexts(
          check,
          fields.levels,
          `${path}.levels`,
          'an object of level names keyed by level id ({ "junior": "…" })',
          levelIds,
          'level',
        )
      : undefined,
    roles: present('roles')
      ? parseTexts(
          check,
          fields.roles,
          `${path}.roles`,
          'an object of role names keyed by role id ({ "role": "…" })',
          roleIds,
          'role',
        )
      : undefined,
    cells: present('cells')
      ? parseCellTexts(check, fields.cells, `${path}.cells`, context)
      : undefined,
  };
  return Object.fromEntries(
    Object.entries(translation).filter(([, v]) => v !== undefined),
  ) as LadderTranslation;
}

/**
 * The ladder's `translations`: an object keyed by BCP 47 tag, one language each, none in the
 * source language, every id known and every text non-empty.
 */
export function parseTranslations(
  check: Checker,
  value: unknown,
  context: TranslationContext,
): Record<string, LadderTranslation> | undefined {
  const fields = check.object(
    value,
    'translations',
    'an object of translations keyed by language tag ({ "zh-CN": { name, levels, roles, cells, … } })',
  );
  if (!fields) return undefined;
  const firstSeen = new Map<string, string>();
  const entries: [string, LadderTranslation][] = [];
  for (const [tag, item] of Object.entries(fields)) {
    const path = fieldPath('translations', tag);
    const canonical = canonicalTag(tag);
    if (canonical === undefined) {
      check.fail(path, `has a key that ${notATag(tag)}`);
    } else if (canonical === context.sourceLang) {
      // The source texts are the ladder's own fields: a second copy in the same language could
      // only disagree with them, and which one a reader sees would be a guess.
      const source = context.langGiven
        ? `lang is ${JSON.stringify(context.sourceLang)}, so the ladder's own texts are already in it`
        : `lang is left out, so the ladder's own texts are taken to be in "en"`;
      check.fail(
        path,
        `is in the ladder's source language: ${source}. Edit those texts instead, or set lang to the language they are written in.`,
      );
    } else {
      const first = firstSeen.get(canonical);
      if (first !== undefined) {
        check.fail(
          path,
          `is the same language as ${fieldPath('translations', first)}; give each language one translation.`,
        );
      } else firstSeen.set(canonical, tag);
    }
    const translation = check.object(
      item,
      path,
      'a translation ({ name, domain, group, keywords, levels, roles, cells }, each optional)',
    );
    if (translation) entries.push([tag, parseTranslation(check, translation, path, context)]);
  }
  return Object.fromEntries(entries);
}
