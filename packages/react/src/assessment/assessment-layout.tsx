import { useLadder } from '../ladder-context.js';
import type { ReactNode } from 'react';
import type { LadderRootProps } from '../ladder-root.js';
import { AssessmentActions } from './assessment-actions.js';
import { useAssessment } from './assessment-context.js';
import { AssessmentProgress } from './assessment-progress.js';
import { AssessmentRoot, type AssessmentRootProps } from './assessment-root.js';
import { LevelComparison } from './level-comparison.js';
import { ProgressChart } from './progress-chart.js';
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

/** The person's standing in this skill, beside the progress summary, once a role is picked. */
function LayoutChart() {
  const { level } = useLadder('SkillLadder');
  const { progress, target } = useAssessment('SkillLadder');
  return progress ? (
    <ProgressChart progress={progress} currentLevel={level.id} targetLevel={target} />
  ) : null;
}

/**
 * `SkillLadder`'s layout with `assess` on, loaded only then (`React.lazy`): the checklist, the
 * progress summary and chart beside it, any two levels compared below, and the export, import
 * and clear actions. With every role shown,
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
          <LayoutChart />
        </div>
      </div>
      {!careerRole && cards}
      <LevelComparison />
      <AssessmentActions />
    </AssessmentRoot>
  );
}
