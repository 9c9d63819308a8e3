import type { Checker } from './parse-ladder-checker.js';

const ENTRY_FIELDS = ['id', 'name'] as const;

// The `levels` or `roles` of a ladder and of a catalog entry alike: ids in order (each at its
// first place), and the entries whose fields are all good.
export function parseEntries(
  check: Checker,
  value: unknown,
  path: string,
  kind: 'level' | 'role',
):
  | {
      ids: string[];
      positions: ReadonlyMap<string, number>;
      entries: { id: string; name: string }[];
    }
  | undefined {
  const list = check.array(value, path, `${kind}s ({ id, name })`);
  if (!list) return undefined;
  if (list.length === 0) check.fail(path, `must list at least one ${kind}.`);
  const firstSeen = new Map<string, number>();
  const entries: { id: string; name: string }[] = [];
  list.forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    const fields = check.object(item, itemPath, `a ${kind} ({ id, name })`);
    if (!fields) return;
    check.onlyKnownFields(fields, itemPath, ENTRY_FIELDS);
    const id = check.text(fields.id, `${itemPath}.id`);
    const name = check.text(fields.name, `${itemPath}.name`);
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
    if (name !== undefined) entries.push({ id, name });
  });
  return { ids: [...firstSeen.keys()], positions: firstSeen, entries };
}
