import type { LadderLevel, LocalizedLadder, Translator } from '@skill-ladder/core';
import {
  compareLevels,
  createAssessmentTranslator,
  type ExpectationChange,
} from '@skill-ladder/core/assessment';
import { cva } from 'class-variance-authority';
import { useId, useMemo, useState, type ComponentPropsWithoutRef } from 'react';
import { classNames } from '../class-names.js';
import { cellText, labelOf, type ContentText } from '../content-text.js';
import { labelledMessage, labelledText } from '../labelled-message.js';
import { useLadder } from '../ladder-context.js';
import { RequirementBadge } from '../requirement-badge.js';

const comparison = cva('sl-level-comparison');
const table = cva('sl-table');

type AssessmentText = ReturnType<typeof createAssessmentTranslator>;

/** Props of `LevelComparison`; the rest go to its `<section>`. */
export interface LevelComparisonProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'children'
> {
  /** The first level compared (controlled). */
  from?: string;
  /** The first level at first (uncontrolled). Default: the root's selected level. */
  defaultFrom?: string;
  /** Called with the level id the user picks as the first. */
  onFromChange?: (level: string) => void;
  /** The second level compared (controlled). */
  to?: string;
  /**
   * The second level at first (uncontrolled). Default: the level above the first (at the top
   * level, the first is the one below and the second the top).
   */
  defaultTo?: string;
  /** Called with the level id the user picks as the second. */
  onToChange?: (level: string) => void;
  /** The heading level of the section's title; each role's name is one below. Default: 3. */
  headingLevel?: 2 | 3 | 4 | 5;
}

/** The pair shown by default: the selected level and the one above, or, at the top, the one below and the top. */
export function defaultLevelPair(
  levels: readonly LadderLevel[],
  selected: string,
): { from: string; to: string } {
  const i = Math.max(
    0,
    levels.findIndex((level) => level.id === selected),
  );
  const last = levels.length - 1;
  const from = i < last ? i : Math.max(0, last - 1);
  return {
    from: levels[from]?.id ?? selected,
    to: levels[Math.min(from + 1, last)]?.id ?? selected,
  };
}

const changeKey = {
  new: 'assessment.compare.new',
  gone: 'assessment.compare.gone',
  reworded: 'assessment.compare.reworded',
  same: 'assessment.compare.same',
} as const satisfies Record<ExpectationChange['change'], string>;

interface LevelSelectProps {
  id: string;
  label: string;
  value: string;
  ladder: LocalizedLadder;
  t: Translator;
  onChange: (level: string) => void;
}

function LevelSelect({ id, label, value, ladder, t, onChange }: LevelSelectProps) {
  return (
    <div data-slot="level-comparison-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {ladder.levels.map((level) => {
          const name = labelOf(ladder, t, level, 'level');
          return (
            <option key={level.id} value={level.id} lang={name.lang}>
              {name.text}
            </option>
          );
        })}
      </select>
    </div>
  );
}

interface ExpectationCellProps {
  /** The text, or, for none, a dash. */
  text: ContentText | undefined;
  /** The column's level, shown before the text where the columns stack. */
  level: ContentText;
}

function ExpectationCell({ text, level }: ExpectationCellProps) {
  return (
    <td
      data-slot="level-comparison-text"
      data-state={text ? undefined : 'none'}
      data-label={level.text}
      dir="auto"
      lang={text?.lang}
    >
      {text ? text.text : '—'}
    </td>
  );
}

/**
 * Any two levels side by side: pick them ("From" and "To", by default the root's level and the
 * next), and see, for each career role shown (every role, or the root's focused one), how its
 * requirement changes and its two descriptions split into expectations, each marked, in words,
 * as New, Gone, Reworded (both wordings shown) or Same. Each role is an `<article>` with a real
 * `<table>`: one row per expectation, the change in its first column, the two levels after.
 * Styling hooks: `data-slot="level-comparison" | "level-comparison-role" |
 * "level-comparison-change"`, `data-change` on each row (`new`, `gone`, `reworded`, `same`) and
 * on each role (its requirement change).
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultLevel="middle">
 *   <LevelComparison defaultTo="principal" />
 * </LadderRoot>
 */
