import type { AssessmentStorage } from '../types.js';

/**
 * One origin's storage shared by several tabs, in memory: each `tab()` is an `AssessmentStorage`
 * whose `subscribe` hears the writes of the other tabs only, as the browser's `storage` event
 * does. `async` tabs answer on a later microtask; `hold()` keeps every answer until released.
 */
export function fakeOrigin(options: { async?: boolean } = {}) {
  const values = new Map<string, string>();
  const listeners = new Set<{ tab: number; key: string; onChange: () => void }>();
  const writes: { key: string; value: string }[] = [];
  let held: (() => void)[] | undefined;
  let tabs = 0;

  const answer = <T>(work: () => T): T | Promise<T> => {
    if (!options.async) return work();
    return new Promise<T>((resolve, reject) => {
      const run = () => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      };
      if (held) held.push(run);
      else queueMicrotask(run);
    });
  };

  function changed(writer: number, key: string) {
    for (const listener of [...listeners]) {
      if (listener.tab !== writer && listener.key === key) listener.onChange();
    }
  }

  return {
    values,
    writes,
    listening: () => listeners.size,
    hold() {
      held = [];
    },
    release() {
      const queue = held ?? [];
      held = undefined;
      for (const run of queue) run();
    },
    tab(faults: Partial<Record<'get' | 'set' | 'remove', () => Error | undefined>> = {}) {
      const tab = ++tabs;
      const storage: AssessmentStorage = {
        get: (key) =>
          answer(() => {
            const fault = faults.get?.();
            if (fault) throw fault;
            return values.get(key) ?? null;
          }),
        set: (key, value) =>
          answer(() => {
            const fault = faults.set?.();
            if (fault) throw fault;
            values.set(key, value);
            writes.push({ key, value });
            changed(tab, key);
          }),
        remove: (key) =>
          answer(() => {
            const fault = faults.remove?.();
            if (fault) throw fault;
            values.delete(key);
            changed(tab, key);
          }),
        subscribe(key, onChange) {
          const listener = { tab, key, onChange };
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
      return storage;
    },
  };
}
