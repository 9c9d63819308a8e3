import type { Catalog } from '@skill-ladder/core/catalog';
import { useCallback, useEffect, useState } from 'react';

/** Where a load from a catalog stands; `retry` loads again after a failure. */
export type CatalogLoad<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown; readonly retry: () => void };

interface Settled<T> {
  readonly catalog: Catalog;
  readonly id: string;
  readonly attempt: number;
  readonly outcome: { readonly value: T } | { readonly error: unknown };
}

/**
 * One thing from a catalog (its index, or a ladder by id): what `peek` has at once, so that a
 * server render or a cached load shows without a loading state, else loaded in an effect. A
 * load whose catalog or id has changed since is aborted, and its result is never shown.
 * `peek` and `load` must be stable (module-level functions).
 */
export function useCatalogLoad<T>(
  catalog: Catalog | undefined,
  id: string | undefined,
  peek: (catalog: Catalog, id: string) => T | undefined,
  load: (catalog: Catalog, id: string, signal: AbortSignal) => Promise<T>,
): CatalogLoad<T> | undefined {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();
  const peeked = catalog && id !== undefined ? peek(catalog, id) : undefined;
  const wanted = peeked === undefined ? catalog : undefined;
  useEffect(() => {
    if (!wanted || id === undefined) return;
    const controller = new AbortController();
    const settle = (outcome: Settled<T>['outcome']) => {
      if (!controller.signal.aborted) setSettled({ catalog: wanted, id, attempt, outcome });
    };
    load(wanted, id, controller.signal).then(
      (value) => settle({ value }),
      (error: unknown) => settle({ error }),
    );
    return () => controller.abort();
  }, [wanted, id, attempt, load]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (!catalog || id === undefined) return undefined;
  if (peeked !== undefined) return { status: 'ready', value: peeked };
  // Only the outcome of this very catalog, id and attempt counts: an older one is stale.
  if (settled?.catalog !== catalog || settled.id !== id || settled.attempt !== attempt) {
    return { status: 'loading' };
  }
  const { outcome } = settled;
  return 'error' in outcome
    ? { status: 'error', error: outcome.error, retry }
    : { status: 'ready', value: outcome.value };
}
