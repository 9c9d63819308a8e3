import { hasLevel, hasRole, levelPosition, requireCell, rolePosition } from '../ladder-index.js';
import type { Ladder } from '../types.js';
import { cellExpectations, markId } from './expectation-key.js';
import { matchSimilar } from './similarity.js';
import type { Assessment, Mark, MarkId, ReconciledItem } from './types.js';

/**
 * A mark that belongs to no expectation of the ladder any more: its sentence was removed (or
 * reworded beyond recognition), or its role or level is not in the ladder. It is kept, never
 * dropped; the UI lists it as "no longer in the ladder". `role` and `level` are read from its
 * id.
 *
 * @example
 * const [orphan]: OrphanMark[] = orphanMarks(ladder, assessment);
 * orphan.mark.text // the sentence as it read when it was marked
 */
export interface OrphanMark {
  readonly id: MarkId;
  readonly role: string;
  readonly level: string;
  readonly mark: Mark;
}

// The marks filed under one cell (`role/level/`) whose key is not one of its items'.
function strayMarks(
  assessment: Assessment,
  prefix: string,
  keys: ReadonlySet<string>,
): [MarkId, Mark][] {
  return Object.entries(assessment.marks).filter(([id]) => {
    if (!id.startsWith(prefix)) return false;
    const key = id.slice(prefix.length);
    return !key.includes('/') && !keys.has(key);
  });
}

/**
 * How each expectation of a cell stands against a person's marks, in the cell's order:
 * `marked` when a mark has its id; else `changed` when the cell has a mark whose key matches
 * none of its items (its sentence was reworded) and whose text is the most alike of those to
 * this item (a Dice coefficient of their words of at least 0.5), carried with its id; else
 * `unmarked`. Each such mark goes to one item at most. Position never counts: sentences get
 * added and removed, and a false "changed" would show two unrelated sentences as one; a mark
 * that matches nothing stays in `orphanMarks`. Throws a RangeError for an unknown role or level.
 *
 * @example
 * reconcileCell(mlPipelines, assessment, 'ml-engineer', 'senior').filter((item) => item.state === 'changed')
 */
export function reconcileCell<L extends string, R extends string>(
  ladder: Ladder<L, R>,
  assessment: Assessment,
  role: R,
  level: L,
): ReconciledItem[] {
  const items = cellExpectations(requireCell(ladder, role, level));
  const marks = assessment.marks;
  const prefix = markId(role, level, '');
  const ids = items.map((item) => markId(role, level, item.key));
  const open = items.flatMap((_, i) => (Object.hasOwn(marks, ids[i]!) ? [] : [i]));
  const strays =
    open.length === 0 ? [] : strayMarks(assessment, prefix, new Set(items.map((item) => item.key)));
  const matched = matchSimilar(
    open.map((i) => items[i]!.text),
    strays.map(([, mark]) => mark.text),
  );
  const previous = new Map([...matched].map(([i, j]) => [open[i]!, strays[j]!]));
  return items.map((item, i): ReconciledItem => {
    const id = ids[i]!;
    if (Object.hasOwn(marks, id)) return { ...item, state: 'marked', id, mark: marks[id]! };
    const stray = previous.get(i);
    if (stray) return { ...item, state: 'changed', id, previous: stray[1], previousId: stray[0] };
    return { ...item, state: 'unmarked', id };
  });
}

// Unknown roles and levels sort last.
const roleOrder = (ladder: Ladder, role: string) =>
  hasRole(ladder, role) ? rolePosition(ladder, role) : Number.POSITIVE_INFINITY;
const levelOrder = (ladder: Ladder, level: string) =>
  hasLevel(ladder, level) ? levelPosition(ladder, level) : Number.POSITIVE_INFINITY;

// The role or level id in a mark id, as markId escaped it; an imported id whose escapes are
// broken stays as written (it then matches no role or level, and is listed last).
function idPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The marks that belong to no expectation of the ladder: neither marked on an item nor
 * carried as `changed` by `reconcileCell` (a removed sentence, an unknown role or level). In
 * the ladder's role and level order (unknown ones last), then by id.
 *
 * @example
 * orphanMarks(mlPipelines, assessment).map((orphan) => orphan.mark.text)
 */
export function orphanMarks(ladder: Ladder, assessment: Assessment): OrphanMark[] {
  const used = new Set<MarkId>();
  for (const cell of ladder.cells) {
    for (const item of reconcileCell(ladder, assessment, cell.role, cell.level)) {
      if (item.state === 'marked') used.add(item.id);
      if (item.state === 'changed') used.add(item.previousId);
    }
  }
  return Object.entries(assessment.marks)
    .filter(([id]) => !used.has(id))
    .map(([id, mark]) => {
      const roleEnd = id.indexOf('/');
      const levelEnd = id.lastIndexOf('/');
      return {
        id,
        role: idPart(roleEnd < 0 ? id : id.slice(0, roleEnd)),
        level: roleEnd < 0 || levelEnd === roleEnd ? '' : idPart(id.slice(roleEnd + 1, levelEnd)),
        mark,
      };
    })
    .map((orphan) => ({
      orphan,
      order: [roleOrder(ladder, orphan.role), levelOrder(ladder, orphan.level)] as const,
    }))
    .sort(
      (a, b) =>
        a.order[0] - b.order[0] ||
        a.order[1] - b.order[1] ||
        (a.orphan.id < b.orphan.id ? -1 : a.orphan.id > b.orphan.id ? 1 : 0),
    )
    .map(({ orphan }) => orphan);
}
