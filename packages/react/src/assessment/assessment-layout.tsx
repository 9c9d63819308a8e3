import { useLadder } from '../ladder-context.js';
import type { ReactNode } from 'react';
import type { LadderRootProps } from '../ladder-root.js';
import { AssessmentActions } from './assessment-actions.js';
import { AssessmentProgress } from './assessment-progress.js';
import { AssessmentRoot, type AssessmentRootProps } from './assessment-root.js';
import { PromotionChecklist } from './promotion-checklist.js';

/** Props of the default assessment layout, from `SkillLadder`. */
export interface AssessmentLayoutProps {
  /** `SkillLadder`'s `assess`: `true`, or the storage and change handler. */
  assess: true | Pick<AssessmentRootProps, 'storage' | 'onAssessmentChange'>;
  /** `SkillLadder`'s props: when they set the level or career role, the assessment does not. */
  host: Pick<
    LadderRootProps,
    'level' | 'defaultLevel' | 'careerRole' | 'defaultCareerRole' | 'syncWithUrl'
  >;
  /**
   * The promotion cards, from `SkillLadder`: passed in rather than imported, so that this chunk
   * shares as little as it can with SkillLadder's first load (each module both import is split
   * into a chunk of its own, which compresses less well).
   */
  cards: ReactNode;
}

/**
 * `SkillLadder`'s layout with `assess` on, loaded only then (`React.lazy`): the checklist, the
 * progress summary beside it, and the export, import and clear actions. With every role shown,
 * the promotion cards stay, under the checklist's request to pick a role.
 */
export default function AssessmentLayout({ assess, host, cards }: AssessmentLayoutProps) {
  const { careerRole } = useLadder('SkillLadder');
  const { level, defaultLevel, careerRole: role, defaultCareerRole, syncWithUrl } = host;
  const hostSelects =
    syncWithUrl === true ||
    [level, defaultLevel, role, defaultCareerRole].some((value) => value !== undefined);
  return (
    <AssessmentRoot {...(assess === true ? {} : assess)} restoreSelection={!hostSelects}>
      <div data-slot="assessment-layout">
        <PromotionChecklist />
        <div data-slot="assessment-aside">
          <AssessmentProgress />
          {/* ProgressChart (branch assess-views) goes here, beside the progress summary. */}
        </div>
      </div>
      {!careerRole && cards}
      {/* LevelComparison (branch assess-views) goes here, below the checklist. */}
      <AssessmentActions />
    </AssessmentRoot>
  );
}
