import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeOrigin } from './__fixtures__/fake-storage.js';
import { emptyAssessment, parseAssessment } from './assessment-format.js';
import { assessmentKey } from './assessment-storage.js';
import { createAssessmentStore } from './assessment-store.js';
import { mergeAssessments, sameAssessment } from './merge-assessments.js';
import {
  type Assessment,
  type AssessmentStore,
  MARK_STATUSES,
  type Mark,
  type MarkStatus,
} from './types.js';

// Few ids and a narrow clock, so that the same item and the same millisecond come up often.
const ids = ['r/a/k1', 'r/a/k2', 'r/b/k1', 'q/a/k1'];
const time = fc.integer({ min: 0, max: 20 });
const markArb: fc.Arbitrary<Mark> = fc.record(
  {
    status: fc.constantFrom(...MARK_STATUSES),
    note: fc.constantFrom('a', 'b'),
    text: fc.constantFrom('One.', 'Two.'),
    at: time,
  },
  { requiredKeys: ['status', 'text', 'at'] },
);
const choice = fc.option(fc.constantFrom('x', 'y'), { nil: undefined });

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    marks: fc.dictionary(fc.constantFrom(...ids), markArb),
    removed: fc.dictionary(fc.constantFrom(...ids), time),
    careerRole: choice,
    level: choice,
    careerRoleAt: fc.option(time, { nil: undefined }),
    clearedAt: fc.option(time, { nil: undefined }),
    updatedAt: time,
  })
  .map(({ marks, removed, careerRole, level, careerRoleAt, clearedAt, updatedAt }) => ({
    version: 2 as const,
    ladder: 'l',
    ...(careerRole !== undefined && { careerRole }),
    ...(level !== undefined && { level }),
    marks,
    ...(Object.keys(removed).length > 0 && { removed }),
    ...(careerRoleAt !== undefined && { chosenAt: { careerRole: careerRoleAt } }),
    ...(clearedAt !== undefined && { clearedAt }),
    updatedAt,
  }));

describe('mergeAssessments, for any two or three versions', () => {
  it('does not depend on order or grouping, and merging again changes nothing', () => {
    fc.assert(
      fc.property(assessmentArb, assessmentArb, assessmentArb, (a, b, c) => {
        const ab = mergeAssessments(a, b);
        expect(sameAssessment(ab, mergeAssessments(b, a))).toBe(true);
        expect(
          sameAssessment(mergeAssessments(ab, c), mergeAssessments(a, mergeAssessments(b, c))),
        ).toBe(true);
        expect(sameAssessment(mergeAssessments(ab, ab), ab)).toBe(true);
        expect(sameAssessment(mergeAssessments(ab, a), ab)).toBe(true);
        const read = parseAssessment(JSON.parse(JSON.stringify(ab)));
        expect(read.ok && sameAssessment(read.assessment, ab)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

type Op =
  | { tab: 0 | 1; kind: 'mark'; id: string; status: MarkStatus }
  | { tab: 0 | 1; kind: 'remove'; id: string }
  | { tab: 0 | 1; kind: 'clear' };

const tab = fc.constantFrom(0 as const, 1 as const);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      tab,
      kind: fc.constant('mark' as const),
      id: fc.constantFrom(...ids),
      status: fc.constantFrom(...MARK_STATUSES),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      tab,
      kind: fc.constant('remove' as const),
      id: fc.constantFrom(...ids),
    }),
  },
  { weight: 1, arbitrary: fc.record({ tab, kind: fc.constant('clear' as const) }) },
);

/** Does `op` in a tab's store, and what the last action per item should leave in `expected`. */
function act(store: AssessmentStore, op: Op, expected: Map<string, MarkStatus>) {
  if (op.kind === 'mark') {
    store.mark(op.id, { status: op.status, text: 'One.' });
    expected.set(op.id, op.status);
  } else if (op.kind === 'remove') {
    store.mark(op.id, undefined);
    expected.delete(op.id);
  } else {
    store.clear();
    expected.clear();
  }
}

describe('two tabs over one storage, whatever they do', () => {
  it.each([
    ['hearing each other', true],
    ['hearing nothing (read, merge, write only)', false],
  ])('end with what the last action on each item said (%s)', (_, hearing) => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const origin = fakeOrigin();
        let clock = 0;
        const now = () => (clock += 1);
        const tabs = [0, 1].map(() => {
          const { get, set, remove, subscribe } = origin.tab();
          const store = createAssessmentStore({
            ladder: 'l',
            storage: hearing ? { get, set, remove, subscribe } : { get, set, remove },
            now,
          });
          store.subscribe(() => {});
          return store;
        });
        const expected = new Map<string, MarkStatus>();
        for (const op of ops) {
          const store = tabs[op.tab]!;
          act(store, op, expected);
        }
        const want = Object.fromEntries([...expected].sort());
        const statuses = (assessment: Assessment) =>
          Object.fromEntries(
            Object.entries(assessment.marks)
              .map(([id, mark]) => [id, mark.status] as const)
              .sort(),
          );
        const raw = origin.values.get(assessmentKey('l'));
        const read = parseAssessment(
          raw === undefined ? { ...emptyAssessment('l') } : JSON.parse(raw),
        );
        expect(read.ok).toBe(true);
        expect(read.ok && statuses(read.assessment)).toEqual(want);
        if (hearing) {
          for (const store of tabs) expect(statuses(store.getSnapshot().assessment)).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('two tabs over one async storage that tells of changes', () => {
  it('settle on what the last action on each item said', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 20 }), async (ops) => {
        const origin = fakeOrigin({ async: true });
        let clock = 0;
        const now = () => (clock += 1);
        const tabs = [0, 1].map(() => {
          const store = createAssessmentStore({ ladder: 'l', storage: origin.tab(), now });
          store.subscribe(() => {});
          return store;
        });
        const expected = new Map<string, MarkStatus>();
        for (const [i, op] of ops.entries()) {
          const store = tabs[op.tab]!;
          act(store, op, expected);
          // Some actions come before the previous one's write has landed, some after.
          if (i % 3 === 0) await Promise.resolve();
        }
        const want = Object.fromEntries([...expected].sort());
        const statuses = (assessment: Assessment) =>
          Object.fromEntries(
            Object.entries(assessment.marks)
              .map(([id, mark]) => [id, mark.status] as const)
              .sort(),
          );
        await vi.waitFor(
          () => {
            for (const store of tabs) {
              expect(statuses(store.getSnapshot().assessment)).toEqual(want);
            }
            const raw = origin.values.get(assessmentKey('l'));
            const read = parseAssessment(
              raw === undefined ? emptyAssessment('l') : JSON.parse(raw),
            );
            expect(read.ok && statuses(read.assessment)).toEqual(want);
          },
          { timeout: 5_000, interval: 1 },
        );
      }),
      { numRuns: 100 },
    );
  });
});
