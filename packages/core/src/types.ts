/** Whether a role must have a skill at a level, or may have it. */
export type Requirement = 'required' | 'optional';

/** Every requirement, in the order the UI lists them. */
export const REQUIREMENTS = ['required', 'optional'] as const satisfies readonly Requirement[];

/** One career level. Levels are listed lowest first. */
export interface LadderLevel<LevelId extends string = string> {
  readonly id: LevelId;
  readonly name: string;
}

/** One role (job family) in which the skill appears. */
export interface LadderRole<RoleId extends string = string> {
  readonly id: RoleId;
  readonly name: string;
}

/** What one role is expected to do with the skill at one level. */
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

/** The level ids of a ladder type, e.g. `LevelIdOf<typeof mlPipelines>`. */
export type LevelIdOf<T extends Ladder> = T['levels'][number]['id'];

/** The role ids of a ladder type, e.g. `RoleIdOf<typeof mlPipelines>`. */
export type RoleIdOf<T extends Ladder> = T['roles'][number]['id'];
