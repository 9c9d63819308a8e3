import type { Ladder } from '@skill-ladder/core';
import type { Catalog } from '@skill-ladder/core/catalog';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';

/** The ladders of many skills as they arrive: those loaded, and those that failed. */
export interface LadderLoads {
  readonly ladders: ReadonlyMap<string, Ladder>;
  readonly failed: ReadonlySet<string>;
}

interface Loaded extends LadderLoads {
  readonly catalog: Catalog;
  readonly ids: readonly string[];
}

// Results are shown once per frame: with hundreds of ladders arriving, one render per ladder
// would keep the page busy. A hidden page has no frames, so a timer stands in.
const nextFrame = (callback: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
    const frame = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(frame);
  }
  const timer = setTimeout(callback, 16);
  return () => clearTimeout(timer);
};

/**
 * Loads the ladders of `ids` from `catalog`, never more than `concurrency` at once, in the
 * order given; those the catalog already has are there at once. Loads stop (aborted) when the
 * catalog or the ids change, or on unmount. `ids` must keep its identity between renders.
 * `retry` loads again the ladders that failed, and only those: the catalog keeps what loaded.
 */
export function useLadders(
  catalog: Catalog,
  ids: readonly string[],
  concurrency: number,
): LadderLoads & { readonly retry: () => void } {
  const peeked = useMemo((): Loaded => {
    const ladders = new Map<string, Ladder>();
    for (const id of ids) {
      const ladder = catalog.peekLadder(id);
      if (ladder) ladders.set(id, ladder);
    }
    return { catalog, ids, ladders, failed: new Set() };
  }, [catalog, ids]);
  const [loaded, setLoaded] = useState<Loaded>(peeked);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    // The failed ones show as loading again at once, not when the first of them arrives.
    setLoaded((shown) => ({ ...shown, failed: new Set() }));
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    // Asked again on a retry: what loaded since the first look is the catalog's to give.
    const ladders = new Map(peeked.ladders);
    for (const id of ids) {
      const ladder = ladders.has(id) ? undefined : catalog.peekLadder(id);
      if (ladder) ladders.set(id, ladder);
    }
    const failed = new Set<string>();
    const queue = ids.filter((id) => !ladders.has(id));
    let cancelFlush: (() => void) | undefined;
    const flush = () => {
      cancelFlush = undefined;
      const shown = { catalog, ids, ladders: new Map(ladders), failed: new Set(failed) };
      startTransition(() => setLoaded(shown));
    };
    let next = 0;
    const worker = async () => {
      while (next < queue.length && !signal.aborted) {
        const id = queue[next] as string;
        next += 1;
        try {
          ladders.set(id, await catalog.loadLadder(id, { signal }));
        } catch {
          if (signal.aborted) return;
          failed.add(id);
        }
        cancelFlush ??= nextFrame(flush);
      }
    };
    const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, queue.length));
    for (let i = 0; i < workers && queue.length > 0; i += 1) void worker();
    return () => {
      controller.abort();
      cancelFlush?.();
    };
    // `attempt` is read so that a retry runs this again.
  }, [catalog, ids, concurrency, peeked, attempt]);

  const shown = loaded.catalog === catalog && loaded.ids === ids ? loaded : peeked;
  return { ladders: shown.ladders, failed: shown.failed, retry };
}
