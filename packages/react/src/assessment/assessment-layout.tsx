import { useLadder } from '../ladder-context.js';
import { PromotionCards } from '../promotion-cards.js';
import { AssessmentActions } from './assessment-actions.js';
import { AssessmentProgress } from './assessment-progress.js';
import { AssessmentRoot, type AssessmentRootProps } from './assessment-root.js';
import { PromotionChecklist } from './promotion-checklist.js';

/** Props of the default assessment layout: those of `AssessmentRoot`, less `children`. */
export type AssessmentLayoutProps = Omit<AssessmentRootProps, 'children'>;

/**
 * `SkillLadder`'s layout with `assess` on, loaded only then (`React.lazy`): the checklist, the
 * progress summary beside it, and the export, import and clear actions. With every role shown,
 * the promotion cards stay, under the checklist's request to pick a role.
 */
export default function AssessmentLayout(props: AssessmentLayoutProps) {
  const { careerRole } = useLadder('SkillLadder');
  return (
    <AssessmentRoot {...props}>
      <div data-slot="assessment-layout">
        <PromotionChecklist />
        <div data-slot="assessment-aside">
          <AssessmentProgress />
          {/* ProgressChart (branch assess-views) goes here, beside the progress summary. */}
        </div>
      </div>
      {!careerRole && <PromotionCards />}
      {/* LevelComparison (branch assess-views) goes here, below the checklist. */}
      <AssessmentActions />
    </AssessmentRoot>
  );
}
