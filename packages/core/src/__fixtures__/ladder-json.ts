import { mlPipelines } from '../ladders/ml-pipelines.js';
import { parseLadder } from '../parse-ladder.js';

/** Ladder data as JSON, before it is checked. */
export type Json = Record<string, unknown>;

/** A fresh, mutable JSON copy of the built-in ladder, for one test case to break. */
export const valid = (): Json => JSON.parse(JSON.stringify(mlPipelines)) as Json;

/** The problems `parseLadder` finds in `input`; fails the test if it finds none. */
export function errorsOf(input: unknown) {
  const result = parseLadder(input);
  if (result.ok) throw new Error('expected errors, but the ladder was accepted');
  return result.errors;
}
