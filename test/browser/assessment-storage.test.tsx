// The assessment store over the browser's real localStorage, in Chromium: what jsdom and a fake
// storage cannot show (the storage event between two browsing contexts, a blocked storage, a
// really full one).
import {
  assessmentKey,
  type AssessmentStorage,
  type AssessmentStore,
  createAssessmentStore,
  parseAssessment,
} from '@skill-ladder/core/assessment';
import { afterEach, describe, expect, it } from 'vitest';

const LADDER = 'ml-pipelines';
const KEY = assessmentKey(LADDER);
const V1_KEY = 'skill-ladder:assessment:v1:ml-pipelines';
const A = 'ml-engineer/senior/ka';
const B = 'ml-engineer/senior/kb';
const yes = { status: 'yes', text: 'Implements pipeline testing.' } as const;
const partly = { status: 'partly', text: 'Automates retraining.' } as const;
const poll = { timeout: 20_000, interval: 20 };

const stores: AssessmentStore[] = [];
const cleanups: (() => void)[] = [];

function open(storage?: AssessmentStorage | null) {
  const store = createAssessmentStore({
    ladder: LADDER,
    ...(storage !== undefined && { storage }),
  });
  stores.push(store);
  // Listened to, as by a rendered component: only then does it hear other tabs.
  store.subscribe(() => {});
  return store;
}

function storedMarks(area: Storage = localStorage) {
  const raw = area.getItem(KEY);
  if (raw === null) return undefined;
  const result = parseAssessment(JSON.parse(raw));
  return result.ok ? Object.keys(result.assessment.marks).sort() : result.errors;
}

const ours = (key: string) => key.startsWith('skill-ladder:') || key.startsWith('test-fill:');

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  for (const key of Object.keys(localStorage).filter(ours)) localStorage.removeItem(key);
});

/** A second "tab": a same-origin frame, with the store's storage over the frame's own window. */
async function otherTab() {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><title>other tab</title>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  cleanups.push(() => frame.remove());
  await loaded;
  const other = frame.contentWindow!;
  const storage: AssessmentStorage = {
    get: (key) => other.localStorage.getItem(key),
    set: (key, value) => other.localStorage.setItem(key, value),
    remove: (key) => other.localStorage.removeItem(key),
    subscribe(key, onChange) {
      const listener = (event: StorageEvent) => event.key === key && onChange();
      other.addEventListener('storage', listener);
      return () => other.removeEventListener('storage', listener);
    },
  };
  return { area: other.localStorage, storage };
}

