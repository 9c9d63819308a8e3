import type { Ladder } from '@skill-ladder/core';
import {
  buildCatalogIndex,
  CatalogError,
  type Catalog,
  type CatalogIndex,
  type CatalogLoadOptions,
} from '@skill-ladder/core/catalog';

interface Pending<T> {
  readonly id: string;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  readonly value: T;
}

/**
 * A catalog whose loads settle only when a test says so, in any order: for loading states,
 * out-of-order responses, aborts and the concurrency limit. Like a real catalog it caches what
 * loaded and nothing that failed.
 */
export function controllableCatalog(ladders: readonly Ladder[], { indexLoaded = true } = {}) {
  const index: CatalogIndex = buildCatalogIndex(ladders);
  const byId = new Map(ladders.map((ladder) => [ladder.id, ladder]));
  const cache = new Map<string, Ladder>();
  let haveIndex = indexLoaded;
  const pending: Pending<unknown>[] = [];
  const stats = { inFlight: 0, maxInFlight: 0, calls: [] as string[], aborted: [] as string[] };

  function deferred<T>(
    id: string,
    value: T,
    options: CatalogLoadOptions | undefined,
    onLoad: () => void,
  ) {
    return new Promise<T>((resolve, reject) => {
      const signal = options?.signal;
      if (signal?.aborted) return reject(signal.reason);
      stats.calls.push(id);
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      const entry: Pending<T> = {
        id,
        value,
        resolve: () => {
          finish();
          onLoad();
          resolve(value);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
      };
      const onAbort = () => {
        stats.aborted.push(id);
        finish();
        reject(signal?.reason);
      };
      function finish() {
        const at = pending.indexOf(entry as Pending<unknown>);
        if (at !== -1) pending.splice(at, 1);
        stats.inFlight -= 1;
        signal?.removeEventListener('abort', onAbort);
      }
      signal?.addEventListener('abort', onAbort);
      pending.push(entry as Pending<unknown>);
    });
  }

  const catalog: Catalog = {
    peekIndex: () => (haveIndex ? index : undefined),
    loadIndex: (options) =>
      haveIndex
        ? Promise.resolve(index)
        : deferred('index.json', index, options, () => (haveIndex = true)),
    peekLadder: (id) => cache.get(id),
    loadLadder(id, options) {
      const ladder = byId.get(id);
      if (!ladder) {
        return Promise.reject(
          new CatalogError({ kind: 'unknown-skill', skillId: id, knownIds: [...byId.keys()] }),
        );
      }
      return deferred(id, ladder, options, () => cache.set(id, ladder));
    },
  };

  const find = (id: string) => {
    const entry = pending.find((p) => p.id === id);
    if (!entry)
      throw new Error(
        `no pending load of "${id}" (pending: ${pending.map((p) => p.id).join(', ')})`,
      );
    return entry;
  };
  return {
    catalog,
    index,
    stats,
    /** The ids whose loads are waiting, oldest first. */
    pending: () => pending.map((p) => p.id),
    resolve: (id: string) => find(id).resolve(),
    fail: (id: string, status = 404) =>
      find(id).reject(
        new CatalogError({ kind: 'http-status', url: `/catalog/${id}.json`, status }),
      ),
  };
}
