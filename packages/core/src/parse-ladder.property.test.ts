import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizeLadder } from './localize-ladder.js';
import { parseLadder } from './parse-ladder.js';
import { REQUIREMENTS, type Expectation, type Ladder, type Requirement } from './types.js';

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const isoDate = fc
  .date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const tags = ['en', 'fr', 'de-CH', 'zh-CN', 'ar', 'he'] as const;

// Valid ladders of any size and text: unique ids, one cell per role and level, at least one
// expected cell per role, and (sometimes) a source language and partial translations.
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
    lang: fc.option(fc.constantFrom(...tags), { nil: undefined }),
    translated: fc.uniqueArray(fc.constantFrom(...tags), { maxLength: 3 }),
    // Which texts each translation gives: a bit per name and cell.
    given: fc.array(fc.boolean(), { minLength: 50, maxLength: 50 }),
  })
  .map(
    ({
      levelIds,
      roleIds,
      names,
      requirements,
      descriptions,
      lang,
      translated,
      given,
      ...rest
    }) => {
      const cells = roleIds.flatMap((role, r) => {
        const own = levelIds.map((_, l) => requirements[r * 6 + l] as Requirement);
        if (!own.some((requirement) => requirement !== 'not-expected')) own[0] = 'required';
        return levelIds.map((level, l) =>
          own[l] === 'not-expected'
            ? { role, level, requirement: 'not-expected' as const }
            : {
                role,
                level,
                requirement: own[l] as Expectation,
                description: descriptions[r * 6 + l] as string,
              },
        );
      });
      const pick = <T>(list: readonly T[], offset: number) =>
        list.filter((_, i) => given[(offset + i) % given.length]);
      const translations = Object.fromEntries(
        translated
          .filter((tag) => tag !== (lang ?? 'en'))
          .map((tag, t) => [
            tag,
            {
              ...(given[t] ? { name: `${tag} ${rest.name}` } : {}),
              ...(given[t + 1] ? { keywords: rest.keywords.map((k) => `${tag} ${k}`) } : {}),
              levels: Object.fromEntries(pick(levelIds, t).map((id) => [id, `${tag} ${id}`])),
              cells: Object.fromEntries(
                roleIds.map((role) => [
                  role,
                  Object.fromEntries(
                    pick(
                      cells.filter((c) => c.role === role && c.requirement !== 'not-expected'),
                      t + 7,
                    ).map((c) => [c.level, `${tag} ${c.level}`]),
                  ),
                ]),
              ),
            },
          ]),
      );
      return {
        ...rest,
        ...(lang === undefined ? {} : { lang }),
        levels: levelIds.map((id, i) => ({ id, name: names[i] as string })),
        roles: roleIds.map((id, i) => ({ id, name: names[6 + i] as string })),
        cells,
        ...(translated.length === 0 ? {} : { translations }),
      };
    },
  );

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
        lang: fc.oneof(fc.constantFrom(...tags, 'en_US', ''), fc.anything()),
        translations: fc.oneof(
          fc.anything(),
          fc.dictionary(
            fc.constantFrom(...tags, 'EN', 'x_y', '__proto__'),
            fc.oneof(
              fc.anything(),
              fc.dictionary(
                fc.constantFrom('name', 'keywords', 'levels', 'roles', 'cells', 'x'),
                fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())),
              ),
            ),
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

const locales = [...tags, 'zh', 'ar-EG', 'EN-gb', 'ja', undefined];
// Own properties only, as localizeLadder reads them: a level id such as "toString" must not
// find Object.prototype's.
const own = (texts: unknown, id: string): unknown =>
  typeof texts === 'object' && texts !== null && Object.hasOwn(texts, id)
    ? (texts as Record<string, unknown>)[id]
    : undefined;

describe('localizeLadder, on generated ladders', () => {
  it('gives every text either from the chosen translation or marked with the source language', () => {
    fc.assert(
      fc.property(validLadder, fc.constantFrom(...locales), (data, locale) => {
        const ladder = data as Ladder;
        const view = localizeLadder(ladder, locale);
        const source = ladder.lang ?? 'en';
        const translation = view.lang === source ? undefined : ladder.translations?.[view.lang];
        expect(view.lang === source || translation !== undefined).toBe(true);
        expect(localizeLadder(ladder, locale)).toBe(view);
        expect('translations' in view).toBe(false);
        expect(view.cells.map((c) => [c.role, c.level, c.requirement])).toEqual(
          ladder.cells.map((c) => [c.role, c.level, c.requirement]),
        );
        view.levels.forEach((level, i) => {
          const original = ladder.levels[i]!;
          expect(level.id).toBe(original.id);
          const translated = own(translation?.levels, level.id);
          if (level.lang === undefined) {
            expect(translated !== undefined || translation === undefined).toBe(true);
            expect(level.name).toBe(translated ?? original.name);
          } else {
            expect([level.lang, level.name]).toEqual([source, original.name]);
          }
        });
        view.cells.forEach((cell, i) => {
          const original = ladder.cells[i]!;
          if (cell.requirement === 'not-expected') return expect(cell).toBe(original);
          const translated = own(own(translation?.cells, cell.role), cell.level);
          if (cell.lang === undefined) {
            expect(translated !== undefined || translation === undefined).toBe(true);
            expect(cell.description).toBe(translated ?? original.description);
          } else {
            expect([cell.lang, cell.description, translated]).toEqual([
              source,
              original.description,
              undefined,
            ]);
          }
        });
        for (const field of ['name', 'keywords'] as const) {
          expect(view[field]).toEqual(
            view.fieldLang[field] === undefined
              ? (translation?.[field] ?? ladder[field])
              : ladder[field],
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
