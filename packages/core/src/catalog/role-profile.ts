import type { LadderLevel, Requirement } from '../types.js';
import { requirementChange, type RequirementChange } from '../views/requirement-change.js';
import { readsAs } from '../translation-choice.js';
import { catalogSkillTexts, type CatalogSkillTexts } from './skill-texts.js';
import type { CatalogIndex, CatalogSkill } from './types.js';

/**
 * One role of a catalog, named in the reader's language, from `catalogRoles`.
 *
 * @example
 * const role: CatalogRole = catalogRoles(index, 'en')[0];
 * <option value={role.id} lang={role.lang === t.locale ? undefined : role.lang}>{role.name}</option>
 */
export interface CatalogRole {
  readonly id: string;
  readonly name: string;
  /** The language of `name`: a translation's, or the source's where it fell back. */
  readonly lang: string;
}

/**
 * Every role of a catalog, once, in the order they first appear, named in `locale` when a skill
 * that has the role translates its name.
 *
 * @example
 * catalogRoles(index, 'zh-CN').map((role) => role.name) // ['机器学习工程师', 'Data Scientist', …]
 */
export function catalogRoles(index: CatalogIndex, locale?: string): readonly CatalogRole[] {
  const roles = new Map<string, CatalogRole>();
  const inReadersLanguage = new Set<string>();
  for (const skill of index.skills) {
    const texts = catalogSkillTexts(skill, locale);
    for (const role of skill.roles) {
      // A later skill may name in the reader's language a role that an earlier one left in
      // its source language.
      if (inReadersLanguage.has(role.id)) continue;
      const named = texts.role(role);
      const fits = locale === undefined || readsAs(named.lang, locale);
      if (roles.has(role.id) && !fits) continue;
      roles.set(role.id, { id: role.id, name: named.name, lang: named.lang });
      if (fits) inReadersLanguage.add(role.id);
    }
  }
  return [...roles.values()];
}

/**
 * One skill of a role profile, with the role's requirement at the profile's level.
 *
 * @example
 * const row: RoleProfileRow = roleProfile(index, 'ml-engineer', 'senior').rows[0];
 * row.requirement // 'required'
 */
export interface RoleProfileRow {
  readonly skill: CatalogSkill;
  readonly requirement: Requirement;
}

/**
 * A skill whose requirement changes on the way to the next level.
 *
 * @example
 * const step: RoleProfileStep = roleProfile(index, 'ml-engineer', 'middle').toNext.becomesRequired[0];
 * `${step.from} → ${step.to}` // 'optional → required'
 */
export interface RoleProfileStep {
  readonly skill: CatalogSkill;
  readonly from: Requirement;
  readonly to: Requirement;
  /** The change, as `requirementChange` names it (`becomes-required`, `stops-being-expected`…). */
  readonly change: RequirementChange;
}

/**
 * What changes for a role between its level and the next, by kind; each list in index order.
 *
 * @example
 * const next: RoleProfileChanges = roleProfile(index, 'ml-engineer', 'middle').toNext;
 * next.becomesExpected.length // skills the role takes up at the next level
 */
export interface RoleProfileChanges {
  /** Optional at the level, required at the next. */
  readonly becomesRequired: readonly RoleProfileStep[];
  /** Not expected at the level, required or optional at the next. */
  readonly becomesExpected: readonly RoleProfileStep[];
  /** Every other change: required to optional, or no longer expected. */
  readonly changes: readonly RoleProfileStep[];
}

/**
 * One role across every skill of a catalog at one level, from `roleProfile`.
 *
 * @example
 * const profile: CatalogRoleProfile = roleProfile(index, 'ml-engineer', 'middle');
 * profile.nextLevel?.name // 'Senior'
 */
export interface CatalogRoleProfile {
  /** The role's levels across its skills, lowest first. */
  readonly levels: readonly LadderLevel[];
  /** The level shown: the one asked for, or the first when it is not one of `levels`. */
  readonly level: LadderLevel | undefined;
  /** The level above it, or `undefined` at the top. */
  readonly nextLevel: LadderLevel | undefined;
  /** The skills in which the role appears and that have the level, in index order. */
  readonly rows: readonly RoleProfileRow[];
  /** What changes on the way to `nextLevel`; every list is empty at the top. */
  readonly toNext: RoleProfileChanges;
}

