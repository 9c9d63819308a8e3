import type { Checker } from './parse-ladder-checker.js';
import type { Alignment } from './types.js';

const ENTRY_FIELDS = ['id', 'name'] as const;

type Entry = { id: string; name: string; alignments?: Alignment[] };

// The `levels` or `roles` of a ladder and of a catalog entry alike: ids in order (each at its
// first place), and the entries whose fields are all good. A ladder's roles may carry
// alignments, checked by `alignments` (passed in, so that the catalog does not bundle it).
export function parseEntries(
  check: Checker,
  value: unknown,
  path: string,
  kind: 'level' | 'role',
  alignments?: (check: Checker, value: unknown, path: string) => Alignment[] | undefined,
):
  | {
      ids: string[];
      positions: ReadonlyMap<string, number>;
      entries: Entry[];
    }
  | undefined {
  const list = check.array(value, path, `${kind}s ({ id, name })`);
  if (!list) return undefined;
  if (list.length === 0) check.fail(path, `must list at least one ${kind}.`);
  const firstSeen = new Map<string, number>();
  const entries: Entry[] = [];
  list.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    const fields = check.object(item, itemPath, `a ${kind} ({ id, name })`);
    if (!fields) return;
    check.onlyKnownFields(
      fields,
      itemPath,
      alignments ? [...ENTRY_FIELDS, 'alignments'] : ENTRY_FIELDS,
    );
    const id = check.text(fields.id, `${itemPath}.id`);
    const name = check.text(fields.name, `${itemPath}.name`);
    const aligned =
      alignments && fields.alignments !== undefined
        ? alignments(check, fields.alignments, `${itemPath}.alignments`)
        : undefined;
    if (id === undefined) return;
    const first = firstSeen.get(id);
    if (first !== undefined) {
      check.fail(
        `${itemPath}.id`,
        `repeats the ${kind} id ${JSON.stringify(id)} of ${path}[${first}]; ${kind} ids must be unique.`,
      );
      return;
    }
    firstSeen.set(id, i);
    if (name !== undefined)
      entries.push(aligned ? { id, name, alignments: aligned } : { id, name });
  });
  return { ids: [...firstSeen.keys()], positions: firstSeen, entries };
}
