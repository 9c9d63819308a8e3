import { parseAssessment } from './assessment-format.js';
import {
  assessmentKey,
  defaultAssessmentStorage,
  legacyAssessmentKey,
} from './assessment-storage.js';
import type { Assessment, AssessmentStorage } from './types.js';

async function load(storage: AssessmentStorage, ladder: string) {
  try {
    for (const key of [assessmentKey(ladder), legacyAssessmentKey(ladder)]) {
      const raw = await storage.get(key);
      if (raw === null) continue;
      const result = parseAssessment(JSON.parse(raw));
      return result.ok ? result.assessment : undefined;
    }
  } catch {
    // Unreadable storage or text: the chart shows this ladder as not assessed.
  }
  return undefined;
}

/**
 * A ladder's stored assessment, read once and never written (a chart across many ladders reads
 * each of them): `undefined` when there is none, when it cannot be read, or when storage throws.
 * A version 1 value is migrated in memory. `storage` as in `createAssessmentStore`:
 * `localStorage` when `undefined`, none when `null`.
 *
 * @example
 * const assessments = await Promise.all(skills.map((skill) => loadStoredAssessment(undefined, skill.id)));
 */
export function loadStoredAssessment(
  storage: AssessmentStorage | null | undefined,
  ladder: string,
): Promise<Assessment | undefined> {
  const source = storage === undefined ? defaultAssessmentStorage() : storage;
  return source ? load(source, ladder) : Promise.resolve(undefined);
}
