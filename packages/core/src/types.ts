/**
 * Whether a role must have a skill at a level, or may have it.
 *
 * @example
 * const requirement: Requirement = 'required';
 */
export type Requirement = 'required' | 'optional';

/**
 * Every requirement, in the order the UI lists them.
 *
 * @example
 * REQUIREMENTS.includes(value as Requirement) // is `value` a requirement?
 */
export const REQUIREMENTS = ['required', 'optional'] as const satisfies readonly Requirement[];

/**
 * One career level. Levels are listed lowest first.
 *
 * @example
 * const senior: LadderLevel<'senior'> = { id: 'senior', name: 'Senior' };
 */
export interface LadderLevel<LevelId extends string = string> {
  readonly id: LevelId;
  readonly name: string;
}

/**
 * One role (job family) in which the skill appears.
 *
 * @example
 * const role: LadderRole = { id: 'ml-engineer', name: 'ML Engineer' };
 */
export interface LadderRole<RoleId extends string = string> {
  readonly id: RoleId;
  readonly name: string;
}

/**
 * What one role is expected to do with the skill at one level.
 *
 * @example
 * const cell: LadderCell = { role: 'ml-engineer', level: 'senior', requirement: 'required', description: 'Designs pipelines.' };
 */
export interface LadderCell<LevelId extends string = string, RoleId extends string = string> {
  readonly role: RoleId;
  readonly level: LevelId;
  readonly requirement: Requirement;
  readonly description: string;
}

/**
 * A skill ladder: one skill, its roles and ordered levels, and one cell for every
 * role × level. Plain JSON-able data; generic in its level and role ids so that a
 * built-in ladder has literal-union ids while any company's ladder still type-checks.
 *
 * @example
 * const ladder: Ladder = JSON.parse(text); // then check it: parseLadder(ladder)
 */
export interface Ladder<LevelId extends string = string, RoleId extends string = string> {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly group: string;
  readonly keywords: readonly string[];
  /** ISO calendar date, `YYYY-MM-DD`. */
  readonly updated: string;
  readonly levels: readonly LadderLevel<LevelId>[];
  readonly roles: readonly LadderRole<RoleId>[];
  readonly cells: readonly LadderCell<LevelId, RoleId>[];
}

/**
 * The level ids of a ladder type.
 *
 * @example
 * type Levels = LevelIdOf<typeof mlPipelines>; // 'junior' | 'middle' | 'senior' | 'lead' | 'principal'
 */
export type LevelIdOf<T extends Ladder> = T['levels'][number]['id'];

/**
 * The role ids of a ladder type.
 *
 * @example
 * type Roles = RoleIdOf<typeof mlPipelines>; // 'computer-vision-engineer' | … | 'nlp-engineer'
 */
export type RoleIdOf<T extends Ladder> = T['roles'][number]['id'];
