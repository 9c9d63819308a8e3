import type { Assessment, Mark, MarkId } from './types.js';

/** The format version of the `Assessment` this package writes. */
export const ASSESSMENT_VERSION = 2;

/**
 * Format version 1: the promotion checklist's first stored format, before marks had a status.
 * A tick was `done` or not; `role` is what version 2 calls `careerRole`.
 *
 * @example
 * const old: AssessmentV1 = {
 *   version: 1,
 *   ladder: 'ml-pipelines',
 *   role: 'ml-engineer',
 *   checked: { 'ml-engineer/senior/k1a2b3': { done: true, text: 'Implements pipeline testing.', at: 1767225600000 } },
 * };
 */
export interface AssessmentV1 {
  readonly version: 1;
  readonly ladder: string;
  readonly role?: string;
  readonly level?: string;
  readonly checked: Readonly<
    Record<MarkId, { readonly done: boolean; readonly text: string; readonly at: number }>
  >;
}

/** Any format version this package reads. */
type AnyVersion = AssessmentV1 | Assessment;

// One step per version, each bringing an assessment up by one: a version 3 adds a step `2`, and
// version 1 then goes through both.
const STEPS = {
  1: (old: AssessmentV1): Assessment => {
    const marks: Record<MarkId, Mark> = {};
    let updatedAt = 0;
    for (const [id, tick] of Object.entries(old.checked)) {
      marks[id] = { status: tick.done ? 'yes' : 'not-yet', text: tick.text, at: tick.at };
      updatedAt = Math.max(updatedAt, tick.at);
    }
    return {
      version: 2,
      ladder: old.ladder,
      ...(old.role !== undefined && { careerRole: old.role }),
      ...(old.level !== undefined && { level: old.level }),
      marks,
      updatedAt,
    };
  },
} as const;

/**
 * Brings an assessment of an older format version up to the current one (2), step by step; a
 * current one comes back as it is. The input must be valid for its version: `parseAssessment`
 * checks it and migrates, so most code never calls this.
 *
 * @example
 * migrateAssessment({ version: 1, ladder: 'ml-pipelines', checked: {} })
 * // { version: 2, ladder: 'ml-pipelines', marks: {}, updatedAt: 0 }
 */
export function migrateAssessment(assessment: AnyVersion): Assessment {
  let current = assessment;
  while (current.version !== ASSESSMENT_VERSION) current = STEPS[current.version](current);
  return current;
}
