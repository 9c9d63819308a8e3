import { describe, expect, it } from 'vitest';
import { emptyAssessment, parseAssessment, serializeAssessment } from './assessment-format.js';
import { migrateAssessment } from './migrate-assessment.js';
import { type Assessment, NOTE_MAX_LENGTH } from './types.js';

const full: Assessment = {
  version: 2,
  ladder: 'ml-pipelines',
  careerRole: 'ml-engineer',
  level: 'middle',
  target: 'senior',
  marks: {
    'ml-engineer/senior/k1': { status: 'yes', text: 'Implements pipeline testing.', at: 1000 },
    'ml-engineer/senior/k2': {
      status: 'partly',
      note: 'Only for the ranking model, «so far».',
      text: 'Automates retraining with data quality checks.',
      at: 2000,
    },
    'ml-engineer/middle/k3': { status: 'not-yet', text: '设计 ML 流水线。', at: 1500 },
  },
  removed: { 'ml-engineer/senior/k9': 1800 },
  chosenAt: { careerRole: 900, level: 900, target: 950 },
  clearedAt: 500,
  updatedAt: 2000,
};

function errorsOf(input: unknown) {
  const result = parseAssessment(input);
  if (result.ok) throw new Error('expected errors, but the assessment was accepted');
  return result.errors;
}

describe('emptyAssessment', () => {
  it('has no marks and never changed', () => {
    expect(emptyAssessment('ml-pipelines')).toEqual({
      version: 2,
      ladder: 'ml-pipelines',
      marks: {},
      updatedAt: 0,
    });
    expect(parseAssessment(emptyAssessment('x'))).toEqual({
      ok: true,
      assessment: emptyAssessment('x'),
      fromVersion: 2,
    });
  });
});

describe('parseAssessment', () => {
  it('reads the stored shape as it is', () => {
    const stored = JSON.parse(JSON.stringify(full));
    expect(parseAssessment(stored)).toStrictEqual({ ok: true, assessment: full, fromVersion: 2 });
  });

  it('reads back exactly what serializeAssessment wrote', () => {
    const text = serializeAssessment(full, new Date(Date.UTC(2026, 10, 29, 12)));
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'skill-ladder-assessment',
      version: 2,
      exportedAt: '2026-11-29T12:00:00.000Z',
    });
    expect(text).toContain('\n  "marks": {\n');
    expect(parseAssessment(file)).toStrictEqual({ ok: true, assessment: full, fromVersion: 2 });
    const empty = emptyAssessment('ml-pipelines');
    expect(parseAssessment(JSON.parse(serializeAssessment(empty)))).toStrictEqual({
      ok: true,
      assessment: empty,
      fromVersion: 2,
    });
  });

  it.each([
    [undefined, 'An assessment must be an object, but it is undefined.'],
    [null, 'An assessment must be an object, but it is null.'],
    [[], 'An assessment must be an object, but it is an array.'],
    ['{}', 'An assessment must be an object, but it is "{}".'],
  ])('rejects %j as a whole', (input, message) => {
    expect(errorsOf(input)).toEqual([{ path: '', message }]);
  });

  it('gives every problem by its path, not only the first', () => {
    const input = {
      ...JSON.parse(JSON.stringify(full)),
      ladder: 7,
      level: '',
      extra: true,
      marks: {
        'ml-engineer/senior/k1': { status: 'done', text: 'Implements pipeline testing.', at: 1 },
        'ml-engineer/senior/k2': {
          status: 'yes',
          note: 'x'.repeat(NOTE_MAX_LENGTH + 1),
          text: 'Automates retraining.',
          at: Number.POSITIVE_INFINITY,
        },
        'ml-engineer/k4': { status: 'yes', text: 'A sentence.', at: 1 },
        'ml-engineer/senior/k5': { status: 'yes', at: '2026-01-01', colour: 'red' },
      },
      removed: { 'no-slashes': 1, 'ml-engineer/senior/k6': Number.NaN },
      chosenAt: { careerRole: 'now', role: 1 },
      clearedAt: null,
      updatedAt: undefined,
    };
    expect(errorsOf(input)).toEqual(
      [
        [
          'extra',
          'extra is not a known field here; expected only version, ladder, careerRole, level, target, marks, removed, chosenAt, clearedAt, updatedAt.',
        ],
        [
          'marks["ml-engineer/senior/k1"].status',
          'marks["ml-engineer/senior/k1"].status must be one of "yes", "partly", "not-yet", but it is "done".',
        ],
        [
          'marks["ml-engineer/senior/k2"].note',
          `marks["ml-engineer/senior/k2"].note is ${NOTE_MAX_LENGTH + 1} characters long; a note keeps at most ${NOTE_MAX_LENGTH}.`,
        ],
        [
          'marks["ml-engineer/senior/k2"].at',
          'marks["ml-engineer/senior/k2"].at must be a time in milliseconds since 1970 (a finite number), but it is Infinity.',
        ],
        [
          'marks["ml-engineer/k4"]',
          'marks["ml-engineer/k4"] is not a mark id: it must be "<role id>/<level id>/<item key>", such as "ml-engineer/senior/k1a2b3".',
        ],
        [
          'marks["ml-engineer/senior/k5"].colour',
          'marks["ml-engineer/senior/k5"].colour is not a known field here; expected only status, note, text, at.',
        ],
        [
          'marks["ml-engineer/senior/k5"].text',
          'marks["ml-engineer/senior/k5"].text is missing; it must be a string.',
        ],
        [
          'marks["ml-engineer/senior/k5"].at',
          'marks["ml-engineer/senior/k5"].at must be a time in milliseconds since 1970 (a finite number), but it is "2026-01-01".',
        ],
        ['ladder', 'ladder must be a string, but it is 7.'],
        ['level', 'level must not be empty.'],
        [
          'removed["no-slashes"]',
          'removed["no-slashes"] is not a mark id: it must be "<role id>/<level id>/<item key>", such as "ml-engineer/senior/k1a2b3".',
        ],
        [
          'removed["ml-engineer/senior/k6"]',
          'removed["ml-engineer/senior/k6"] must be a time in milliseconds since 1970 (a finite number), but it is NaN.',
        ],
        [
          'chosenAt.role',
          'chosenAt.role is not a known field here; expected only careerRole, level, target.',
        ],
        [
          'chosenAt.careerRole',
          'chosenAt.careerRole must be a time in milliseconds since 1970 (a finite number), but it is "now".',
        ],
        [
          'clearedAt',
          'clearedAt must be a time in milliseconds since 1970 (a finite number), but it is null.',
        ],
        ['updatedAt', 'updatedAt is missing; it must be a time in ms.'],
      ].map(([path, message]) => ({ path, message })),
    );
  });

  it('checks the file fields of an export', () => {
    const file = { ...JSON.parse(serializeAssessment(full)), format: 'skill-ladder-catalog' };
    expect(errorsOf({ ...file, exportedAt: 5 })).toEqual([
      {
        path: 'format',
        message:
          'format must be "skill-ladder-assessment" (an exported assessment), but it is "skill-ladder-catalog".',
      },
      { path: 'exportedAt', message: 'exportedAt must be a date and time as text, but it is 5.' },
    ]);
  });

  it.each([
    [undefined, "version is missing; it must be 2 (or 1, the checklist's first format)."],
    ['2', 'version is "2"; it must be 2 (or 1, the checklist\'s first format).'],
    [0, "version is 0; it must be 2 (or 1, the checklist's first format)."],
    [2.5, "version is 2.5; it must be 2 (or 1, the checklist's first format)."],
  ])('rejects the version %j', (version, message) => {
    expect(errorsOf({ ...full, version })).toEqual([{ path: 'version', message }]);
  });

  it('says a future version was made by a newer version of skill-ladder', () => {
    const errors = errorsOf({ ...full, version: 3, somethingNew: [] });
    expect(errors).toEqual([
      {
        path: 'version',
        message: expect.stringContaining('made by a newer version of skill-ladder'),
      },
    ]);
  });

  it('never throws, even on an object whose fields throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no access');
        },
      },
    );
    expect(errorsOf(hostile)[0]?.message).toContain('no access');
  });
});