// Levels of every skill of the role, merged: a level not seen yet goes after the level that
// precedes it in its own skill, so that skills agreeing on an order keep it.
function mergeLevels(skills: readonly CatalogSkill[]): LadderLevel[] {
  const levels: LadderLevel[] = [];
  for (const skill of skills) {
    let at = 0;
    for (const level of skill.levels) {
      const found = levels.findIndex((l) => l.id === level.id);
      if (found === -1) levels.splice(at, 0, level);
      at = (found === -1 ? at : found) + 1;
    }
  }
  return levels;
}

// Each level named as the first skill that names it in the reader's language does, else as
// its source; `lang` always says the name's language, for `t.level`'s rule and a `lang` mark.
function nameLevels(
  levels: readonly LadderLevel[],
  skills: readonly CatalogSkill[],
  locale: string | undefined,
): LadderLevel[] {
  const texts = skills.map((skill) => catalogSkillTexts(skill, locale));
  return levels.map((level) => {
    let named: LadderLevel | undefined;
    skills.forEach((skill, i) => {
      if (named && (locale === undefined || readsAs(named.lang as string, locale))) return;
      if (!skill.levels.some((l) => l.id === level.id)) return;
      const candidate = (texts[i] as CatalogSkillTexts).level(level);
      if (!named || locale === undefined || readsAs(candidate.lang, locale)) named = candidate;
    });
    return named ?? level;
  });
}

function requirementAt(skill: CatalogSkill, role: string, level: string): Requirement | undefined {
  const position = skill.levels.findIndex((l) => l.id === level);
  return position === -1 ? undefined : skill.requirements[role]?.[position];
}

/**
 * One role across every skill of a catalog index, at one level: the skills in which the role
 * appears, each with its requirement at that level, and what changes on the way to the next
 * level — the skills that become required, those that become expected, and every other change.
 * Needs only the index, no ladder. An unknown level shows the role's first level. Levels are
 * named in the reader's language (`locale`) where a skill translates them, each with the
 * `lang` of its name.
 *
 * @example
 * const profile = roleProfile(index, 'ml-engineer', 'middle');
 * profile.rows.map((row) => [row.skill.name, row.requirement]) // [['ML Pipelines', 'required'], …]
 * profile.toNext.becomesRequired.map((step) => step.skill.id) // required from Senior on
 * roleProfile(index, 'ml-engineer', 'middle', 'zh-CN').level // { id: 'middle', name: '中级', lang: 'zh-CN' }
 */
export function roleProfile(
  index: CatalogIndex,
  careerRole: string,
  level: string | undefined,
  locale?: string,
): CatalogRoleProfile {
  const skills = index.skills.filter((skill) => skill.roles.some((r) => r.id === careerRole));
  const levels = nameLevels(mergeLevels(skills), skills, locale);
  const position = Math.max(
    0,
    levels.findIndex((l) => l.id === level),
  );
  const shown = levels[position];
  const next = levels[position + 1];
  const rows: RoleProfileRow[] = [];
  const becomesRequired: RoleProfileStep[] = [];
  const becomesExpected: RoleProfileStep[] = [];
  const changes: RoleProfileStep[] = [];
  for (const skill of skills) {
    const from = shown && requirementAt(skill, careerRole, shown.id);
    if (!from) continue;
    rows.push({ skill, requirement: from });
    const to = next && requirementAt(skill, careerRole, next.id);
    if (!to || to === from) continue;
    const step = { skill, from, to, change: requirementChange(from, to) };
    if (step.change === 'becomes-required') becomesRequired.push(step);
    else if (step.change === 'becomes-expected') becomesExpected.push(step);
    else changes.push(step);
  }
  return {
    levels,
    level: shown,
    nextLevel: next,
    rows,
    toNext: { becomesRequired, becomesExpected, changes },
  };
}
