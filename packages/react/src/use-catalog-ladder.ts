import type { Ladder } from '@skill-ladder/core';
import type { Catalog } from '@skill-ladder/core/catalog';
import { useEffect } from 'react';
import { writeUrlState } from './url-state.js';
import { useCatalogLoad, type CatalogLoad } from './use-catalog-load.js';

/** A catalog to load `skill` from, instead of the built-in ladders. */
export interface CatalogSourceProps {
  /**
   * Where `skill` is loaded from (`createHttpCatalog`, `createMemoryCatalog`): a loading state
   * while it loads, an error panel with Retry if it fails. A ladder the catalog already has
   * shows at once, as in a server render that loaded it first. With `syncWithUrl`, the skill
   * goes into the query string too (`?skill=…`). With a catalog, `skill` is loaded from it and
   * a `ladder` prop is ignored: the catalog wins. Create the catalog once (at module scope, or
   * `useState(() => createHttpCatalog(…))`), never inline in render: a new catalog is a new
   * source, so the ladder would load again on every render.
   */
  catalog?: Catalog;
}

const peek = (catalog: Catalog, id: string) => catalog.peekLadder(id);
const load = (catalog: Catalog, id: string, signal: AbortSignal) =>
  catalog.loadLadder(id, { signal });

/** The ladder of `skill` from `catalog`, or `undefined` without a catalog. */
export function useCatalogLadder(
  catalog: Catalog | undefined,
  skill: string | undefined,
  syncWithUrl: boolean | undefined,
): CatalogLoad<Ladder> | undefined {
  const id = catalog ? (skill ?? '') : undefined;
  useEffect(() => {
    if (syncWithUrl && id) writeUrlState('skill', id);
  }, [syncWithUrl, id]);
  return useCatalogLoad(catalog, id, peek, load);
}
