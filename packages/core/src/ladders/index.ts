import type { Ladder } from '../types.js';
import { mlPipelines } from './ml-pipelines.js';

export { mlPipelines };

/**
 * The ladders that ship with the package, in the order `listSkills()` returns them.
 *
 * @example
 * createRegistry([...builtInLadders, myLadder])
 */
export const builtInLadders = [mlPipelines] as const;

/**
 * The type of each built-in ladder, by skill id.
 *
 * @example
 * type Ml = BuiltInLadders['ml-pipelines']; // typeof mlPipelines
 */
export interface BuiltInLadders {
  readonly 'ml-pipelines': typeof mlPipelines;
}

/**
 * The ladder type a skill id stands for: a built-in ladder's own type (with its literal level
 * and role ids), or any ladder for an id only known at run time.
 *
 * @example
 * type Levels = LevelIdOf<LadderOfSkill<'ml-pipelines'>>; // 'junior' | 'middle' | …
 */
export type LadderOfSkill<S extends string> = S extends keyof BuiltInLadders
  ? BuiltInLadders[S]
  : Ladder;
