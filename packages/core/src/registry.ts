import { builtInLadders } from './ladders/index.js';
import type { Ladder } from './types.js';

/**
 * Thrown by `getSkill` and `SkillRegistry.get` for an id that no ladder has.
 *
 * @example
 * try { getSkill('nope'); } catch (error) { if (error instanceof UnknownSkillError) error.knownIds; }
 */
export class UnknownSkillError extends Error {
  override readonly name = 'UnknownSkillError';
  /** The id that was asked for, as text. */
  readonly skillId: string;
  /** The ids the registry has. */
  readonly knownIds: readonly string[];

  constructor(skillId: unknown, knownIds: readonly string[]) {
    const asked = typeof skillId === 'string' ? skillId : `(${typeof skillId})`;
    const known = knownIds.length > 0 ? knownIds.map((id) => `"${id}"`).join(', ') : 'none';
    super(`There is no skill ladder "${asked.slice(0, 80)}". Known skill ids: ${known}.`);
    this.skillId = asked;
    this.knownIds = knownIds;
  }
}

/**
 * A set of ladders looked up by id, made by `createRegistry`.
 *
 * @example
 * const registry: SkillRegistry = createRegistry([myLadder]);
 * registry.has('my-skill') // true
 */
export interface SkillRegistry {
  /** The ladder with this id; throws `UnknownSkillError` when there is none. */
  get(id: string): Ladder;
  /** True when a ladder with this id exists. */
  has(id: string): boolean;
  /** Every ladder, in the order given. */
  list(): readonly Ladder[];
}

/**
 * Makes a registry of your own ladders, independent of any other. Combine it with the
 * built-in ones by passing `[...builtInLadders, ...yours]`. Throws when two ladders share an id.
 *
 * @example
 * const registry = createRegistry([...builtInLadders, myLadder]);
 * registry.get('my-skill').name
 */
export function createRegistry(ladders: readonly Ladder[]): SkillRegistry {
  const byId = new Map<string, Ladder>();
  for (const ladder of ladders) {
    if (byId.has(ladder.id)) {
      throw new Error(`Two ladders have the id "${ladder.id}"; skill ids must be unique.`);
    }
    byId.set(ladder.id, ladder);
  }
  const list = [...byId.values()];
  return {
    get(id) {
      const ladder = typeof id === 'string' ? byId.get(id) : undefined;
      if (!ladder) throw new UnknownSkillError(id, [...byId.keys()]);
      return ladder;
    },
    has: (id) => typeof id === 'string' && byId.has(id),
    list: () => list,
  };
}

let builtIn: SkillRegistry | undefined;
// Made on first use so that importing the package runs no code.
const builtInRegistry = () => (builtIn ??= createRegistry(builtInLadders));

/**
 * The built-in ladder with this id; throws `UnknownSkillError`, which names the id and the
 * ids that exist, when there is none.
 *
 * @example
 * getSkill('ml-pipelines').roles.length // 6
 */
export function getSkill(id: string): Ladder {
  return builtInRegistry().get(id);
}

/**
 * Every built-in ladder.
 *
 * @example
 * listSkills().map((ladder) => ladder.id) // ['ml-pipelines']
 */
export function listSkills(): readonly Ladder[] {
  return builtInRegistry().list();
}
