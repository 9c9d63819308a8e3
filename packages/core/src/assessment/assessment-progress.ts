import { requireCell } from '../ladder-index.js';
import type { Ladder, Requirement } from '../types.js';
import { reconcileCell } from './reconcile-cell.js';
import type { AssessmentProgress, Assessment, LevelProgress, ReconciledItem } from './types.js';

/**
 * A role's progress at every level, in level order, and its estimated level: the highest
 * level whose cell is required and whose every expectation is marked "yes" (a reworded one,
 * `changed`, counts as not yet confirmed). Levels below it need not be marked: a person marks
 * their current and next level, not the whole ladder. Optional and not-expected levels never
 * count on their own; only a role with no required level anywhere (optional for it all along)
 * is estimated on its optional levels instead. `undefined` when no level is reached.
 * Throws a RangeError for an unknown role.
 *
 * @example
 * const progress = assessmentProgress(mlPipelines, assessment, 'ml-engineer');
 * progress.levels.find((level) => level.level === 'senior') // { total: 4, yes: 3, partly: 1, … }
 * progress.estimatedLevel // 'middle'
 */
export function assessmentProgress<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  assessment: Assessment,
  role: R,
): AssessmentProgress {
  const levels = ladder.levels.map(({ id }): LevelProgress => {
    const counts = { yes: 0, partly: 0, notYet: 0, unmarked: 0, changed: 0 };
    const items = reconcileCell(ladder, assessment, role, id);
    for (const item of items) {
      if (item.state !== 'marked') counts[item.state] += 1;
      else if (item.mark.status === 'not-yet') counts.notYet += 1;
      else counts[item.mark.status] += 1;
    }
    const { requirement } = requireCell(ladder, role, id);
    return { level: id, requirement, total: items.length, ...counts };
  });
  const counted: Requirement = levels.some((level) => level.requirement === 'required')
    ? 'required'
    : 'optional';
  const reached = levels.filter(
    (level) => level.requirement === counted && level.total > 0 && level.yes === level.total,
  );
  return { role, levels, estimatedLevel: reached.at(-1)?.level };
}

/**
 * What is left at a level: its expectations not marked "yes" (`unmarked`, "partly",
 * "not yet", or `changed` and not yet confirmed), with the cell's requirement.
 *
 * @example
 * const left: ItemsLeft = itemsLeft(mlPipelines, assessment, 'ml-engineer', 'senior');
 */
export interface ItemsLeft {
  readonly role: string;
  readonly level: string;
  readonly requirement: Requirement;
  readonly items: readonly ReconciledItem[];
}

/**
 * What is left for a person to reach a level (the next one, or a target they chose): its
 * expectations not yet marked "yes", in the cell's order. Throws a RangeError for an unknown
 * role or level.
 *
 * @example
 * itemsLeft(mlPipelines, assessment, 'ml-engineer', 'senior').items.map((item) => item.text)
 * // ['Configures CI/CD for pipeline deployment.', 'Ensures reproducibility.']
 */
export function itemsLeft<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  assessment: Assessment,
  role: R,
  target: L,
): ItemsLeft {
  const { requirement } = requireCell(ladder, role, target);
  const items = reconcileCell(ladder, assessment, role, target).filter(
    (item) => !(item.state === 'marked' && item.mark.status === 'yes'),
  );
  return { role, level: target, requirement, items };
}
