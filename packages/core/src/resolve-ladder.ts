import { parseLadder, type LadderError } from './parse-ladder.js';
import { getSkill, listSkills, type SkillRegistry } from './registry.js';
import type { Ladder } from './types.js';

/** Where a ladder comes from: a skill id (looked up in a registry) or ladder data. */
export interface LadderSource {
  /** A skill id, looked up in `registry` (default: the built-in ladders). */
  readonly skill?: string | undefined;
  /** Ladder data, checked with `parseLadder`; wins over `skill`. */
  readonly ladder?: unknown;
  /** Where `skill` is looked up. */
  readonly registry?: SkillRegistry | undefined;
}

/** Why no ladder could be had. */
export type LadderProblem =
  | {
      readonly kind: 'unknown-skill';
      readonly skillId: string;
      readonly knownIds: readonly string[];
    }
  | { readonly kind: 'invalid-ladder'; readonly errors: readonly LadderError[] };

/** The ladder of a source, or the problem with it. */
export type ResolvedLadder =
  | { readonly ok: true; readonly ladder: Ladder }
  | { readonly ok: false; readonly problem: LadderProblem };

// One parse per data object, so the same data always yields the same ladder object and
// every memoized view keyed on it is reused.
const parsed = new WeakMap<object, ResolvedLadder>();

function fromData(data: unknown): ResolvedLadder {
  const cached = typeof data === 'object' && data !== null ? parsed.get(data) : undefined;
  if (cached) return cached;
  const result = parseLadder(data);
  const resolved: ResolvedLadder = result.ok
    ? { ok: true, ladder: result.ladder }
    : { ok: false, problem: { kind: 'invalid-ladder', errors: result.errors } };
  if (typeof data === 'object' && data !== null) parsed.set(data, resolved);
  return resolved;
}

/**
 * The ladder a component should show: `ladder` data when given (validated), else the
 * `skill` looked up in `registry` or the built-in ladders. Never throws.
 *
 * @example
 * resolveLadder({ skill: 'ml-pipelines' }) // { ok: true, ladder: mlPipelines }
 * resolveLadder({ skill: 'nope' }).ok // false, problem.kind 'unknown-skill'
 */
export function resolveLadder(source: LadderSource): ResolvedLadder {
  if (source.ladder !== undefined) return fromData(source.ladder);
  const skill = source.skill;
  const registry = source.registry;
  const has = registry ? registry.has(skill as string) : listSkills().some((l) => l.id === skill);
  if (typeof skill === 'string' && has) {
    return { ok: true, ladder: registry ? registry.get(skill) : getSkill(skill) };
  }
  const knownIds = (registry ? registry.list() : listSkills()).map((ladder) => ladder.id);
  const skillId = typeof skill === 'string' ? skill : '';
  return { ok: false, problem: { kind: 'unknown-skill', skillId, knownIds } };
}
