import type { Assessment, ImportPreview, Mark } from './types.js';

const sameMark = (a: Mark, b: Mark) =>
  a.status === b.status && (a.note ?? '') === (b.note ?? '') && a.text === b.text;

/**
 * What importing `incoming` in place of `current` would change, mark by mark, for the dialog
 * that asks before an import replaces everything: marks only in the file are added, marks in
 * both with another status, note or text are changed, marks only in `current` are removed.
 *
 * @example
 * const preview = previewImport(store.getSnapshot().assessment, result.assessment);
 * // { added: 3, changed: 1, removed: 0, unchanged: 5, otherLadder: false }
 */
export function previewImport(current: Assessment, incoming: Assessment): ImportPreview {
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const [id, mark] of Object.entries(incoming.marks)) {
    const before = Object.hasOwn(current.marks, id) ? current.marks[id] : undefined;
    if (!before) added += 1;
    else if (sameMark(before, mark)) unchanged += 1;
    else changed += 1;
  }
  const removed = Object.keys(current.marks).filter(
    (id) => !Object.hasOwn(incoming.marks, id),
  ).length;
  return { added, changed, removed, unchanged, otherLadder: current.ladder !== incoming.ladder };
}
