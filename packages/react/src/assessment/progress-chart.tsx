import type { LadderLevel } from '@skill-ladder/core';
import {
  createAssessmentTranslator,
  type AssessmentProgress,
  type LevelProgress,
} from '@skill-ladder/core/assessment';
import { cva } from 'class-variance-authority';
import { useId, useMemo, useRef, type ComponentPropsWithoutRef } from 'react';
import { classNames } from '../class-names.js';
import { labelOf, type ContentText } from '../content-text.js';
import { useLadder } from '../ladder-context.js';
import { joinSentences } from './progress-chart-text.js';
import { ChartDownloads } from './svg-download-buttons.js';
import {
  fitLabel,
  PROGRESS_CHART,
  progressLayout,
  type ProgressMark,
} from './progress-chart-geometry.js';

const chart = cva('sl-chart sl-progress-chart');

type AssessmentText = ReturnType<typeof createAssessmentTranslator>;

/** Props of `ProgressChart`; the rest go to its `<figure>`. */
export interface ProgressChartProps extends Omit<ComponentPropsWithoutRef<'figure'>, 'children'> {
  /** The person's progress for one role, from `assessmentProgress` (or `useAssessment().progress`). */
  progress: AssessmentProgress;
  /** The person's current level, marked ▶. */
  currentLevel?: string;
  /** The level the person aims for, marked ◆. */
  targetLevel?: string;
  /** Offer "Download SVG" and "Download PNG". Default: true. */
  downloadable?: boolean;
  /** The downloaded file's name, without extension. Default: `<ladder>-<role>-progress`. */
  fileName?: string;
}

const MARK_KEYS = {
  current: 'assessment.chart.currentLevel',
  estimated: 'assessment.chart.estimatedLevel',
  target: 'assessment.target',
} as const satisfies Record<ProgressMark, string>;

/** The shape of each mark, drawn in a 10 × 10 box at `x`, `y`: never colour alone. */
function MarkShape({ mark, x, y }: { mark: ProgressMark; x: number; y: number }) {
  switch (mark) {
    case 'current':
      return <path data-part="mark-current" d={`M${x} ${y}l10 5l-10 5z`} fill="currentColor" />;
    case 'estimated':
      return (
        <circle data-part="mark-estimated" cx={x + 5} cy={y + 5} r={4.5} fill="currentColor" />
      );
    case 'target':
      return (
        <path
          data-part="mark-target"
          d={`M${x + 5} ${y}l5 5l-5 5l-5 -5z`}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
        />
      );
    default:
      return mark satisfies never;
  }
}

/** "Senior: 3 of 4, 1 partly", "Lead: not expected" (the progress summary's words). */
function levelLine(text: AssessmentText, label: string, level: LevelProgress): string {
  if (level.total === 0) return text.message('assessment.progressNotExpected', { level: label });
  return text.message('assessment.progress', {
    level: label,
    yes: level.yes,
    total: level.total,
    count: level.partly,
  });
}

/**
 * The chart in words: "Estimated level: Middle. Current level: Middle. Target level: Senior.
 * Junior: 4 of 4; Middle: 3 of 5, 1 partly; …", each sentence as the locale ends one.
 */
function progressSummary(
  text: AssessmentText,
  progress: AssessmentProgress,
  levelLabel: (level: string) => ContentText,
  currentLevel: string | undefined,
  targetLevel: string | undefined,
): string {
  const sentence = (said: string) => text.message('assessment.chart.sentence', { text: said });
  const named = (level: string) => levelLabel(level).text;
  return joinSentences(text.locale, [
    progress.estimatedLevel === undefined
      ? sentence(text.message('assessment.noLevelYet'))
      : sentence(
          text.message('assessment.estimatedLevel', { level: named(progress.estimatedLevel) }),
        ),
    currentLevel &&
      sentence(text.message('assessment.chart.currentIs', { level: named(currentLevel) })),
    targetLevel &&
      sentence(text.message('assessment.chart.targetIs', { level: named(targetLevel) })),
    sentence(
      progress.levels
        .map((level) => levelLine(text, named(level.level), level))
        .join(text.message('assessment.chart.separator')),
    ),
  ]);
}

