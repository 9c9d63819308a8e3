import { requireCell } from '../ladder-index.js';
import type { Ladder, LadderCell } from '../types.js';
import { requirementChange, type RequirementChange } from './requirement-change.js';

/**
 * How one role's cell differs between two levels, from `diffLevels`.
 *
 * @example
 * const [first]: RoleDiff[] = diffLevels(mlPipelines, 'junior', 'senior');
 * first.change // 'becomes-required'
 */
export interface RoleDiff<L extends string = string, R extends string = string> {
  readonly role: R;
  readonly from: LadderCell<L, R>;
  readonly to: LadderCell<L, R>;
  readonly change: RequirementChange;
  readonly descriptionChanged: boolean;
}

/**
 * For every role, in role order, how its cell at level `a` differs from its cell at level `b`.
 * The levels may be in either order and may be equal. Throws a RangeError for an unknown level.
 *
 * @example
 * diffLevels(mlPipelines, 'junior', 'principal')
 *   .filter((d) => d.change === 'becomes-required')
 *   .map((d) => d.role) // ['computer-vision-engineer', 'mlops-engineer']
 */
export function diffLevels<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  a: L,
  b: L,
): RoleDiff<L, R>[] {
  return ladder.roles.map((role) => {
    const from = requireCell(ladder, role.id, a);
    const to = requireCell(ladder, role.id, b);
    return {
      role: role.id,
      from,
      to,
      change: requirementChange(from.requirement, to.requirement),
      descriptionChanged: from.description !== to.description,
    };
  });
}
