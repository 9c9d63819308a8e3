import { levelPosition, memoizePerLadder, requireCell } from '../ladder-index.js';
import type { Ladder, LadderCell, LadderLevel } from '../types.js';
import { requirementChange, type RequirementChange } from './requirement-change.js';

/**
 * The change on the way to the next level; `top` when there is no next level.
 *
 * @example
 * const change: PromotionChange = promotionGap(mlPipelines, 'ml-engineer', 'lead').change;
 */
export type PromotionChange = RequirementChange | 'top';

/**
 * What one role has now and what the next level expects of it, from `promotionGap`.
 *
 * @example
 * const gap: PromotionGap = promotionGap(mlPipelines, 'ml-engineer', 'middle');
 * gap.next?.description // what Senior expects
 */
export interface PromotionGap<L extends string = string, R extends string = string> {
  readonly role: R;
  readonly level: LadderLevel<L>;
  /** `undefined` at the top level. */
  readonly nextLevel: LadderLevel<L> | undefined;
  readonly current: LadderCell<L, R>;
  /** `undefined` at the top level. */
  readonly next: LadderCell<L, R> | undefined;
  readonly change: PromotionChange;
}

/**
 * The level above `level`, or `undefined` at the top. Throws a RangeError for an unknown level.
 *
 * @example
 * nextLevel(mlPipelines, 'lead')?.id // 'principal'
 */
export function nextLevel<L extends string>(
  ladder: Ladder<L>,
  level: L,
): LadderLevel<L> | undefined {
  return ladder.levels[levelPosition(ladder, level) + 1];
}

const gapOf = /* @__PURE__ */ memoizePerLadder((ladder: Ladder, key: string): PromotionGap => {
  const [role, fromLevel] = JSON.parse(key) as [string, string];
  const level = ladder.levels[levelPosition(ladder, fromLevel)] as LadderLevel;
  const current = requireCell(ladder, role, fromLevel);
  const upper = nextLevel(ladder, fromLevel);
  if (!upper) return { role, level, nextLevel: undefined, current, next: undefined, change: 'top' };
  const next = requireCell(ladder, role, upper.id);
  const change = requirementChange(current.requirement, next.requirement);
  return { role, level, nextLevel: upper, current, next, change };
});

/**
 * What `role` is expected to do at `fromLevel`, what the next level expects, and how the
 * requirement changes on the way (`'top'` at the highest level). Memoized per ladder, role
 * and level. Throws a RangeError for an unknown role or level.
 *
 * @example
 * promotionGap(mlPipelines, 'computer-vision-engineer', 'middle').change // 'becomes-required'
 * promotionGap(mlPipelines, 'ml-engineer', 'principal').change // 'top'
 */
export function promotionGap<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  role: R,
  fromLevel: L,
): PromotionGap<L, R> {
  return gapOf(ladder, JSON.stringify([role, fromLevel])) as PromotionGap<L, R>;
}