export function LevelComparison({
  from: fromProp,
  defaultFrom,
  onFromChange,
  to: toProp,
  defaultTo,
  onToChange,
  headingLevel = 3,
  className,
  ...rest
}: LevelComparisonProps) {
  const { ladder, t, level, roles, unstyled } = useLadder('LevelComparison');
  const text = useMemo(() => createAssessmentTranslator(t), [t]);
  const id = useId();
  // Until the user picks, the pair follows the root's level.
  const [ownFrom, setOwnFrom] = useState(defaultFrom);
  const [ownTo, setOwnTo] = useState(defaultTo);
  const fallback = defaultLevelPair(ladder.levels, fromProp ?? ownFrom ?? level.id);
  const known = (wanted: string | undefined) =>
    wanted !== undefined && ladder.levels.some((l) => l.id === wanted) ? wanted : undefined;
  const from = known(fromProp ?? ownFrom) ?? fallback.from;
  const to = known(toProp ?? ownTo) ?? fallback.to;
  const pick = (which: 'from' | 'to', value: string) => {
    // The pair stops following the root once the user picks either level: the other stays.
    if (fromProp === undefined) setOwnFrom(which === 'from' ? value : from);
    if (toProp === undefined) setOwnTo(which === 'to' ? value : to);
    if (which === 'from') onFromChange?.(value);
    else onToChange?.(value);
  };
  const fromLevel = ladder.levels.find((l) => l.id === from) as LadderLevel;
  const toLevel = ladder.levels.find((l) => l.id === to) as LadderLevel;
  const fromLabel = labelOf(ladder, t, fromLevel, 'level');
  const toLabel = labelOf(ladder, t, toLevel, 'level');
  const shown = new Set(roles.map((role) => role.id));
  const diffs = compareLevels(ladder, from, to).filter((diff) => shown.has(diff.role));
  const Heading = `h${headingLevel}` as const;
  const RoleHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <section
      aria-labelledby={`${id}-title`}
      data-slot="level-comparison"
      className={classNames(unstyled, comparison(), className)}
      {...rest}
    >
      <Heading id={`${id}-title`} data-slot="section-title">
        {text.message('assessment.compare.title')}
      </Heading>
      <div data-slot="level-comparison-toolbar">
        <LevelSelect
          id={`${id}-from`}
          label={text.message('assessment.compare.from')}
          value={from}
          ladder={ladder}
          t={t}
          onChange={(value) => pick('from', value)}
        />
        <LevelSelect
          id={`${id}-to`}
          label={text.message('assessment.compare.to')}
          value={to}
          ladder={ladder}
          t={t}
          onChange={(value) => pick('to', value)}
        />
      </div>
      {/* Said in words for print and for a reader who skipped the selects. Not a live region:
          it follows the root's level, and would speak on every arrow key in the level tabs. */}
      <p data-slot="level-comparison-pair">
        <PairText text={text} from={fromLabel} to={toLabel} />
      </p>
      <ul data-slot="level-comparison-roles">
        {diffs.map((diff) => {
          const role = ladder.roles.find((r) => r.id === diff.role);
          const roleLabel = role
            ? labelOf(ladder, t, role, 'role')
            : { text: diff.role, lang: undefined };
          const items = diff.items;
          const fromText = cellText(ladder, t, diff.from);
          const toText = cellText(ladder, t, diff.to);
          const headingId = `${id}-${diff.role}`;
          return (
            <li key={diff.role}>
              <article
                aria-labelledby={headingId}
                data-slot="level-comparison-role"
                data-change={diff.change}
              >
                <RoleHeading id={headingId} dir="auto" lang={roleLabel.lang}>
                  {roleLabel.text}
                </RoleHeading>
                <p data-slot="card-meta">
                  <RequirementBadge requirement={diff.from.requirement} t={t} unstyled={unstyled} />
                  <span aria-hidden="true" data-slot="level-comparison-arrow">
                    →
                  </span>
                  <RequirementBadge requirement={diff.to.requirement} t={t} unstyled={unstyled} />
                  <span data-slot="card-change">
                    {labelledMessage(t, `change.${diff.change}`, { level: toLabel })}
                  </span>
                </p>
                <table className={classNames(unstyled, table(), undefined)}>
                  <caption>
                    <PairText text={text} from={fromLabel} to={toLabel} role={roleLabel} />
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{text.message('assessment.compare.change')}</th>
                      <th scope="col" lang={fromLabel.lang}>
                        {fromLabel.text}
                      </th>
                      <th scope="col" lang={toLabel.lang}>
                        {toLabel.text}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.length === 0 ? (
                      <tr data-change="same">
                        <th scope="row" data-slot="level-comparison-change">
                          {text.message(changeKey.same)}
                        </th>
                        <ExpectationCell text={fromText} level={fromLabel} />
                        <ExpectationCell text={toText} level={toLabel} />
                      </tr>
                    ) : (
                      items.map((item, i) => (
                        <tr key={i} data-change={item.change}>
                          <th scope="row" data-slot="level-comparison-change">
                            {text.message(changeKey[item.change])}
                          </th>
                          <ExpectationCell
                            text={item.from && { text: item.from.text, lang: fromText.lang }}
                            level={fromLabel}
                          />
                          <ExpectationCell
                            text={item.to && { text: item.to.text, lang: toText.lang }}
                            level={toLabel}
                          />
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface PairTextProps {
  text: AssessmentText;
  from: ContentText;
  to: ContentText;
  role?: ContentText;
}

// "From Middle to Senior" (and the role, in a caption), a label in another language marked.
function PairText({ text, from, to, role }: PairTextProps) {
  return labelledText(
    (params) =>
      text.message(role ? 'assessment.compare.roleCaption' : 'assessment.compare.heading', params),
    role ? { from, to, role } : { from, to },
  );
}
