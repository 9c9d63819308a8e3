import type { AssessmentStorage } from './types.js';

const PREFIX = 'skill-ladder:assessment';

/**
 * The storage key of a ladder's assessment: namespaced, and versioned by format, so that two
 * ladders on one site, or two format versions, never read each other's data.
 *
 * @example
 * assessmentKey('ml-pipelines') // 'skill-ladder:assessment:v2:ml-pipelines'
 */
export function assessmentKey(ladder: string): string {
  return `${PREFIX}:v2:${ladder}`;
}

/** Where the checklist's first format (version 1) kept a ladder's ticks: read, then migrated. */
export function legacyAssessmentKey(ladder: string): string {
  return `${PREFIX}:v1:${ladder}`;
}

/** Where an unreadable stored value is kept before starting fresh. */
export function backupKey(key: string, time: number): string {
  const date = new Date(time);
  return `${key}:backup:${Number.isNaN(date.getTime()) ? time : date.toISOString()}`;
}

// A browser page, where `localStorage` and its `storage` event live; not a server or a worker.
const platformWindow = () => (globalThis as { window?: Window }).window;

// The `storage` event fires in the other pages of a site only: two stores of one page (two
// ladders' widgets on the same ladder) hear each other through this.
const pageListeners = /* @__PURE__ */ new Set<{
  readonly key: string;
  readonly onChange: () => void;
}>();

function changedHere(key: string) {
  for (const listener of [...pageListeners]) if (listener.key === key) listener.onChange();
}

/**
 * The browser's `localStorage` as an `AssessmentStorage`, the default of
 * `createAssessmentStore`. Nothing is touched until it is used; what `localStorage` throws
 * (a `SecurityError` where storage is blocked, a `QuotaExceededError` when it is full) is
 * thrown by `get`, `set` and `remove`, for the store to turn into a notice. `subscribe` hears
 * the `storage` event, which the browser fires for writes made by other tabs of the same site,
 * and the writes of other stores of the same page.
 *
 * @example
 * const store = createAssessmentStore({ ladder: 'ml-pipelines', storage: localAssessmentStorage() });
 */
export function localAssessmentStorage(): AssessmentStorage {
  const local = (): Storage => {
    const host = platformWindow();
    if (!host) throw new TypeError('localStorage is available in a browser only.');
    return host.localStorage;
  };
  return {
    get: (key) => local().getItem(key),
    set(key, value) {
      local().setItem(key, value);
      changedHere(key);
    },
    remove(key) {
      local().removeItem(key);
      changedHere(key);
    },
    subscribe(key, onChange) {
      const host = platformWindow();
      if (!host) return () => {};
      // `key` is null when another tab called `localStorage.clear()`.
      const listener = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange();
      };
      const here = { key, onChange };
      host.addEventListener('storage', listener);
      pageListeners.add(here);
      return () => {
        host.removeEventListener('storage', listener);
        pageListeners.delete(here);
      };
    },
  };
}

/** `localStorage` in a browser; on a server (no `window`), nothing: memory only, no notice. */
export function defaultAssessmentStorage(): AssessmentStorage | null {
  return platformWindow() ? localAssessmentStorage() : null;
}

/** A write refused for lack of room, as browsers name it. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}
