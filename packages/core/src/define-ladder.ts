import type { Ladder, LadderCell, LadderLevel, LadderRole } from './types.js';

/**
 * A ladder literal whose cells may only name the levels and roles it declares; what
 * `defineLadder` takes.
 *
 * @example
 * const draft: LadderDefinition<'l1' | 'l2', 'analyst'> = { ... };
 */
export type LadderDefinition<L extends string, R extends string> = Omit<
  Ladder<L, R>,
  'levels' | 'roles' | 'cells'
> & {
  readonly levels: readonly LadderLevel<L>[];
  readonly roles: readonly LadderRole<R>[];
  readonly cells: readonly LadderCell<NoInfer<L>, NoInfer<R>>[];
};

/**
 * Types a ladder written in code: its level and role ids become literal unions, a cell that
 * names an undeclared level or role is a type error, and the React props that take ids
 * (`level`, `careerRole`…) accept only those ids. Returns the ladder unchanged; data from
 * outside your code still goes through `parseLadder`.
 *
 * @example
 * const ladder = defineLadder({ id: 'sql', levels: [{ id: 'l1', name: 'L1' }], roles: [...], cells: [...], ... });
 * // <SkillLadder ladder={ladder} defaultLevel="l2" /> is a type error
 */
export function defineLadder<const L extends string, const R extends string>(
  ladder: LadderDefinition<L, R>,
): Ladder<L, R> {
  return ladder;
}
