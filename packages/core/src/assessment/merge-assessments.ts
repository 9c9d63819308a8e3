import type { Assessment, Mark, MarkId } from './types.js';

type Choice = 'careerRole' | 'level' | 'target';
const CHOICES: readonly Choice[] = ['careerRole', 'level', 'target'];

const markText = (mark: Mark) => JSON.stringify([mark.status, mark.note ?? '', mark.text]);

/** The later of two marks; on the same millisecond, a fixed order, so both tabs agree. */
function laterMark(a: Mark | undefined, b: Mark | undefined): Mark | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return markText(a) >= markText(b) ? a : b;
}

// A choice written before `chosenAt` existed (or in a hand-made file) counts from `updatedAt`.
function choiceTime(assessment: Assessment, choice: Choice): number {
  const at = assessment.chosenAt?.[choice];
  if (at !== undefined) return at;
  return assessment[choice] === undefined ? -Infinity : assessment.updatedAt;
}

/**
 * Two versions of one assessment made one (two tabs, or a tab and a backend): item by item, the
 * mark with the later `at` wins, and a removal (kept in `removed`) is a write like any other, so
 * a mark taken away in one tab does not come back from the other; a "Clear" (`clearedAt`) drops
 * every mark, removal and choice older than it; each choice takes the later write. The result
 * does not depend on the order of the two, and merging again changes nothing, so tabs that keep
 * merging each other's writes agree.
 *
 * @example
 * const merged = mergeAssessments(inMemory, parseAssessment(JSON.parse(stored)).assessment);
 */
export function mergeAssessments(a: Assessment, b: Assessment): Assessment {
  const clearedAt = Math.max(a.clearedAt ?? -Infinity, b.clearedAt ?? -Infinity);
  const marks: Record<MarkId, Mark> = {};
  const removed: Record<MarkId, number> = {};
  const ids = new Set([
    ...Object.keys(a.marks),
    ...Object.keys(b.marks),
    ...Object.keys(a.removed ?? {}),
    ...Object.keys(b.removed ?? {}),
  ]);
  for (const id of [...ids].sort()) {
    const mark = laterMark(a.marks[id], b.marks[id]);
    const removal = Math.max(a.removed?.[id] ?? -Infinity, b.removed?.[id] ?? -Infinity);
    // A removal in the same millisecond as a mark wins: taking away is the safer of the two.
    if (removal >= (mark?.at ?? -Infinity)) {
      if (removal >= clearedAt) removed[id] = removal;
    } else if (mark && mark.at >= clearedAt) {
      marks[id] = mark;
    }
  }
  const merged: Record<string, unknown> = { version: 2, ladder: a.ladder };
  const chosenAt: Partial<Record<Choice, number>> = {};
  for (const choice of CHOICES) {
    const [timeA, timeB] = [choiceTime(a, choice), choiceTime(b, choice)];
    const [valueA, valueB] = [a[choice], b[choice]];
    const time = Math.max(timeA, timeB);
    if (time === -Infinity || time < clearedAt) continue;
    const value =
      timeA !== timeB
        ? timeA > timeB
          ? valueA
          : valueB
        : ([valueA, valueB].filter((item) => item !== undefined).sort()[1] ?? valueA ?? valueB);
    if (value !== undefined) merged[choice] = value;
    // Said outright from now on, so that merging in any order or grouping gives the same.
    chosenAt[choice] = time;
  }
  merged.marks = marks;
  if (Object.keys(removed).length > 0) merged.removed = removed;
  if (Object.keys(chosenAt).length > 0) merged.chosenAt = chosenAt;
  if (clearedAt !== -Infinity) merged.clearedAt = clearedAt;
  merged.updatedAt = Math.max(a.updatedAt, b.updatedAt);
  return merged as unknown as Assessment;
}

function canonical(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(canonical);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([key, item]) => [key, canonical(item)]),
  );
}

/** The same data, whatever the order of keys (what storage holds against what is in memory). */
export function sameAssessment(a: Assessment, b: Assessment): boolean {
  return a === b || JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
