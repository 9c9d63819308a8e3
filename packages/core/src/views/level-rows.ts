import { cellAt, levelPosition, memoizePerLadder } from '../ladder-index.js';
import type { Ladder, LadderCell } from '../types.js';

const rowsOfLevel = /* @__PURE__ */ memoizePerLadder(
  (ladder: Ladder, level: string): readonly LadderCell[] => {
    levelPosition(ladder, level);
    return ladder.roles.flatMap((role) => cellAt(ladder, role.id, level) ?? []);
  },
);

/**
 * The cells of one level, in the ladder's role order. The same array is returned for the
 * same ladder and level, so it can be compared by reference. Throws a RangeError for an
 * unknown level.
 *
 * @example
 * levelRows(mlPipelines, 'senior').map((cell) => cell.role)
 * // ['computer-vision-engineer', 'data-scientist', 'llm-engineer', 'ml-engineer', ...]
 */
export function levelRows<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  level: L,
): readonly LadderCell<L, R>[] {
  return rowsOfLevel(ladder, level) as readonly LadderCell<L, R>[];
}
