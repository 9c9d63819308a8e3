import { reconcileCell } from '@skill-ladder/core/assessment';
import type { LadderLevel } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import { useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { CareerRoleSelect } from '../career-role-select.js';
import { classNames } from '../class-names.js';
import { langAttr, labelOf } from '../content-text.js';
import { useLadder } from '../ladder-context.js';
import { RequirementBadge } from '../requirement-badge.js';
import { useAssessment } from './assessment-context.js';
import { ChecklistItem } from './checklist-item.js';
import { shownExpectations } from './shown-expectations.js';
import { OrphanMarks } from './orphan-marks.js';

const checklist = cva('sl-checklist');

/** Props of `PromotionChecklist`; they go to its `<section>`. */
export type PromotionChecklistProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

function ChecklistLevel({ level, roleId }: { level: LadderLevel; roleId: string }) {
  const { ladder, source, t, unstyled } = useLadder('PromotionChecklist');
  const { snapshot } = useAssessment('PromotionChecklist');
  const headingId = useId();
  const cell = ladder.cells.find((c) => c.role === roleId && c.level === level.id);
  // Keyed by the source texts, so marks hold in every language; shown in the reader's.
  const items = useMemo(
    () => reconcileCell(source, snapshot.assessment, roleId, level.id),
    [source, snapshot.assessment, roleId, level.id],
  );
  const shown = useMemo(
    () => shownExpectations(source, ladder, t, roleId, level.id),
    [source, ladder, t, roleId, level.id],
  );
  const sourceLang = langAttr(ladder, t, source.lang ?? 'en');
  return (
    <section
      aria-labelledby={headingId}
      data-slot="checklist-level"
      data-requirement={cell?.requirement}
    >
      <h4 id={headingId} data-slot="checklist-level-title">
        {t.message('table.caption', { level: labelOf(ladder, t, level, 'level').text })}{' '}
        {cell && <RequirementBadge requirement={cell.requirement} t={t} unstyled={unstyled} />}
      </h4>
      {items.length === 0 ? (
        <p data-slot="section-note">{t.message('requirement.notExpectedHere')}</p>
      ) : (
        <ol data-slot="checklist-items">
          {items.map((item) => (
            <ChecklistItem
              key={item.id}
              item={item}
              shown={shown.get(item.key) ?? { text: item.text, lang: sourceLang }}
              sourceLang={sourceLang}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The promotion cards' checklist mode: for the career role picked in its `LadderRoot`, the
 * expectations of the current and the next level, each a radio group "yes / partly / not yet"
 * named by its text, with an optional note; reworded items show their old text and mark, and
 * marks whose expectation left the ladder are listed apart, kept until removed. With every
 * role shown, it asks the person to pick theirs (with the picker at hand). Needs an
 * `AssessmentRoot`. Styling hooks: `data-slot="checklist" | "checklist-level" |
 * "checklist-item" | "item-group" | "item-option" | "item-changed" | "item-note" | "orphans"`,
 * `data-state="pick-role" | "ready"` on the section, `data-state="marked" | "changed" |
 * "unmarked"` and `data-mark` on each item.
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultCareerRole="ml-engineer" defaultLevel="middle">
 *   <AssessmentRoot><PromotionChecklist /></AssessmentRoot>
 * </LadderRoot>
 */
export function PromotionChecklist({ className, ...rest }: PromotionChecklistProps) {
  const { ladder, t, level, nextLevel, careerRole, unstyled } = useLadder('PromotionChecklist');
  const { text, snapshot } = useAssessment('PromotionChecklist');
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={snapshot.loading || undefined}
      data-slot="checklist"
      data-state={careerRole ? 'ready' : 'pick-role'}
      className={classNames(unstyled, checklist(), className)}
      {...rest}
    >
      {/* Focusable by script: where focus goes when the last mark no longer in the ladder is removed. */}
      <h3 id={headingId} data-slot="section-title" tabIndex={-1}>
        {text.message('assessment.print.title')}
      </h3>
      {careerRole ? (
        <>
          <p data-slot="checklist-context">
            {text.message('assessment.checklistContext', {
              role: labelOf(ladder, t, careerRole, 'role').text,
              level: labelOf(ladder, t, level, 'level').text,
            })}
          </p>
          <div data-slot="checklist-levels">
            <ChecklistLevel level={level} roleId={careerRole.id} />
            {nextLevel && <ChecklistLevel level={nextLevel} roleId={careerRole.id} />}
          </div>
        </>
      ) : (
        <div data-slot="checklist-pick-role">
          <p>{text.message('assessment.pickRole')}</p>
          <CareerRoleSelect />
        </div>
      )}
      <OrphanMarks />
    </section>
  );
}
