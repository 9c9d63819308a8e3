import { describe, isRealDate, ISO_DATE, type Checker } from './parse-ladder-checker.js';
import { REQUIREMENTS, type Requirement } from './types.js';

// Fields that a ladder and a catalog index entry share (besides levels and roles, in
// parse-entries.ts), checked by one rule each, so that both say a problem in the same words.

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
