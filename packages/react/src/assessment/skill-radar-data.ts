import type { Ladder, LadderLevel } from '@skill-ladder/core';
import { assessmentProgress, type Assessment } from '@skill-ladder/core/assessment';
import type { CatalogSkill } from '@skill-ladder/core/catalog';

/**
 * The level a role is expected to hold in a skill when the person is at `level`: the highest
 * level at or below `level` (in the skill's own level order) at which the role's requirement
 * is `required`. Optional and not-expected levels do not count: the radar shows what must be
 * mastered. `undefined` when nothing is required up to `level`, or the skill has no level
 * `level`. Needs only the catalog index.
 */
export function expectedLevel(
  skill: CatalogSkill,
  careerRole: string,
  level: string,
): LadderLevel | undefined {
  const position = skill.levels.findIndex((l) => l.id === level);
  const requirements = skill.requirements[careerRole] ?? [];
  for (let i = position; i >= 0; i -= 1) {
    if (requirements[i] === 'required') return skill.levels[i];
  }
  return undefined;
}

/** Whether the person marked anything for `careerRole` in `assessment`. */
function hasMarksFor(assessment: Assessment | null | undefined, careerRole: string) {
  if (!assessment) return false;
  const prefix = `${careerRole}/`;
  return Object.keys(assessment.marks).some((id) => id.startsWith(prefix));
}

/** Where one skill stands for the person: a level, none reached, or not known yet. */
export type Estimate =
  | { readonly state: 'loading' | 'failed' | 'not-assessed' }
  | { readonly state: 'assessed'; readonly level: LadderLevel | undefined };

/**
 * The person's estimated level in one skill: the highest level whose required expectations
 * they marked all "yes" (`assessmentProgress`), `not-assessed` when they marked nothing for the
 * role there, `loading` until its ladder and stored assessment are read.
 */
export function estimateFor(
  careerRole: string,
  ladder: Ladder | undefined,
  assessment: Assessment | null | undefined,
  failed: boolean,
): Estimate {
  if (failed) return { state: 'failed' };
  if (!ladder || assessment === undefined) return { state: 'loading' };
  if (!hasMarksFor(assessment, careerRole)) return { state: 'not-assessed' };
  const estimated = assessmentProgress(ladder, assessment as Assessment, careerRole).estimatedLevel;
  return { state: 'assessed', level: ladder.levels.find((l) => l.id === estimated) };
}

/** The 1-based position of `level` among `levels`; 0 for none. */
export function levelPosition(levels: readonly LadderLevel[], level: LadderLevel | undefined) {
  return level ? levels.findIndex((l) => l.id === level.id) + 1 : 0;
}
