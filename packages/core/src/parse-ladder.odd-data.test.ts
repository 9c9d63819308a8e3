import { describe, expect, it } from 'vitest';
import { errorsOf, valid, type Json } from './__fixtures__/ladder-json.js';
import { parseLadder } from './parse-ladder.js';
import type { Ladder } from './types.js';

describe('parseLadder with large and odd data', () => {
  it('never throws, even on input whose getters throw', () => {
    const hostile = {
      get id(): string {
        throw new Error('boom');
      },
    };
    expect(parseLadder(hostile)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The ladder could not be read: boom.' }],
    });
    for (const input of [
      undefined,
      0,
      'ladder',
      Symbol('s'),
      () => 1,
      new Map(),
      Object.create(null),
    ]) {
      expect(parseLadder(input).ok).toBe(false);
    }
  });

  it('accepts a 1 MB description as it is', () => {
    const data = valid();
    const long = 'Designs pipelines. '.repeat(55_000);
    (data.cells as Json[])[0]!.description = long;
    const result = parseLadder(data);
    expect(result.ok && result.ladder.cells[0]?.description).toBe(long);
  });

  it('accepts 200 roles × 12 levels and reports a bad cell among them by path', () => {
    const levels = Array.from({ length: 12 }, (_, i) => ({ id: `l${i + 1}`, name: `L${i + 1}` }));
    const roles = Array.from({ length: 200 }, (_, i) => ({ id: `role-${i}`, name: `Role ${i}` }));
    const cells = roles.flatMap((role) =>
      levels.map((level) => ({
        role: role.id,
        level: level.id,
        requirement: 'optional',
        description: 'Does it.',
      })),
    );
    const big = { ...valid(), levels, roles, cells };
    expect(parseLadder(big).ok).toBe(true);
    (cells[2399] as Json).requirement = 'maybe';
    expect(errorsOf(big)).toEqual([
      {
        path: 'cells[2399].requirement',
        message:
          'cells[2399].requirement must be "required", "optional" or "not-expected", but it is "maybe".',
      },
    ]);
  });

  it('keeps markup, template and prototype-like text as plain data, never evaluating it', () => {
    const data = valid();
    const texts = [
      '<img src=x onerror=alert(1)>',
      '${process.exit(1)}',
      '{{constructor.constructor("x")()}}',
      'javascript:alert(1)',
    ];
    (data.roles as Json[])[0]!.name = texts[0];
    (data.cells as Json[])[0]!.description = texts[1];
    (data.cells as Json[])[1]!.description = texts[2];
    data.name = texts[3];
    (data.levels as Json[])[0]!.id = '__proto__';
    for (const cell of data.cells as Json[]) if (cell.level === 'junior') cell.level = '__proto__';
    const result = parseLadder(data);
    expect(result.ok).toBe(true);
    const ladder = result.ok ? result.ladder : ({} as Ladder);
    expect([
      ladder.roles[0]?.name,
      ladder.cells[0]?.description,
      ladder.cells[1]?.description,
      ladder.name,
    ]).toEqual(texts);
    expect(ladder.levels[0]?.id).toBe('__proto__');
  });
});

describe('parseLadder with large and odd translations', () => {
  it('never throws on a translation whose getters throw', () => {
    const data = valid();
    data.translations = {
      get fr(): unknown {
        throw new Error('no French today');
      },
    };
    expect(errorsOf(data)).toEqual([
      { path: '', message: 'The ladder could not be read: no French today.' },
    ]);
  });

  it('checks 200 roles × 12 levels in three languages and finds one bad text by path', () => {
    const levels = Array.from({ length: 12 }, (_, i) => ({ id: `l${i + 1}`, name: `L${i + 1}` }));
    const roles = Array.from({ length: 200 }, (_, i) => ({ id: `role-${i}`, name: `Role ${i}` }));
    const cells = roles.flatMap((role) =>
      levels.map((level) => ({
        role: role.id,
        level: level.id,
        requirement: 'optional',
        description: 'Does it.',
      })),
    );
    const translation = (tag: string) => ({
      name: `${tag} name`,
      levels: Object.fromEntries(levels.map((l) => [l.id, `${tag} ${l.name}`])),
      roles: Object.fromEntries(roles.map((r) => [r.id, `${tag} ${r.name}`])),
      cells: Object.fromEntries(
        roles.map((r) => [r.id, Object.fromEntries(levels.map((l) => [l.id, `${tag} text`]))]),
      ),
    });
    const translations = {
      fr: translation('fr'),
      'zh-CN': translation('zh'),
      ar: translation('ar'),
    };
    const big = { ...valid(), levels, roles, cells, translations };
    const result = parseLadder(big);
    expect(result.ok && result.ladder.translations).toEqual(translations);
    (translations.ar.cells['role-199'] as Json).l12 = ' ';
    expect(errorsOf(big)).toEqual([
      {
        path: 'translations.ar.cells["role-199"].l12',
        message: 'translations.ar.cells["role-199"].l12 must not be empty.',
      },
    ]);
  });
});