describe('the assessment store over real localStorage', () => {
  it('finds the marks again after a reload', () => {
    const before = open();
    expect(before.getSnapshot()).toMatchObject({ loading: false, persistence: 'storage' });
    before.mark(A, yes);
    before.choose({ careerRole: 'ml-engineer', level: 'middle' });
    before.dispose();

    const after = open();
    expect(after.getSnapshot()).toMatchObject({
      loading: false,
      persistence: 'storage',
      notices: [],
      assessment: { careerRole: 'ml-engineer', level: 'middle', marks: { [A]: { ...yes } } },
    });
    expect(storedMarks()).toEqual([A]);
  });

  it('keeps invalid stored JSON under a backup key, says so, and starts fresh', () => {
    const broken = '{"version":2,"ladder":"ml-pipelines","marks":{';
    localStorage.setItem(KEY, broken);
    const store = open();
    const [notice] = store.getSnapshot().notices;
    expect(notice).toEqual({ kind: 'restored-fresh', backupKey: expect.any(String) });
    const backupKey = notice?.kind === 'restored-fresh' ? notice.backupKey : '';
    expect(backupKey).toMatch(/^skill-ladder:assessment:v2:ml-pipelines:backup:\d{4}-\d\d-\d\dT/);
    expect(localStorage.getItem(backupKey)).toBe(broken);
    expect(store.getSnapshot().assessment.marks).toEqual({});
    store.mark(A, yes);
    expect(storedMarks()).toEqual([A]);
    expect(localStorage.getItem(backupKey)).toBe(broken);
  });

  it('works in memory, with a notice, when localStorage throws on access', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    expect(descriptor).toBeDefined();
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      configurable: true,
    });
    cleanups.push(() => Object.defineProperty(window, 'localStorage', descriptor!));
    expect(() => window.localStorage).toThrow('insecure');

    const store = open();
    expect(store.getSnapshot()).toMatchObject({
      loading: false,
      persistence: 'memory',
      notices: [{ kind: 'storage-unavailable' }],
    });
    store.mark(A, yes);
    store.mark(B, partly);
    expect(Object.keys(store.getSnapshot().assessment.marks)).toEqual([A, B]);
    expect(store.getSnapshot().notices).toEqual([{ kind: 'storage-unavailable' }]);
  });

  it('works in memory, and says so once, when localStorage is really full', () => {
    const store = open();
    // Fill the origin's quota: big strings first, then ever smaller ones, until not even a
    // short value fits.
    let filled = 0;
    for (let size = 1 << 20; size >= 8; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`test-fill:${filled}`, chunk);
          filled += 1;
        } catch (error) {
          expect((error as DOMException).name).toBe('QuotaExceededError');
          break;
        }
      }
    }
    expect(filled).toBeGreaterThan(0);

    store.mark(A, yes);
    expect(store.getSnapshot()).toMatchObject({
      persistence: 'memory',
      notices: [{ kind: 'storage-full' }],
    });
    store.mark(B, partly);
    store.mark(A, undefined);
    expect(Object.keys(store.getSnapshot().assessment.marks)).toEqual([B]);
    expect(store.getSnapshot().notices).toEqual([{ kind: 'storage-full' }]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('hears another tab, and keeps ticks on different items in both', async () => {
    const here = open();
    const tab = await otherTab();
    const there = open(tab.storage);
    here.mark(A, yes);
    await expect.poll(() => Object.keys(there.getSnapshot().assessment.marks), poll).toEqual([A]);
    there.mark(B, partly);
    await expect
      .poll(() => Object.keys(here.getSnapshot().assessment.marks).sort(), poll)
      .toEqual([A, B]);
    expect(storedMarks()).toEqual([A, B]);
    expect(storedMarks(tab.area)).toEqual([A, B]);

    // A removal in one tab does not come back from the other.
    there.mark(A, undefined);
    await expect.poll(() => Object.keys(here.getSnapshot().assessment.marks), poll).toEqual([B]);
    here.mark(A, partly);
    await expect
      .poll(() => Object.keys(there.getSnapshot().assessment.marks).sort(), poll)
      .toEqual([A, B]);
  });

  it('keeps two stores of the same page in step (no storage event there)', () => {
    const one = open();
    const two = open();
    one.mark(A, yes);
    expect(Object.keys(two.getSnapshot().assessment.marks)).toEqual([A]);
    two.mark(B, partly);
    expect(Object.keys(one.getSnapshot().assessment.marks).sort()).toEqual([A, B]);
    expect(storedMarks()).toEqual([A, B]);
  });

  it('picks up a value another tab wrote directly', async () => {
    const here = open();
    here.mark(A, yes);
    const tab = await otherTab();
    const written = JSON.parse(tab.area.getItem(KEY)!);
    written.marks[B] = { ...partly, at: written.updatedAt + 1 };
    written.updatedAt += 1;
    tab.area.setItem(KEY, JSON.stringify(written));
    await expect
      .poll(() => Object.keys(here.getSnapshot().assessment.marks).sort(), poll)
      .toEqual([A, B]);
  });

  it('migrates an older version 1 value and never drops it', () => {
    const v1 = {
      version: 1,
      ladder: LADDER,
      role: 'ml-engineer',
      level: 'senior',
      checked: {
        [A]: { done: true, text: yes.text, at: 1_700_000_000_000 },
        [B]: { done: false, text: partly.text, at: 1_700_000_000_001 },
      },
    };
    localStorage.setItem(V1_KEY, JSON.stringify(v1));
    const store = open();
    expect(store.getSnapshot()).toMatchObject({
      notices: [{ kind: 'migrated', fromVersion: 1 }],
      assessment: {
        careerRole: 'ml-engineer',
        level: 'senior',
        marks: { [A]: { status: 'yes' }, [B]: { status: 'not-yet' } },
      },
    });
    expect(storedMarks()).toEqual([A, B]);
    expect(localStorage.getItem(V1_KEY)).toBeNull();
    store.dispose();
    expect(open().getSnapshot()).toMatchObject({
      notices: [],
      assessment: { marks: { [A]: { status: 'yes' }, [B]: { status: 'not-yet' } } },
    });
  });
});
