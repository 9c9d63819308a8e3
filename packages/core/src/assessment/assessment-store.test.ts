import { describe, expect, it, vi } from 'vitest';
import { fakeOrigin } from './__fixtures__/fake-storage.js';
import { emptyAssessment, parseAssessment } from './assessment-format.js';
import { assessmentKey } from './assessment-storage.js';
import { createAssessmentStore } from './assessment-store.js';
import { loadStoredAssessment } from './load-stored-assessment.js';
import type { Assessment, AssessmentStorage, AssessmentStore } from './types.js';

const LADDER = 'ml-pipelines';
const KEY = 'skill-ladder:assessment:v2:ml-pipelines';
const V1_KEY = 'skill-ladder:assessment:v1:ml-pipelines';
const A = 'ml-engineer/senior/ka';
const B = 'ml-engineer/senior/kb';
const C = 'ml-engineer/lead/kc';
const yes = { status: 'yes', text: 'Implements pipeline testing.' } as const;
const partly = { status: 'partly', text: 'Automates retraining.' } as const;

/** A clock that moves one millisecond per call, so every stamp is distinct and known. */
function clock(start = 1_000) {
  let time = start;
  return () => (time += 1);
}

function stored(origin: ReturnType<typeof fakeOrigin>, key = KEY): Assessment {
  const raw = origin.values.get(key);
  if (raw === undefined) throw new Error(`nothing stored under ${key}`);
  const result = parseAssessment(JSON.parse(raw));
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.assessment;
}

/** A store someone listens to, as a rendered component does: it hears other tabs. */
function live(store: AssessmentStore) {
  store.subscribe(() => {});
  return store;
}

const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('assessmentKey', () => {
  it('is namespaced and versioned per ladder', () => {
    expect(assessmentKey(LADDER)).toBe(KEY);
    expect(assessmentKey('api-design')).toBe('skill-ladder:assessment:v2:api-design');
  });
});

