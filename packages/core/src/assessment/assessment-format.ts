import type { LadderError } from '../parse-ladder.js';
import { Checker, describe, fieldPath, type Fields, isFields } from '../parse-ladder-checker.js';
import { ASSESSMENT_VERSION, type AssessmentV1, migrateAssessment } from './migrate-assessment.js';
import {
  type Assessment,
  MARK_STATUSES,
  type Mark,
  type MarkId,
  NOTE_MAX_LENGTH,
} from './types.js';

/** What an export file says it is, so that no other JSON file is mistaken for an assessment. */
export const ASSESSMENT_FORMAT = 'skill-ladder-assessment';

const CHOICES = ['careerRole', 'level', 'target'] as const;
const FILE_FIELDS = ['format', 'exportedAt'];
const V2_FIELDS = [
  'version',
  'ladder',
  ...CHOICES,
  'marks',
  'removed',
  'chosenAt',
  'clearedAt',
  'updatedAt',
] as const;
const V1_FIELDS = ['version', 'ladder', 'role', 'level', 'checked'] as const;
const MARK_FIELDS = ['status', 'note', 'text', 'at'] as const;
const TICK_FIELDS = ['done', 'text', 'at'] as const;
const MARK_ID = /^[^/]+\/[^/]+\/.+$/;

/**
 * The outcome of `parseAssessment`: the assessment (brought up to the current format version,
 * with the version it was in), or every problem found, each with its path and a sentence.
 *
 * @example
 * const result: ParseAssessmentResult = parseAssessment(JSON.parse(text));
 * if (!result.ok) result.errors.forEach((error) => console.error(error.message));
 */
export type ParseAssessmentResult =
  | { readonly ok: true; readonly assessment: Assessment; readonly fromVersion: number }
  | { readonly ok: false; readonly errors: readonly LadderError[] };

/**
 * An assessment with no marks and no choices, for a ladder; `updatedAt: 0` says it never
 * changed.
 *
 * @example
 * emptyAssessment('ml-pipelines') // { version: 2, ladder: 'ml-pipelines', marks: {}, updatedAt: 0 }
 */
export function emptyAssessment(ladder: string): Assessment {
  return { version: ASSESSMENT_VERSION, ladder, marks: {}, updatedAt: 0 };
}

function parseTime(check: Checker, value: unknown, path: string): number | undefined {
  if (value === undefined) return check.fail(path, 'is missing; it must be a time in ms.');
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return check.fail(
      path,
      `must be a time in milliseconds since 1970 (a finite number), but it is ${describe(value)}.`,
    );
  }
  return value;
}

function parseString(check: Checker, value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value;
  const missing = value === undefined;
  return check.fail(
    path,
    missing
      ? 'is missing; it must be a string.'
      : `must be a string, but it is ${describe(value)}.`,
  );
}

/** `<role id>/<level id>/<item key>`, no part blank. */
export function isMarkId(id: string): boolean {
  return MARK_ID.test(id) && id.split('/').every((part) => part.trim() !== '');
}

/** The entries of an object keyed by mark id, each id checked in turn (errors in file order). */
function* markEntries(check: Checker, value: unknown, path: string, what: string) {
  const fields = check.object(value, path, `an object of mark id → ${what}`);
  for (const [id, item] of Object.entries(fields ?? {})) {
    if (isMarkId(id)) yield [id, item] as const;
    else {
      check.fail(
        fieldPath(path, id),
        'is not a mark id: it must be "<role id>/<level id>/<item key>", such as "ml-engineer/senior/k1a2b3".',
      );
    }
  }
}

function parseMark(check: Checker, value: unknown, path: string): Mark | undefined {
  const fields = check.object(value, path, 'a mark (status, text, at)');
  if (!fields) return undefined;
  check.onlyKnownFields(fields, path, MARK_FIELDS);
  const { status, note } = fields;
  if (!MARK_STATUSES.includes(status as Mark['status'])) {
    const list = MARK_STATUSES.map((item) => JSON.stringify(item)).join(', ');
    check.fail(
      `${path}.status`,
      status === undefined
        ? `is missing; it must be one of ${list}.`
        : `must be one of ${list}, but it is ${describe(status)}.`,
    );
  }
  if (note !== undefined) {
    if (typeof note !== 'string') {
      check.fail(`${path}.note`, `must be a string, but it is ${describe(note)}.`);
    } else if (note.length > NOTE_MAX_LENGTH) {
      check.fail(
        `${path}.note`,
        `is ${note.length} characters long; a note keeps at most ${NOTE_MAX_LENGTH}.`,
      );
    }
  }
  const text = parseString(check, fields.text, `${path}.text`);
  const at = parseTime(check, fields.at, `${path}.at`);
  if (text === undefined || at === undefined) return undefined;
  return {
    status: status as Mark['status'],
    ...(typeof note === 'string' && { note }),
    text,
    at,
  };
}

function parseChosenAt(check: Checker, value: unknown, path: string) {
  const fields = check.object(value, path, 'an object of choice → time in ms');
  if (!fields) return undefined;
  check.onlyKnownFields(fields, path, CHOICES);
  const chosenAt: Partial<Record<(typeof CHOICES)[number], number>> = {};
  for (const choice of CHOICES) {
    if (fields[choice] === undefined) continue;
    const at = parseTime(check, fields[choice], `${path}.${choice}`);
    if (at !== undefined) chosenAt[choice] = at;
  }
  return chosenAt;
}

