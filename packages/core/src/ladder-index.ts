import type { Ladder, LadderCell } from './types.js';

interface LadderIndex {
  readonly levelPosition: ReadonlyMap<string, number>;
  readonly rolePosition: ReadonlyMap<string, number>;
  readonly cells: ReadonlyMap<string, LadderCell>;
}

// Ladders are immutable data, so one index per ladder object serves every view.
const indexes = new WeakMap<Ladder, LadderIndex>();

const cellKey = (role: string, level: string) => JSON.stringify([role, level]);

function indexOf(ladder: Ladder): LadderIndex {
  let index = indexes.get(ladder);
  if (!index) {
    index = {
      levelPosition: new Map(ladder.levels.map((level, i) => [level.id, i])),
      rolePosition: new Map(ladder.roles.map((role, i) => [role.id, i])),
      cells: new Map(ladder.cells.map((cell) => [cellKey(cell.role, cell.level), cell])),
    };
    indexes.set(ladder, index);
  }
  return index;
}

/** Memoizes `compute(ladder, key)` per ladder object and key. */
export function memoizePerLadder<L extends Ladder, K, V>(
  compute: (ladder: L, key: K) => V,
): (ladder: L, key: K) => V {
  const cache = new WeakMap<L, Map<K, V>>();
  return (ladder, key) => {
    let byKey = cache.get(ladder);
    if (!byKey) {
      byKey = new Map();
      cache.set(ladder, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute(ladder, key));
    return byKey.get(key) as V;
  };
}

/** The position of a level (0 = lowest), or throws a RangeError that lists the levels. */
export function levelPosition(ladder: Ladder, level: string): number {
  const position = indexOf(ladder).levelPosition.get(level);
  if (position === undefined) {
    throw new RangeError(
      `"${level}" is not a level of the ladder "${ladder.id}" (${ladder.levels.map((l) => l.id).join(', ')}).`,
    );
  }
  return position;
}

/** The position of a role in the ladder's role order, or throws a RangeError that lists the roles. */
export function rolePosition(ladder: Ladder, role: string): number {
  const position = indexOf(ladder).rolePosition.get(role);
  if (position === undefined) {
    throw new RangeError(
      `"${role}" is not a role of the ladder "${ladder.id}" (${ladder.roles.map((r) => r.id).join(', ')}).`,
    );
  }
  return position;
}

/** True when the ladder has a level with this id. */
export function hasLevel<L extends string>(ladder: Ladder<L>, level: unknown): level is L {
  return typeof level === 'string' && indexOf(ladder).levelPosition.has(level);
}

/** True when the ladder has a role with this id. */
export function hasRole<R extends string>(ladder: Ladder<string, R>, role: unknown): role is R {
  return typeof role === 'string' && indexOf(ladder).rolePosition.has(role);
}

/**
 * The cell of one role at one level, or `undefined` when the ladder has none.
 *
 * @example
 * cellAt(mlPipelines, 'ml-engineer', 'senior')?.requirement // 'required'
 */
export function cellAt<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  role: R,
  level: L,
): LadderCell<L, R> | undefined {
  return indexOf(ladder).cells.get(cellKey(role, level)) as LadderCell<L, R> | undefined;
}

/** Like `cellAt`, but throws when the ladder has no such cell (a ladder that skipped validation). */
export function requireCell<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  role: R,
  level: L,
): LadderCell<L, R> {
  rolePosition(ladder, role);
  levelPosition(ladder, level);
  const cell = cellAt(ladder, role, level);
  if (!cell) {
    throw new RangeError(
      `The ladder "${ladder.id}" has no cell for role "${role}" at level "${level}".`,
    );
  }
  return cell;
}
