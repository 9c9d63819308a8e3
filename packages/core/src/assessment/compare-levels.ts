import type { Ladder, LadderCell } from '../types.js';
import { diffLevels } from '../views/diff-levels.js';
import type { RequirementChange } from '../views/requirement-change.js';
import { cellExpectations } from './expectation-key.js';
import { matchSimilar } from './similarity.js';
import type { ExpectationChange, ExpectationItem } from './types.js';

/**
 * Matches up the sentences of two cells: the same key is `same`; of the rest, a pair at
 * least half alike (the Dice coefficient of their words, the rule `reconcileCell` uses for a
 * reworded mark) is `reworded`; what is left is `new` (only in `to`) or `gone` (only in
 * `from`). In the order of `to`, each gone sentence after the one it followed in `from`.
 *
 * @example
 * compareExpectations(cellExpectations(middle), cellExpectations(senior))
 *   .map(({ change, to, from }) => [change, (to ?? from)!.text])
 */
export function compareExpectations(
  from: readonly ExpectationItem[],
  to: readonly ExpectationItem[],
): ExpectationChange[] {
  const toByKey = new Map(to.map((item, j) => [item.key, j]));
  // The index in `to` of each sentence of `from` that is kept, same or reworded.
  const kept = new Map<number, number>();
  from.forEach((item, i) => {
    const j = toByKey.get(item.key);
    if (j !== undefined) kept.set(i, j);
  });
  const matchedTo = new Set(kept.values());
  const fromLeft = from.flatMap((_, i) => (kept.has(i) ? [] : [i]));
  const toLeft = to.flatMap((_, j) => (matchedTo.has(j) ? [] : [j]));
  const reworded = new Set<number>();
  const similar = matchSimilar(
    fromLeft.map((i) => from[i]!.text),
    toLeft.map((j) => to[j]!.text),
  );
  for (const [a, b] of similar) {
    kept.set(fromLeft[a]!, toLeft[b]!);
    reworded.add(fromLeft[a]!);
  }
  const fromOf = new Map([...kept].map(([i, j]) => [j, i]));
  // Gone sentences, by the index in `to` of the kept sentence before them (-1: none).
  const goneAfter = new Map<number, ExpectationChange[]>();
  let anchor = -1;
  from.forEach((item, i) => {
    const j = kept.get(i);
    if (j !== undefined) {
      anchor = j;
      return;
    }
    goneAfter.set(anchor, [...(goneAfter.get(anchor) ?? []), { change: 'gone', from: item }]);
  });
  const changes: ExpectationChange[] = [...(goneAfter.get(-1) ?? [])];
  to.forEach((item, j) => {
    const i = fromOf.get(j);
    if (i === undefined) changes.push({ change: 'new', to: item });
    else changes.push({ change: reworded.has(i) ? 'reworded' : 'same', from: from[i]!, to: item });
    changes.push(...(goneAfter.get(j) ?? []));
  });
  return changes;
}

/**
 * One role's row of `compareLevels`: its cells at the two levels, how its requirement changes,
 * and its sentences matched up.
 *
 * @example
 * const row: LevelComparisonRow = compareLevels(mlPipelines, 'middle', 'senior')[0]!;
 */
export interface LevelComparisonRow<L extends string = string, R extends string = string> {
  readonly role: R;
  readonly from: LadderCell<L, R>;
  readonly to: LadderCell<L, R>;
  readonly change: RequirementChange;
  readonly items: readonly ExpectationChange[];
}

/**
 * What changes between any two levels, per role in role order: the requirement change (as
 * `diffLevels` names it) and each sentence `same`, `reworded`, `new` or `gone`. A cell that
 * expects nothing has no sentences. Throws a RangeError for an unknown level.
 *
 * @example
 * compareLevels(mlPipelines, 'middle', 'senior')
 *   .find((row) => row.role === 'ml-engineer')!
 *   .items.filter((item) => item.change === 'new').length // 4
 */
export function compareLevels<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  a: L,
  b: L,
): LevelComparisonRow<L, R>[] {
  return diffLevels(ladder, a, b).map(({ role, from, to, change }) => ({
    role,
    from,
    to,
    change,
    items: compareExpectations(cellExpectations(from), cellExpectations(to)),
  }));
}