describe("version 1 (the checklist's first format)", () => {
  const v1 = {
    version: 1,
    ladder: 'ml-pipelines',
    role: 'ml-engineer',
    level: 'middle',
    checked: {
      'ml-engineer/senior/k1': { done: true, text: 'Implements pipeline testing.', at: 1000 },
      'ml-engineer/senior/k2': { done: false, text: 'Automates retraining.', at: 3000 },
    },
  };

  it('is migrated to version 2: done → yes, not done → not yet, role → careerRole', () => {
    expect(parseAssessment(v1)).toStrictEqual({
      ok: true,
      fromVersion: 1,
      assessment: {
        version: 2,
        ladder: 'ml-pipelines',
        careerRole: 'ml-engineer',
        level: 'middle',
        marks: {
          'ml-engineer/senior/k1': {
            status: 'yes',
            text: 'Implements pipeline testing.',
            at: 1000,
          },
          'ml-engineer/senior/k2': { status: 'not-yet', text: 'Automates retraining.', at: 3000 },
        },
        updatedAt: 3000,
      },
    });
  });

  it('is checked by path before it is migrated', () => {
    const broken = {
      ...v1,
      role: 3,
      checked: { 'ml-engineer/senior/k1': { done: 'yes', text: 'A.', at: 1 }, bad: {} },
    };
    expect(errorsOf(broken)).toEqual([
      {
        path: 'checked["ml-engineer/senior/k1"].done',
        message: 'checked["ml-engineer/senior/k1"].done must be true or false, but it is "yes".',
      },
      {
        path: 'checked.bad',
        message:
          'checked.bad is not a mark id: it must be "<role id>/<level id>/<item key>", such as "ml-engineer/senior/k1a2b3".',
      },
      { path: 'role', message: 'role must be a string, but it is 3.' },
    ]);
  });

  it('migrateAssessment leaves a current assessment as it is', () => {
    expect(migrateAssessment(full)).toBe(full);
    expect(migrateAssessment({ version: 1, ladder: 'x', checked: {} })).toStrictEqual(
      emptyAssessment('x'),
    );
  });
});
