import type { AssessmentProgress, LevelProgress } from '@skill-ladder/core/assessment';

/** The drawing's own units: the SVG scales to its box through its `viewBox`. */
export const PROGRESS_CHART = {
  width: 320,
  rowHeight: 28,
  barHeight: 14,
  top: 6,
  /** Where the marks (current, estimated, target) sit, left of the level's name. */
  markX: [7, 19, 31] as const,
  labelX: 40,
  barX: 120,
  barWidth: 150,
  countX: 278,
} as const;

/** Which of the person's levels a row is: the marks beside its name. */
export type ProgressMark = 'current' | 'estimated' | 'target';

/** One row of the chart: a level and its bar's segments, in the drawing's units. */
export interface ProgressBar {
  readonly level: string;
  readonly progress: LevelProgress;
  readonly y: number;
  /** The "yes" segment, from `PROGRESS_CHART.barX`. */
  readonly yesWidth: number;
  /** The "partly" segment, right after the "yes" one. */
  readonly partlyWidth: number;
  /** Nothing is expected at this level: no bar, a dash. */
  readonly empty: boolean;
  readonly marks: readonly ProgressMark[];
}

/** The layout of a `ProgressChart`: one row per level, in the ladder's order. */
export interface ProgressLayout {
  readonly height: number;
  readonly bars: readonly ProgressBar[];
}

/** The share of a level's items marked "yes", and "partly", as fractions of its total. */
function levelShares(progress: LevelProgress): { yes: number; partly: number } {
  if (progress.total === 0) return { yes: 0, partly: 0 };
  return { yes: progress.yes / progress.total, partly: progress.partly / progress.total };
}

/**
 * Lays out the bars of `progress`, marking the rows of the current, estimated and target
 * levels (a level id that is not in the progress marks nothing).
 */
export function progressLayout(
  progress: AssessmentProgress,
  marked: { readonly [mark in ProgressMark]?: string | undefined },
): ProgressLayout {
  const { rowHeight, barHeight, top, barWidth } = PROGRESS_CHART;
  const bars = progress.levels.map((level, i): ProgressBar => {
    const shares = levelShares(level);
    const marks = (['current', 'estimated', 'target'] as const).filter(
      (mark) => marked[mark] === level.level,
    );
    return {
      level: level.level,
      progress: level,
      y: top + i * rowHeight + (rowHeight - barHeight) / 2,
      yesWidth: shares.yes * barWidth,
      partlyWidth: shares.partly * barWidth,
      empty: level.total === 0,
      marks,
    };
  });
  return { height: top * 2 + bars.length * rowHeight, bars };
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;
const widthOf = (char: string) => (WIDE.test(char) ? 2 : 1);

/**
 * `text` cut to `max` columns with an ellipsis, a wide (CJK) character counting as two, so that
 * a label fits its place in the drawing; the full text is in the data table.
 */
export function fitLabel(text: string, max: number): string {
  const chars = [...text];
  if (chars.reduce((sum, char) => sum + widthOf(char), 0) <= max) return text;
  let width = 1;
  let out = '';
  for (const char of chars) {
    width += widthOf(char);
    if (width > max) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}