/**
 * One person's standing against one role's levels, as a small plain-SVG bar chart: one bar per
 * level with the share of its expectations marked "yes" (solid) and "partly" (hatched), and
 * marks for the current level (▶), the estimated level (●) and the target (◆). The SVG is
 * `role="img"` with a title and a text summary; the numbers are also in a data table for
 * screen readers. It scales to its box (320 px and up) and prints in black and white.
 * Colours are `--sl-chart-yes`, `--sl-chart-partly`, `--sl-chart-track` and `--sl-chart-mark`
 * (defaults from `--sl-color-required`, `--sl-color-required-surface`, `--sl-color-surface`,
 * `--sl-color-accent`). Styling hooks: `data-slot="progress-chart" | "chart-svg" |
 * "chart-summary" | "chart-legend" | "chart-table" | "chart-downloads"`, `data-part` on the
 * drawing's shapes, `data-level` and `data-marks` on each bar.
 *
 * @example
 * <LadderRoot skill="ml-pipelines" defaultCareerRole="ml-engineer">
 *   <ProgressChart progress={assessmentProgress(ladder, assessment, 'ml-engineer')} currentLevel="middle" />
 * </LadderRoot>
 */
export function ProgressChart({
  progress,
  currentLevel,
  targetLevel,
  downloadable = true,
  fileName,
  className,
  ...rest
}: ProgressChartProps) {
  const { ladder, t, unstyled } = useLadder('ProgressChart');
  const text = useMemo(() => createAssessmentTranslator(t), [t]);
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const layout = progressLayout(progress, {
    current: currentLevel,
    estimated: progress.estimatedLevel,
    target: targetLevel,
  });
  const levelLabel = (levelId: string): ContentText => {
    const level = ladder.levels.find((l) => l.id === levelId);
    return level
      ? labelOf(ladder, t, level as LadderLevel, 'level')
      : { text: levelId, lang: undefined };
  };
  const role = ladder.roles.find((r) => r.id === progress.role);
  const roleLabel = role ? labelOf(ladder, t, role, 'role').text : progress.role;
  const title = text.message('assessment.chart.standingTitle', { role: roleLabel });
  const summary = progressSummary(text, progress, levelLabel, currentLevel, targetLevel);
  const { width, barX, barWidth, barHeight, labelX, countX, markX } = PROGRESS_CHART;
  const hatch = `${id}-partly`;
  return (
    <figure
      data-slot="progress-chart"
      className={classNames(unstyled, chart(), className)}
      {...rest}
    >
      <svg
        ref={svgRef}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        viewBox={`0 0 ${width} ${layout.height}`}
        data-slot="chart-svg"
        // The drawing is laid out left to right; in a right-to-left page its labels keep their
        // anchors (text itself still runs in its own direction).
        direction="ltr"
        fontSize={11}
      >
        <title id={`${id}-title`}>{title}</title>
        <defs>
          <pattern
            id={hatch}
            width={4}
            height={4}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect data-part="partly-fill" width={4} height={4} fill="none" />
            <path data-part="partly-hatch" d="M0 0v4" stroke="currentColor" strokeWidth={1.5} />
          </pattern>
        </defs>
        {layout.bars.map((bar) => {
          const label = levelLabel(bar.level);
          const middle = bar.y + barHeight / 2;
          return (
            <g key={bar.level} data-level={bar.level} data-marks={bar.marks.join(' ') || undefined}>
              {bar.marks.map((mark) => (
                <MarkShape
                  key={mark}
                  mark={mark}
                  x={markX[mark === 'current' ? 0 : mark === 'estimated' ? 1 : 2] - 5}
                  y={middle - 5}
                />
              ))}
              <text
                data-part="label"
                x={labelX}
                y={middle}
                dominantBaseline="central"
                fill="currentColor"
              >
                {fitLabel(label.text, 13)}
              </text>
              <rect
                data-part="track"
                x={barX}
                y={bar.y}
                width={barWidth}
                height={barHeight}
                fill="none"
                stroke="currentColor"
                strokeWidth={bar.empty ? 1 : 0.75}
                strokeDasharray={bar.empty ? '3 2' : undefined}
              />
              {bar.yesWidth > 0 && (
                <rect
                  data-part="yes"
                  x={barX}
                  y={bar.y}
                  width={bar.yesWidth}
                  height={barHeight}
                  fill="currentColor"
                />
              )}
              {bar.partlyWidth > 0 && (
                <rect
                  data-part="partly"
                  x={barX + bar.yesWidth}
                  y={bar.y}
                  width={bar.partlyWidth}
                  height={barHeight}
                  fill={`url(#${hatch})`}
                  stroke="currentColor"
                  strokeWidth={0.75}
                />
              )}
              <text
                data-part="count"
                x={countX}
                y={middle}
                dominantBaseline="central"
                fill="currentColor"
              >
                {bar.empty ? '–' : `${bar.progress.yes}/${bar.progress.total}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p id={`${id}-summary`} data-slot="chart-summary">
          {summary}
        </p>
        <ChartLegend text={text} />
      </figcaption>
      <ProgressTable
        progress={progress}
        text={text}
        caption={title}
        levelLabel={levelLabel}
        marks={layout.bars.map((bar) => bar.marks)}
        statusLabel={(status) => text.message(`assessment.status.${status}`)}
        notExpected={t.message('requirement.notExpectedHere')}
      />
      {downloadable && (
        <ChartDownloads
          svg={svgRef}
          text={text}
          fileName={fileName ?? `${ladder.id}-${progress.role}-progress`}
        />
      )}
    </figure>
  );
}

function ChartLegend({ text }: { text: AssessmentText }) {
  const swatch = (part: 'yes' | 'partly') => (
    <svg aria-hidden="true" viewBox="0 0 12 12" data-part={`legend-${part}`}>
      <rect
        data-part={part}
        x={0.5}
        y={0.5}
        width={11}
        height={11}
        fill={part === 'yes' ? 'currentColor' : 'none'}
        stroke="currentColor"
      />
      {part === 'partly' && (
        <path data-part="partly-hatch" d="M0 12L12 0M-3 3L3 -3M9 15L15 9" stroke="currentColor" />
      )}
    </svg>
  );
  const mark = (which: ProgressMark) => (
    <svg aria-hidden="true" viewBox="-1 -1 12 12" data-part={`legend-${which}`}>
      <MarkShape mark={which} x={0} y={0} />
    </svg>
  );
  return (
    <ul data-slot="chart-legend">
      <li>
        {swatch('yes')}
        {text.message('assessment.status.yes')}
      </li>
      <li>
        {swatch('partly')}
        {text.message('assessment.status.partly')}
      </li>
      {(['current', 'estimated', 'target'] as const).map((which) => (
        <li key={which}>
          {mark(which)}
          {text.message(MARK_KEYS[which])}
        </li>
      ))}
    </ul>
  );
}

interface ProgressTableProps {
  progress: AssessmentProgress;
  text: AssessmentText;
  caption: string;
  levelLabel: (level: string) => ContentText;
  marks: readonly (readonly ProgressMark[])[];
  statusLabel: (status: 'yes' | 'partly' | 'not-yet') => string;
  notExpected: string;
}

// The chart's numbers for a screen reader; hidden from sight, where the drawing says them.
function ProgressTable({
  progress,
  text,
  caption,
  levelLabel,
  marks,
  statusLabel,
  notExpected,
}: ProgressTableProps) {
  return (
    // The wrapper hides it: a table is never narrower than its content.
    <div data-slot="chart-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.message('assessment.chart.level')}</th>
            <th scope="col">{statusLabel('yes')}</th>
            <th scope="col">{statusLabel('partly')}</th>
            <th scope="col">{statusLabel('not-yet')}</th>
            <th scope="col">{text.message('assessment.unmarked')}</th>
            <th scope="col">{text.message('assessment.chart.total')}</th>
            <th scope="col">{text.message('assessment.chart.marks')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.levels.map((level, i) => {
            const label = levelLabel(level.level);
            const expected = level.total > 0;
            return (
              <tr key={level.level}>
                <th scope="row" lang={label.lang}>
                  {label.text}
                </th>
                {expected ? (
                  <>
                    <td>{level.yes}</td>
                    <td>{level.partly}</td>
                    <td>{level.notYet}</td>
                    <td>{level.unmarked + level.changed}</td>
                    <td>{level.total}</td>
                  </>
                ) : (
                  <td colSpan={5}>{notExpected}</td>
                )}
                <td>{(marks[i] ?? []).map((mark) => text.message(MARK_KEYS[mark])).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
