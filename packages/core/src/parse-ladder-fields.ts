import { describe, isRealDate, ISO_DATE, type Checker } from './parse-ladder-checker.js';
import { REQUIREMENTS, type LadderLevel, type Requirement } from './types.js';

// The fields that a ladder and a catalog index entry share, checked by one rule each, so that
// both say a problem in the same words.

const ENTRY_FIELDS = ['id', 'name'] as const;

/** The checked levels or roles of a list, and where each id first stands in it. */
export interface ParsedEntries {
  readonly ids: string[];
  readonly positions: ReadonlyMap<string, number>;
  readonly entries: LadderLevel[];
  /** Every item of the list is a whole entry (none missing or repeated). */
  readonly whole: boolean;
}

/** `levels` or `roles`: a non-empty list of `{ id, name }` with unique ids. */
export function parseEntries(
  check: Checker,
  value: unknown,
  path: string,
  kind: 'level' | 'role',
): ParsedEntries | undefined {
  const list = check.array(value, path, `${kind}s ({ id, name })`);
  if (!list) return undefined;
  if (list.length === 0) check.fail(path, `must list at least one ${kind}.`);
  const firstSeen = new Map<string, number>();
  const entries: LadderLevel[] = [];
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
  const whole = entries.length > 0 && entries.length === list.length;
  return { ids: [...firstSeen.keys()], positions: firstSeen, entries, whole };
}

const quoted = REQUIREMENTS.map((r) => JSON.stringify(r));
const ONE_OF_REQUIREMENTS = `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;

/** One requirement: `"required"`, `"optional"` or `"not-expected"`. */
export function parseRequirement(
  check: Checker,
  value: unknown,
  path: string,
): Requirement | undefined {
  if ((REQUIREMENTS as readonly unknown[]).includes(value)) return value as Requirement;
  if (value === undefined)
    return check.fail(path, `is missing; it must be ${ONE_OF_REQUIREMENTS}.`);
  return check.fail(path, `must be ${ONE_OF_REQUIREMENTS}, but it is ${describe(value)}.`);
}

/** An ISO calendar date that exists (`updated`). */
export function parseDate(check: Checker, value: unknown, path: string): string | undefined {
  const text = check.text(value, path);
  if (text === undefined) return undefined;
  if (!ISO_DATE.test(text)) {
    return check.fail(path, `must be an ISO date (YYYY-MM-DD), but it is ${describe(text)}.`);
  }
  if (!isRealDate(text)) return check.fail(path, `is not a real calendar date: ${describe(text)}.`);
  return text;
}
