import { cellAt, memoizePerLadder, rolePosition } from '../ladder-index.js';
import type { Ladder, LadderCell } from '../types.js';

const trackOfRole = /* @__PURE__ */ memoizePerLadder(
  (ladder: Ladder, role: string): readonly LadderCell[] => {
    rolePosition(ladder, role);
    return ladder.levels.flatMap((level) => cellAt(ladder, role, level.id) ?? []);
  },
);

/**
 * One role's cells from the lowest level to the highest. The same array is returned for the
 * same ladder and role. Throws a RangeError for an unknown role.
 *
 * @example
 * roleTrack(mlPipelines, 'llm-engineer').map((cell) => cell.requirement)
 * // ['optional', 'optional', 'optional', 'optional', 'optional']
 */
export function roleTrack<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  role: R,
): readonly LadderCell<L, R>[] {
  return trackOfRole(ladder, role) as readonly LadderCell<L, R>[];
}
