import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLadder } from './parse-ladder.js';
import { REQUIREMENTS } from './types.js';

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const isoDate = fc
  .date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Valid ladders of any size and text: unique ids, one cell per role and level.
const validLadder = fc
  .record({
    id: text,
    name: text,
    domain: text,
    group: text,
    keywords: fc.array(text, { maxLength: 5 }),
    updated: isoDate,
    levelIds: fc.uniqueArray(text, { minLength: 1, maxLength: 6 }),
    roleIds: fc.uniqueArray(text, { minLength: 1, maxLength: 6 }),
    names: fc.array(text, { minLength: 12, maxLength: 12 }),
    requirements: fc.array(fc.constantFrom(...REQUIREMENTS), { minLength: 36, maxLength: 36 }),
    descriptions: fc.array(text, { minLength: 36, maxLength: 36 }),
  })
  .map(({ levelIds, roleIds, names, requirements, descriptions, ...rest }) => ({
    ...rest,
    levels: levelIds.map((id, i) => ({ id, name: names[i] as string })),
    roles: roleIds.map((id, i) => ({ id, name: names[6 + i] as string })),
    cells: roleIds.flatMap((role, r) =>
      levelIds.map((level, l) => ({
        role,
        level,
        requirement: requirements[r * 6 + l] as string,
        description: descriptions[r * 6 + l] as string,
      })),
    ),
  }));

describe('parseLadder, on generated input', () => {
  it('never throws on any JSON value, and always answers a ladder or errors with paths', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = parseLadder(input);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(typeof error.path).toBe('string');
          expect(error.message.startsWith(error.path === '' ? 'The ladder' : error.path)).toBe(
            true,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on objects shaped almost like a ladder', () => {
    const nearly = fc.record(
      {
        id: fc.anything(),
        levels: fc.array(fc.record({ id: fc.anything(), name: fc.anything() }), { maxLength: 4 }),
        roles: fc.array(fc.record({ id: fc.anything(), name: fc.anything() }), { maxLength: 4 }),
        cells: fc.array(
          fc.dictionary(
            fc.constantFrom('role', 'level', 'requirement', 'description', 'x'),
            fc.anything(),
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(nearly, (input) => {
        expect(() => parseLadder(input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every valid ladder and round-trips it through JSON unchanged', () => {
    fc.assert(
      fc.property(validLadder, (ladder) => {
        const result = parseLadder(JSON.parse(JSON.stringify(ladder)));
        expect(result).toEqual({ ok: true, ladder });
        expect(result.ok && JSON.parse(JSON.stringify(result.ladder))).toEqual(ladder);
      }),
      { numRuns: 200 },
    );
  });
});