describe('createAssessmentStore without storage', () => {
  it('works in memory, with stable snapshots between changes', () => {
    const store = createAssessmentStore({ ladder: LADDER, storage: null, now: clock() });
    const first = store.getSnapshot();
    expect(first).toEqual({
      assessment: emptyAssessment(LADDER),
      loading: false,
      persistence: 'memory',
      notices: [],
    });
    expect(store.getSnapshot()).toBe(first);
    const listener = vi.fn();
    store.subscribe(listener);
    store.mark(A, yes);
    expect(listener).toHaveBeenCalledTimes(1);
    const second = store.getSnapshot();
    expect(second).not.toBe(first);
    expect(second.assessment.marks[A]).toEqual({ ...yes, at: 1001 });
    expect(store.getSnapshot()).toBe(second);
    store.choose({ level: undefined });
    expect(store.getSnapshot()).toBe(second);
    expect(listener).toHaveBeenCalledTimes(1);
    // A mark the tab already shows is still the person's latest word (another tab may differ).
    store.mark(A, yes);
    expect(store.getSnapshot().assessment.marks[A]).toEqual({ ...yes, at: 1003 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('is memory only on a server (no window), and says nothing about it', () => {
    expect('window' in globalThis).toBe(false);
    const store = createAssessmentStore({ ladder: LADDER });
    expect(store.getSnapshot()).toMatchObject({ persistence: 'memory', notices: [] });
  });

  it('stamps marks later than anything seen, cuts long notes, and refuses a bad status', () => {
    const store = createAssessmentStore({ ladder: LADDER, storage: null, now: () => 5 });
    store.mark(A, { ...yes, note: `${'x'.repeat(499)}😀 and more` });
    store.mark(B, { ...partly, note: '' });
    const { marks } = store.getSnapshot().assessment;
    expect(marks[A]?.note).toBe('x'.repeat(499));
    expect(marks[B]).toEqual({ ...partly, at: 6 });
    expect(() => store.mark(C, { status: 'done' as 'yes', text: 'x' })).toThrow(
      '"done" is not a mark status: it must be one of yes, partly, not-yet.',
    );
    expect(() => store.mark('senior-k1', yes)).toThrow(/is not a mark id/);
    expect(Object.keys(store.getSnapshot().assessment.marks)).toEqual([A, B]);
  });

  it('removes, chooses, replaces and clears', () => {
    const store = createAssessmentStore({ ladder: LADDER, storage: null, now: clock() });
    store.mark(A, yes);
    store.mark(A, undefined);
    expect(store.getSnapshot().assessment).toMatchObject({ marks: {}, removed: { [A]: 1002 } });
    store.choose({ careerRole: 'ml-engineer', level: 'middle' });
    store.choose({ level: '' });
    expect(store.getSnapshot().assessment).toMatchObject({
      careerRole: 'ml-engineer',
      chosenAt: { careerRole: 1003, level: 1004 },
    });
    expect(store.getSnapshot().assessment.level).toBeUndefined();
    store.replace({
      ...emptyAssessment(LADDER),
      target: 'lead',
      marks: { [B]: { ...partly, at: 3 } },
      updatedAt: 3,
    });
    expect(store.getSnapshot().assessment).toEqual({
      version: 2,
      ladder: LADDER,
      target: 'lead',
      marks: { [B]: { ...partly, at: 1005 } },
      chosenAt: { target: 1005 },
      clearedAt: 1005,
      updatedAt: 1005,
    });
    store.clear();
    expect(store.getSnapshot().assessment).toEqual({
      version: 2,
      ladder: LADDER,
      marks: {},
      clearedAt: 1006,
      updatedAt: 1006,
    });
  });
});

describe.each([false, true])('createAssessmentStore over a storage (async: %s)', (async) => {
  const settled = async (check: () => void) => {
    await vi.waitFor(check, { timeout: 5_000 });
  };

  it('finds the marks again after a reload', async () => {
    const origin = fakeOrigin({ async });
    const store = createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock() });
    expect(store.getSnapshot().loading).toBe(async);
    await settled(() => expect(store.getSnapshot().loading).toBe(false));
    store.mark(A, yes);
    store.choose({ careerRole: 'ml-engineer' });
    await settled(() => expect(stored(origin).careerRole).toBe('ml-engineer'));
    expect(stored(origin).marks[A]).toEqual({ ...yes, at: 1001 });

    const reloaded = createAssessmentStore({ ladder: LADDER, storage: origin.tab() });
    await settled(() => expect(reloaded.getSnapshot().loading).toBe(false));
    expect(reloaded.getSnapshot().assessment).toEqual(store.getSnapshot().assessment);
    expect(reloaded.getSnapshot()).toMatchObject({ persistence: 'storage', notices: [] });
  });

  it('keeps ticks on different items in two tabs, and shows each tab the other’s', async () => {
    const origin = fakeOrigin({ async });
    const one = live(
      createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock() }),
    );
    const two = live(
      createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock(2_000) }),
    );
    one.mark(A, yes);
    two.mark(B, partly);
    await settled(() => expect(Object.keys(stored(origin).marks).sort()).toEqual([A, B]));
    await settled(() =>
      expect(Object.keys(one.getSnapshot().assessment.marks).sort()).toEqual([A, B]),
    );
    await settled(() =>
      expect(Object.keys(two.getSnapshot().assessment.marks).sort()).toEqual([A, B]),
    );
  });

  it('keeps both tabs’ ticks even when neither hears the other (read, merge, write)', async () => {
    const origin = fakeOrigin({ async });
    const deaf = (): AssessmentStorage => {
      const { get, set, remove } = origin.tab();
      return { get, set, remove };
    };
    const one = createAssessmentStore({ ladder: LADDER, storage: deaf(), now: clock() });
    const two = createAssessmentStore({ ladder: LADDER, storage: deaf(), now: clock(2_000) });
    await settled(() => expect(two.getSnapshot().loading).toBe(false));
    one.mark(A, yes);
    await settled(() => expect(Object.keys(stored(origin).marks)).toEqual([A]));
    two.mark(B, partly);
    await settled(() => expect(Object.keys(stored(origin).marks).sort()).toEqual([A, B]));
    expect(Object.keys(two.getSnapshot().assessment.marks).sort()).toEqual([A, B]);
  });

  it('does not bring back a mark removed in another tab, and clears every tab', async () => {
    const origin = fakeOrigin({ async });
    const one = live(
      createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock() }),
    );
    one.mark(A, yes);
    await settled(() => expect(stored(origin).marks[A]).toBeDefined());
    const two = live(
      createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock(1_500) }),
    );
    await settled(() => expect(two.getSnapshot().assessment.marks[A]).toBeDefined());
    one.mark(A, undefined);
    await settled(() => expect(two.getSnapshot().assessment.marks[A]).toBeUndefined());
    two.mark(B, partly);
    await settled(() => expect(one.getSnapshot().assessment.marks[B]).toBeDefined());
    expect(Object.keys(stored(origin).marks)).toEqual([B]);
    expect(Object.keys(one.getSnapshot().assessment.marks)).toEqual([B]);

    two.clear();
    await settled(() => expect(one.getSnapshot().assessment.marks).toEqual({}));
    expect(stored(origin).marks).toEqual({});
  });

  it('merges marks made while the first read is on its way', async () => {
    const origin = fakeOrigin({ async });
    origin.values.set(
      KEY,
      JSON.stringify({
        ...emptyAssessment(LADDER),
        marks: { [A]: { ...yes, at: 10 } },
        updatedAt: 10,
      }),
    );
    if (async) origin.hold();
    const store = createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock() });
    store.mark(B, partly);
    expect(store.getSnapshot().assessment.marks[B]).toBeDefined();
    origin.release();
    await settled(() => expect(Object.keys(stored(origin).marks).sort()).toEqual([A, B]));
    expect(store.getSnapshot()).toMatchObject({ loading: false, persistence: 'storage' });
    expect(Object.keys(store.getSnapshot().assessment.marks).sort()).toEqual([A, B]);
  });

  it.each([
    ['not JSON', '{"version": 2, "ladder": "ml-pi'],
    ['not an assessment', JSON.stringify({ version: 2, ladder: LADDER, marks: { x: 1 } })],
    ['of a newer version', JSON.stringify({ version: 3, ladder: LADDER, entries: [] })],
  ])('keeps what is %s under a backup key and starts fresh', async (_, text) => {
    const origin = fakeOrigin({ async });
    origin.values.set(KEY, text);
    const store = createAssessmentStore({
      ladder: LADDER,
      storage: origin.tab(),
      now: () => Date.UTC(2026, 10, 29),
    });
    const backupKey = `${KEY}:backup:2026-11-29T00:00:00.000Z`;
    await settled(() =>
      expect(store.getSnapshot().notices).toEqual([{ kind: 'restored-fresh', backupKey }]),
    );
    expect(origin.values.get(backupKey)).toBe(text);
    expect(store.getSnapshot()).toMatchObject({
      assessment: emptyAssessment(LADDER),
      persistence: 'storage',
    });
    expect(stored(origin)).toEqual(emptyAssessment(LADDER));
    store.mark(A, yes);
    await settled(() => expect(stored(origin).marks[A]).toBeDefined());
    store.dismiss({ kind: 'restored-fresh', backupKey });
    expect(store.getSnapshot().notices).toEqual([]);
  });

  it('overwrites nothing it could not keep a backup of', async () => {
    const origin = fakeOrigin({ async });
    origin.values.set(KEY, 'not json');
    const store = createAssessmentStore({
      ladder: LADDER,
      storage: origin.tab({ set: quotaError }),
    });
    await settled(() => expect(store.getSnapshot().notices).toEqual([{ kind: 'storage-full' }]));
    store.mark(A, yes);
    expect(store.getSnapshot()).toMatchObject({ persistence: 'memory', loading: false });
    expect(origin.values).toEqual(new Map([[KEY, 'not json']]));
  });

  it('migrates a version 1 value, and removes it only once version 2 is written', async () => {
    const v1 = {
      version: 1,
      ladder: LADDER,
      role: 'ml-engineer',
      checked: { [A]: { done: true, text: yes.text, at: 10 } },
    };
    const full = fakeOrigin({ async });
    full.values.set(V1_KEY, JSON.stringify(v1));
    const stuck = createAssessmentStore({ ladder: LADDER, storage: full.tab({ set: quotaError }) });
    await settled(() =>
      expect(stuck.getSnapshot().notices).toEqual([
        { kind: 'migrated', fromVersion: 1 },
        { kind: 'storage-full' },
      ]),
    );
    expect(stuck.getSnapshot().assessment.marks[A]).toEqual({ ...yes, at: 10 });
    expect(full.values.get(V1_KEY)).toBe(JSON.stringify(v1));

    const origin = fakeOrigin({ async });
    origin.values.set(V1_KEY, JSON.stringify(v1));
    const store = createAssessmentStore({ ladder: LADDER, storage: origin.tab() });
    await settled(() => expect(origin.values.has(V1_KEY)).toBe(false));
    expect(stored(origin)).toMatchObject({
      careerRole: 'ml-engineer',
      marks: { [A]: { ...yes, at: 10 } },
    });
    expect(store.getSnapshot().notices).toEqual([{ kind: 'migrated', fromVersion: 1 }]);
  });

  it('works in memory, and says so once, when storage throws on access', async () => {
    const origin = fakeOrigin({ async });
    const store = createAssessmentStore({
      ladder: LADDER,
      storage: origin.tab({ get: securityError, set: securityError, remove: securityError }),
    });
    await settled(() =>
      expect(store.getSnapshot()).toMatchObject({
        loading: false,
        persistence: 'memory',
        notices: [{ kind: 'storage-unavailable' }],
      }),
    );
    store.mark(A, yes);
    store.mark(B, partly);
    expect(Object.keys(store.getSnapshot().assessment.marks)).toEqual([A, B]);
    expect(store.getSnapshot().notices).toHaveLength(1);
  });

  it('works in memory, and says so once, when storage is full', async () => {
    const origin = fakeOrigin({ async });
    let writes = 0;
    const store = createAssessmentStore({
      ladder: LADDER,
      storage: origin.tab({ set: () => ((writes += 1), quotaError()) }),
      now: clock(),
    });
    store.mark(A, yes);
    await settled(() => expect(store.getSnapshot().notices).toEqual([{ kind: 'storage-full' }]));
    store.mark(B, partly);
    store.mark(C, yes);
    expect(store.getSnapshot()).toMatchObject({
      persistence: 'memory',
      notices: [{ kind: 'storage-full' }],
    });
    expect(Object.keys(store.getSnapshot().assessment.marks)).toEqual([A, B, C]);
    expect(writes).toBe(1);
  });

  it('hears other tabs only while listened to, and catches up when listened to again', async () => {
    const origin = fakeOrigin({ async });
    const one = createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock() });
    const two = createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock(2_000) });
    await settled(() => expect(two.getSnapshot().loading).toBe(false));
    // Made and dropped, as in a render React discards: nothing is left listening.
    expect(origin.listening()).toBe(0);
    const stop = two.subscribe(() => {});
    expect(origin.listening()).toBe(1);
    stop();
    expect(origin.listening()).toBe(0);
    one.mark(A, yes);
    await settled(() => expect(stored(origin).marks[A]).toBeDefined());
    expect(two.getSnapshot().assessment.marks).toEqual({});
    const listener = vi.fn();
    two.subscribe(listener);
    await settled(() => expect(two.getSnapshot().assessment.marks[A]).toBeDefined());
    expect(listener).toHaveBeenCalled();
  });

  it('stops hearing other tabs once disposed', async () => {
    const origin = fakeOrigin({ async });
    const one = live(
      createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock() }),
    );
    const two = live(
      createAssessmentStore({ ladder: LADDER, storage: origin.tab(), now: clock(2_000) }),
    );
    await settled(() => expect(two.getSnapshot().loading).toBe(false));
    two.dispose();
    one.mark(A, yes);
    await settled(() => expect(stored(origin).marks[A]).toBeDefined());
    expect(two.getSnapshot().assessment.marks).toEqual({});
  });
});

