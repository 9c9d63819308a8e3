import type { Ladder, LadderLevel, LadderRole } from './types.js';

/**
 * What a view shows for a requested id, and a warning for the developer when it was unknown.
 *
 * @example
 * const { value, warning }: Selected<LadderLevel> = selectLevel(ladder, id);
 */
export interface Selected<T> {
  readonly value: T;
  /** Set when the id is not in the ladder: names it and the known ids. */
  readonly warning: string | undefined;
}

const quoted = (ids: readonly { id: string }[]) => ids.map(({ id }) => `"${id}"`).join(', ');

/**
 * The level to show for a requested level id: that level, or the first (lowest) level when the
 * id is left out or unknown. An unknown id also gives a warning that names it and the known
 * ids. The one place this rule lives: every view and UI goes through it.
 *
 * @example
 * selectLevel(mlPipelines, 'senior').value.name // 'Senior'
 * selectLevel(mlPipelines, 'staff').value.id // 'junior', with a warning naming "staff"
 */
export function selectLevel<L extends string>(
  ladder: Ladder<L>,
  id: string | null | undefined,
): Selected<LadderLevel<L>> {
  const first = ladder.levels[0] as LadderLevel<L>;
  if (id === undefined || id === null || id === '') return { value: first, warning: undefined };
  const level = ladder.levels.find((l) => l.id === id);
  if (level) return { value: level, warning: undefined };
  return {
    value: first,
    warning: `Level "${id}" is not in the ladder "${ladder.id}" (its levels: ${quoted(ladder.levels)}); showing "${first.id}" instead.`,
  };
}

/**
 * The career role to focus for a requested role id: that role, or `undefined` (every role)
 * when the id is left out or unknown. An unknown id also gives a warning that names it and
 * the known ids.
 *
 * @example
 * selectCareerRole(mlPipelines, 'ml-engineer').value?.name // 'ML Engineer'
 * selectCareerRole(mlPipelines, null).value // undefined: every role
 */
export function selectCareerRole<R extends string>(
  ladder: Ladder<string, R>,
  id: string | null | undefined,
): Selected<LadderRole<R> | undefined> {
  if (id === undefined || id === null || id === '') return { value: undefined, warning: undefined };
  const role = ladder.roles.find((r) => r.id === id);
  if (role) return { value: role, warning: undefined };
  return {
    value: undefined,
    warning: `Career role "${id}" is not in the ladder "${ladder.id}" (its roles: ${quoted(ladder.roles)}); showing every role instead.`,
  };
}