function parseV2(check: Checker, fields: Fields): Assessment {
  check.onlyKnownFields(fields, '', V2_FIELDS, FILE_FIELDS);
  const marks: Record<MarkId, Mark> = {};
  for (const [id, value] of markEntries(check, fields.marks, 'marks', 'mark')) {
    const mark = parseMark(check, value, fieldPath('marks', id));
    if (mark) marks[id] = mark;
  }
  const assessment: Record<string, unknown> = {
    version: ASSESSMENT_VERSION,
    ladder: check.text(fields.ladder, 'ladder'),
  };
  for (const choice of CHOICES) {
    if (fields[choice] !== undefined) assessment[choice] = check.text(fields[choice], choice);
  }
  assessment.marks = marks;
  if (fields.removed !== undefined) {
    const removed: Record<MarkId, number> = {};
    for (const [id, value] of markEntries(check, fields.removed, 'removed', 'time in ms')) {
      const at = parseTime(check, value, fieldPath('removed', id));
      if (at !== undefined) removed[id] = at;
    }
    assessment.removed = removed;
  }
  if (fields.chosenAt !== undefined) {
    assessment.chosenAt = parseChosenAt(check, fields.chosenAt, 'chosenAt');
  }
  if (fields.clearedAt !== undefined) {
    assessment.clearedAt = parseTime(check, fields.clearedAt, 'clearedAt');
  }
  assessment.updatedAt = parseTime(check, fields.updatedAt, 'updatedAt');
  return assessment as unknown as Assessment;
}

function parseV1(check: Checker, fields: Fields): AssessmentV1 {
  check.onlyKnownFields(fields, '', V1_FIELDS, FILE_FIELDS);
  const checked: Record<MarkId, AssessmentV1['checked'][MarkId]> = {};
  for (const [id, value] of markEntries(check, fields.checked, 'checked', 'tick')) {
    const path = fieldPath('checked', id);
    const tick = check.object(value, path, 'a tick (done, text, at)');
    if (!tick) continue;
    check.onlyKnownFields(tick, path, TICK_FIELDS);
    if (typeof tick.done !== 'boolean') {
      check.fail(`${path}.done`, `must be true or false, but it is ${describe(tick.done)}.`);
    }
    const text = parseString(check, tick.text, `${path}.text`);
    const at = parseTime(check, tick.at, `${path}.at`);
    if (typeof tick.done === 'boolean' && text !== undefined && at !== undefined) {
      checked[id] = { done: tick.done, text, at };
    }
  }
  const ladder = check.text(fields.ladder, 'ladder') ?? '';
  const role = fields.role === undefined ? undefined : check.text(fields.role, 'role');
  const level = fields.level === undefined ? undefined : check.text(fields.level, 'level');
  return {
    version: 1,
    ladder,
    ...(role !== undefined && { role }),
    ...(level !== undefined && { level }),
    checked,
  };
}

function check(input: unknown): ParseAssessmentResult {
  if (!isFields(input)) {
    const what = input === undefined ? 'undefined' : describe(input);
    const message = `An assessment must be an object, but it is ${what}.`;
    return { ok: false, errors: [{ path: '', message }] };
  }
  const check = new Checker();
  const { format, exportedAt, version } = input;
  if (format !== undefined && format !== ASSESSMENT_FORMAT) {
    check.fail(
      'format',
      `must be ${JSON.stringify(ASSESSMENT_FORMAT)} (an exported assessment), but it is ${describe(format)}.`,
    );
  }
  if (exportedAt !== undefined && typeof exportedAt !== 'string') {
    check.fail('exportedAt', `must be a date and time as text, but it is ${describe(exportedAt)}.`);
  }
  let assessment: AssessmentV1 | Assessment | undefined;
  if (version === 1) assessment = parseV1(check, input);
  else if (version === ASSESSMENT_VERSION) assessment = parseV2(check, input);
  else if (typeof version === 'number' && Number.isInteger(version) && version > 2) {
    check.fail(
      'version',
      `is ${version}: this assessment was made by a newer version of skill-ladder, which this page cannot read. Update skill-ladder to open it.`,
    );
  } else {
    check.fail(
      'version',
      `${version === undefined ? 'is missing' : `is ${describe(version)}`}; it must be ${ASSESSMENT_VERSION} (or 1, the checklist's first format).`,
    );
  }
  if (check.errors.length > 0 || !assessment) return { ok: false, errors: check.errors };
  return { ok: true, assessment: migrateAssessment(assessment), fromVersion: assessment.version };
}

/**
 * Reads an assessment from untrusted input: what storage held (`JSON.parse`d) or an export
 * file. Never throws; every problem comes back with its path and a sentence. An older format
 * version (1, the checklist's first) is migrated, and `fromVersion` says so; a newer one is an
 * error, never guessed at.
 *
 * @example
 * const result = parseAssessment(JSON.parse(await file.text()));
 * if (result.ok) store.replace(result.assessment);
 * else result.errors // [{ path: 'marks["ml-engineer/senior/k1"].status', message: '… must be one of "yes", "partly", "not-yet", but it is "done".' }]
 */
export function parseAssessment(input: unknown): ParseAssessmentResult {
  try {
    return check(input);
  } catch (error) {
    // A getter or proxy that throws: not data this package wrote.
    const message = `The assessment could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, errors: [{ path: '', message }] };
  }
}

/**
 * The text of an export file: the assessment as pretty JSON with its `format`, `version` and
 * when it was exported. `parseAssessment` reads it back exactly.
 *
 * @example
 * const file = new Blob([serializeAssessment(assessment)], { type: 'application/json' });
 */
export function serializeAssessment(assessment: Assessment, exportedAt: Date = new Date()): string {
  const { version, ...rest } = assessment;
  const file = {
    format: ASSESSMENT_FORMAT,
    version,
    exportedAt: exportedAt.toISOString(),
    ...rest,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
