import { describe, expect, it } from 'vitest';
import { mlPipelines } from './ladders/ml-pipelines.js';
import { errorsOf, valid, type Json } from './__fixtures__/ladder-json.js';
import { parseLadder } from './parse-ladder.js';

describe('parseLadder accepts', () => {
  it('the built-in ladder, as a clean copy', () => {
    const result = parseLadder(valid());
    expect(result).toEqual({ ok: true, ladder: mlPipelines });
  });

  it('a `$schema` pointer, which it drops', () => {
    const result = parseLadder({ ...valid(), $schema: './ladder.schema.json' });
    expect(result.ok && '$schema' in result.ladder).toBe(false);
  });

  it('a ladder with no required cells and no keywords', () => {
    const data = valid();
    data.keywords = [];
    for (const cell of data.cells as Json[]) cell.requirement = 'optional';
    expect(parseLadder(data).ok).toBe(true);
  });
});

describe('parseLadder names every problem with its path', () => {
  const cases: [string, (data: Json) => unknown, { path: string; message: string }][] = [
    [
      'input that is not an object',
      () => null,
      { path: '', message: 'The ladder must be an object, but it is null.' },
    ],
    [
      'an array as input',
      () => [],
      { path: '', message: 'The ladder must be an object, but it is an array.' },
    ],
    [
      'a missing field',
      (d) => {
        delete d.name;
        return d;
      },
      { path: 'name', message: 'name is missing; it must be a non-empty string.' },
    ],
    [
      'a wrong type',
      (d) => ({ ...d, domain: 42 }),
      { path: 'domain', message: 'domain must be a string, but it is 42.' },
    ],
    [
      'an empty string',
      (d) => ({ ...d, group: '  ' }),
      { path: 'group', message: 'group must not be empty.' },
    ],
    [
      'an unknown field',
      (d) => ({ ...d, colour: 'red' }),
      {
        path: 'colour',
        message:
          'colour is not a known field here; expected only id, name, domain, group, keywords, updated, levels, roles, cells, lang, translations, alignments.',
      },
    ],
    [
      'keywords that are not a list',
      (d) => ({ ...d, keywords: 'Kubeflow' }),
      { path: 'keywords', message: 'keywords must be a list of strings, but it is "Kubeflow".' },
    ],
    [
      'an empty keyword',
      (d) => ({ ...d, keywords: ['Kubeflow', ''] }),
      { path: 'keywords[1]', message: 'keywords[1] must not be empty.' },
    ],
    [
      'a date in another format',
      (d) => ({ ...d, updated: '2026/3/17' }),
      {
        path: 'updated',
        message: 'updated must be an ISO date (YYYY-MM-DD), but it is "2026/3/17".',
      },
    ],
    [
      'a date that does not exist',
      (d) => ({ ...d, updated: '2026-02-30' }),
      { path: 'updated', message: 'updated is not a real calendar date: "2026-02-30".' },
    ],
    [
      'no levels',
      (d) => ({ ...d, levels: [], cells: [] }),
      { path: 'levels', message: 'levels must list at least one level.' },
    ],
    [
      'a level that is not an object',
      (d) => {
        (d.levels as unknown[])[4] = 'principal';
        return d;
      },
      {
        path: 'levels[4]',
        message: 'levels[4] must be a level ({ id, name }), but it is "principal".',
      },
    ],
    [
      'a level without a name',
      (d) => {
        delete (d.levels as Json[])[1]!.name;
        return d;
      },
      {
        path: 'levels[1].name',
        message: 'levels[1].name is missing; it must be a non-empty string.',
      },
    ],
    [
      'a duplicate level id',
      (d) => {
        (d.levels as Json[])[2]!.id = 'middle';
        return d;
      },
      {
        path: 'levels[2].id',
        message:
          'levels[2].id repeats the level id "middle" of levels[1]; level ids must be unique.',
      },
    ],
    [
      'a duplicate role id',
      (d) => {
        (d.roles as Json[])[5]!.id = 'ml-engineer';
        return d;
      },
      {
        path: 'roles[5].id',
        message:
          'roles[5].id repeats the role id "ml-engineer" of roles[3]; role ids must be unique.',
      },
    ],
    [
      'roles that are not a list',
      (d) => ({ ...d, roles: {} }),
      {
        path: 'roles',
        message: 'roles must be a list of roles ({ id, name }), but it is an object.',
      },
    ],
    [
      'a cell with an unknown level',
      (d) => {
        (d.cells as Json[])[12]!.level = 'seniour';
        return d;
      },
      {
        path: 'cells[12].level',
        message:
          'cells[12].level must be one of this ladder\'s levels ("junior", "middle", "senior", "lead", "principal"), but it is "seniour".',
      },
    ],
    [
      'a cell with an unknown role',
      (d) => {
        (d.cells as Json[])[0]!.role = 'cv-engineer';
        return d;
      },
      {
        path: 'cells[0].role',
        message:
          'cells[0].role must be one of this ladder\'s roles ("computer-vision-engineer", "data-scientist", "llm-engineer", "ml-engineer", "mlops-engineer", "nlp-engineer"), but it is "cv-engineer".',
      },
    ],
    [
      'a bad requirement',
      (d) => {
        (d.cells as Json[])[3]!.requirement = true;
        return d;
      },
      {
        path: 'cells[3].requirement',
        message:
          'cells[3].requirement must be "required", "optional" or "not-expected", but it is true.',
      },
    ],
    [
      'a missing requirement',
      (d) => {
        delete (d.cells as Json[])[3]!.requirement;
        return d;
      },
      {
        path: 'cells[3].requirement',
        message:
          'cells[3].requirement is missing; it must be "required", "optional" or "not-expected".',
      },
    ],
    [
      'an empty description',
      (d) => {
        (d.cells as Json[])[7]!.description = '';
        return d;
      },
      { path: 'cells[7].description', message: 'cells[7].description must not be empty.' },
    ],
    [
      'a misspelt cell field',
      (d) => {
        const c = (d.cells as Json[])[7]!;
        c.descripton = c.description;
        return d;
      },
      {
        path: 'cells[7].descripton',
        message:
          'cells[7].descripton is not a known field here; expected only role, level, requirement, description.',
      },
    ],
    [
      'a cell that is not an object',
      (d) => {
        (d.cells as unknown[])[2] = null;
        return d;
      },
      {
        path: 'cells[2]',
        message:
          'cells[2] must be a cell ({ role, level, requirement, description }), but it is null.',
      },
    ],
    [
      'a duplicate cell',
      (d) => {
        (d.cells as Json[]).push({ ...(d.cells as Json[])[3] });
        return d;
      },
      {
        path: 'cells[30]',
        message:
          'cells[30] repeats the cell for role "ml-engineer" at level "junior" already given at cells[3]; each role has one cell per level.',
      },
    ],
    [
      'a missing cell',
      (d) => {
        (d.cells as Json[]).splice(29, 1);
        return d;
      },
      {
        path: 'cells',
        message:
          'cells has no cell for role "nlp-engineer" at level "principal"; every role needs one cell at every level.',
      },
    ],
    [
      'a long wrong value, shortened in the message',
      (d) => ({ ...d, updated: 'x'.repeat(500) }),
      {
        path: 'updated',
        message: `updated must be an ISO date (YYYY-MM-DD), but it is "${'x'.repeat(40)}"….`,
      },
    ],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(errorsOf(change(valid()))).toContainEqual(expected);
  });

  it('reports each problem once, and only the problems there are', () => {
    const data = valid();
    (data.cells as Json[])[12]!.level = 'seniour';
    // The cell moved away from ML Engineer × Senior, so that cell is now missing too.
    expect(errorsOf(data).map((e) => e.path)).toEqual(['cells[12].level', 'cells']);
  });

  it('collects problems from every part at once', () => {
    const errors = errorsOf({ id: '', levels: 'x', roles: [{ id: 'a', name: 'A' }], cells: [] });
    expect(errors.map((e) => e.path)).toEqual([
      'id',
      'name',
      'domain',
      'group',
      'keywords',
      'updated',
      'levels',
    ]);
  });
});
