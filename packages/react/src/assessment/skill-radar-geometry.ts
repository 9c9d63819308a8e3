/**
 * The drawing's own units: the SVG scales to its box through its `viewBox`. The radar sits in
 * a 400 × 400 square; `viewBox` widens it for the labels at the sides and trims the top and
 * bottom, which need only a line each.
 */
export const SKILL_RADAR = {
  size: 400,
  radius: 120,
  labelGap: 12,
  viewBox: { x: -60, y: 50, width: 520, height: 300 },
} as const;

/** One skill's values on its spoke, as level positions (1 = its first level, 0 = none). */
export interface RadarValue {
  /** How many levels the skill has: the spoke's length. */
  readonly levels: number;
  /** The role's expected level; 0 when nothing is required yet. */
  readonly expected: number;
  /** The person's estimated level; 0 when none is reached, `undefined` when not assessed. */
  readonly estimated: number | undefined;
}

/** A point of the drawing. */
export interface RadarPoint {
  readonly x: number;
  readonly y: number;
}

/** One spoke: where it ends, its two values' points, and where its label goes. */
export interface RadarSpoke {
  readonly end: RadarPoint;
  readonly expected: RadarPoint;
  /** At the centre when not assessed (the table says "not assessed"). */
  readonly estimated: RadarPoint;
  readonly label: RadarPoint & { readonly anchor: 'start' | 'middle' | 'end' };
}

/** The layout of a `SkillRadar`. */
export interface RadarLayout {
  readonly spokes: readonly RadarSpoke[];
  /** The rings, one per level of the longest spoke, as radii. */
  readonly rings: readonly number[];
  /** `points` attributes of the two outlines. */
  readonly expectedOutline: string;
  readonly estimatedOutline: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Spoke `i` of `count` starts at the top and goes clockwise. */
function pointAt(i: number, count: number, radius: number): RadarPoint {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
  const centre = SKILL_RADAR.size / 2;
  return {
    x: round(centre + radius * Math.cos(angle)),
    y: round(centre + radius * Math.sin(angle)),
  };
}

const outline = (points: readonly RadarPoint[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/**
 * Lays out a radar of `values`, one spoke each, clockwise from the top. A value is drawn at its
 * share of its own spoke (level 3 of 5 at 3/5 of the radius), so skills with more or fewer
 * levels still compare; the rings mark the levels of the longest spoke.
 */
export function radarLayout(values: readonly RadarValue[]): RadarLayout {
  const { radius, labelGap } = SKILL_RADAR;
  const count = values.length;
  const spokes = values.map((value, i): RadarSpoke => {
    const share = (n: number) => (value.levels > 0 ? (radius * n) / value.levels : 0);
    const label = pointAt(i, count, radius + labelGap);
    const cos = Math.cos(-Math.PI / 2 + (2 * Math.PI * i) / count);
    return {
      end: pointAt(i, count, radius),
      expected: pointAt(i, count, share(value.expected)),
      estimated: pointAt(i, count, share(value.estimated ?? 0)),
      label: { ...label, anchor: cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle' },
    };
  });
  const most = Math.max(0, ...values.map((value) => value.levels));
  return {
    spokes,
    rings: Array.from({ length: most }, (_, i) => round((radius * (i + 1)) / most)),
    expectedOutline: outline(spokes.map((spoke) => spoke.expected)),
    estimatedOutline: outline(spokes.map((spoke) => spoke.estimated)),
  };
}

/** How many columns a spoke's label may take: fewer as spokes crowd. */
export function radarLabelColumns(count: number): number {
  if (count <= 8) return 20;
  if (count <= 16) return 14;
  return 9;
}