describe('loadStoredAssessment', () => {
  it('reads version 2, else version 1, and never writes', async () => {
    const origin = fakeOrigin({ async: true });
    const v2 = { ...emptyAssessment(LADDER), marks: { [A]: { ...yes, at: 10 } }, updatedAt: 10 };
    origin.values.set(V1_KEY, JSON.stringify({ version: 1, ladder: LADDER, checked: {} }));
    expect(await loadStoredAssessment(origin.tab(), LADDER)).toEqual(emptyAssessment(LADDER));
    origin.values.set(KEY, JSON.stringify(v2));
    expect(await loadStoredAssessment(origin.tab(), LADDER)).toEqual(v2);
    expect(origin.writes).toEqual([]);
    expect(origin.values.has(V1_KEY)).toBe(true);
  });

  it('gives undefined when there is nothing, nothing readable, or no storage', async () => {
    const origin = fakeOrigin();
    expect(await loadStoredAssessment(origin.tab(), LADDER)).toBeUndefined();
    origin.values.set(KEY, '{');
    expect(await loadStoredAssessment(origin.tab(), LADDER)).toBeUndefined();
    expect(await loadStoredAssessment(origin.tab({ get: securityError }), LADDER)).toBeUndefined();
    expect(await loadStoredAssessment(null, LADDER)).toBeUndefined();
    expect(await loadStoredAssessment(undefined, LADDER)).toBeUndefined();
  });
});
