import type { Ladder, LadderOfSkill } from '@skill-ladder/core';
import type { Assessment, AssessmentStorage } from '@skill-ladder/core/assessment';
import { lazy, Suspense } from 'react';
import { CareerRoleSelect } from './career-role-select.js';
import { ExportMenu } from './export-menu.js';
import { useLadderData } from './ladder-context.js';
import { LadderMatrix } from './ladder-matrix.js';
import { LadderRoot, type LadderRootProps } from './ladder-root.js';
import { LadderSummary } from './ladder-summary.js';
import { LevelSelector } from './level-selector.js';
import { PromotionCards } from './promotion-cards.js';
import { RoleComparisonTable } from './role-comparison-table.js';

/** Props of `SkillLadder`: those of `LadderRoot`, less `children`, plus `exportable`. */
export type SkillLadderProps<S extends string = string, T extends Ladder = LadderOfSkill<S>> = Omit<
  LadderRootProps<S, T>,
  'children'
> & {
  /** Show an Export menu that downloads the ladder as CSV or the selected level as Markdown. */
  exportable?: boolean;
  /**
   * Turn on self-assessment: the promotion cards become a checklist the person marks, with
   * their progress and export, import and clear. Its code loads only then. `true` keeps it in
   * the browser's `localStorage`; or pass `{ storage: 'memory' }` (nothing kept), your own
   * storage, and `onAssessmentChange`. Import `@skill-ladder/react/assessment.css` beside
   * `styles.css`.
   */
  assess?:
    | boolean
    | {
        storage?: AssessmentStorage | 'local' | 'memory';
        onAssessmentChange?: (assessment: Assessment) => void;
      };
};

const AssessmentLayout = lazy(() => import('./assessment/assessment-layout.js'));

type LayoutProps = Pick<SkillLadderProps, 'exportable' | 'assess'> & { host: LadderRootProps };

function DefaultLayout({ exportable, assess, host }: LayoutProps) {
  const { t } = useLadderData('SkillLadder');
  const cards = <PromotionCards />;
  return (
    <>
      <LadderSummary />
      <p data-slot="how-to">{t.message('howTo')}</p>
      <LevelSelector
        toolbar={
          <>
            <CareerRoleSelect />
            {exportable && <ExportMenu />}
          </>
        }
      >
        {assess ? (
          <Suspense fallback={cards}>
            <AssessmentLayout assess={assess} host={host} cards={cards} />
          </Suspense>
        ) : (
          cards
        )}
        <RoleComparisonTable />
      </LevelSelector>
      <LadderMatrix />
    </>
  );
}

/**
 * The whole skill ladder in one element: `LadderRoot` with the default composition — summary,
 * level tabs with a career-role picker, what to master for the next level, the comparison
 * table of the selected level, and the matrix of every role and level. Pass `skill` (an id) or
 * `ladder` (data, validated), or `catalog` and `skill` to load it by id. An unknown skill, invalid data or an error while rendering shows
 * an alert panel in its place; nothing is thrown into the host page.
 *
 * Styling hooks: those of `LadderRoot` (`data-theme`, `data-size`, `data-density`), the
 * `--sl-*` variables of `styles.css`, `className` on every part, and `unstyled`.
 *
 * @example
 * import '@skill-ladder/react/styles.css';
 * <SkillLadder skill="ml-pipelines" defaultLevel="middle" />
 */
export function SkillLadder<const S extends string = string, T extends Ladder = LadderOfSkill<S>>({
  exportable,
  assess,
  ...props
}: SkillLadderProps<S, T>) {
  return (
    <LadderRoot<S, T> {...(props as LadderRootProps<S, T>)}>
      <DefaultLayout exportable={exportable} assess={assess} host={props as LadderRootProps} />
    </LadderRoot>
  );
}
