import { itemsLeft } from '@skill-ladder/core/assessment';
import { cva } from 'class-variance-authority';
import { useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { classNames } from '../class-names.js';
import { langAttr, labelOf } from '../content-text.js';
import { useLadder } from '../ladder-context.js';
import { useAssessment } from './assessment-context.js';
import { shownExpectations } from './shown-expectations.js';

const progressPart = cva('sl-assessment-progress');

/** Props of `AssessmentProgress`; they go to its `<section>`. */
export type AssessmentProgressProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * The person's progress for the career role picked in its `LadderRoot`: per level "Senior: 3 of
 * 4, 1 partly", the estimated level (the highest whose required expectations are all "yes"), a
 * target level (default: the next, or at the top the level itself) and what is left for it. The estimate is announced politely
 * when it changes. Needs an `AssessmentRoot`. Styling hooks: `data-slot="assessment-progress" |
 * "progress-levels" | "progress-level" | "estimated-level" | "target-select" | "items-left"`,
 * `data-requirement` on each level.
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultCareerRole="ml-engineer">
 *   <AssessmentRoot><AssessmentProgress /></AssessmentRoot>
 * </LadderRoot>
 */
export function AssessmentProgress({ className, ...rest }: AssessmentProgressProps) {
  const { ladder, source, t, careerRole, unstyled } = useLadder('AssessmentProgress');
  const { progress, target, setTarget, snapshot, text } = useAssessment('AssessmentProgress');
  const headingId = useId();
  const selectId = useId();
  const left = useMemo(() => {
    if (!careerRole || !target) return [];
    const shown = shownExpectations(source, ladder, t, careerRole.id, target);
    const fallback = langAttr(ladder, t, source.lang ?? 'en');
    return itemsLeft(source, snapshot.assessment, careerRole.id, target).items.map((item) => ({
      id: item.id,
      ...(shown.get(item.key) ?? { text: item.text, lang: fallback }),
    }));
  }, [source, ladder, t, snapshot.assessment, careerRole, target]);
  const levelName = (id: string | undefined) => {
    const found = ladder.levels.find((l) => l.id === id);
    return found ? labelOf(ladder, t, found, 'level').text : '';
  };
  // With every role shown, the checklist asks for one; there is no progress to show yet.
  if (!progress) return null;
  return (
    <section
      aria-labelledby={headingId}
      data-slot="assessment-progress"
      className={classNames(unstyled, progressPart(), className)}
      {...rest}
    >
      <h3 id={headingId} data-slot="section-title">
        {text.message('assessment.progressTitle')}
      </h3>
      <>
        {/* Polite and atomic: one sentence when the estimate changes, not every tick. */}
        <p data-slot="estimated-level" aria-live="polite" aria-atomic="true">
          {progress.estimatedLevel
            ? text.message('assessment.estimatedLevel', {
                level: levelName(progress.estimatedLevel),
              })
            : text.message('assessment.noLevelYet')}
        </p>
        <ul data-slot="progress-levels">
          {progress.levels.map((entry) => (
            <li
              key={entry.level}
              data-slot="progress-level"
              data-requirement={entry.requirement}
              data-state={entry.total > 0 && entry.yes === entry.total ? 'done' : undefined}
            >
              {entry.requirement === 'not-expected'
                ? text.message('assessment.progressNotExpected', {
                    level: levelName(entry.level),
                  })
                : text.message('assessment.progress', {
                    level: levelName(entry.level),
                    yes: entry.yes,
                    total: entry.total,
                    count: entry.partly,
                  })}
            </li>
          ))}
        </ul>
        <div data-slot="target-select">
          <label htmlFor={selectId}>{text.message('assessment.target')}</label>
          <select
            id={selectId}
            value={target ?? ''}
            onChange={(event) => setTarget(event.target.value || undefined)}
          >
            {ladder.levels.map((l) => (
              <option key={l.id} value={l.id}>
                {labelOf(ladder, t, l, 'level').text}
              </option>
            ))}
          </select>
        </div>
        {target && (
          <div data-slot="items-left">
            <h4>{text.message('assessment.leftFor', { level: levelName(target) })}</h4>
            {left.length === 0 ? (
              <p data-slot="section-note">
                {text.message('assessment.nothingLeft', { level: levelName(target) })}
              </p>
            ) : (
              <ul>
                {left.map((item) => (
                  <li key={item.id} dir="auto" lang={item.lang}>
                    {item.text}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </>
    </section>
  );
}
