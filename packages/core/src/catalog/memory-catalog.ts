import type { Ladder } from '../types.js';
import { buildCatalogIndex } from './build-catalog-index.js';
import { CatalogError } from './catalog-error.js';
import type { Catalog, CatalogLoadOptions } from './types.js';

function unlessAborted<T>(options: CatalogLoadOptions | undefined, value: () => T): Promise<T> {
  const signal = options?.signal;
  if (signal?.aborted) return Promise.reject(signal.reason);
  try {
    return Promise.resolve(value());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * A catalog of ladders already in memory (bundled, or loaded by the host): its index is built
 * once, up front, so `peekIndex` and `peekLadder` answer at once and loads resolve on the next
 * microtask. An unknown id rejects with a `CatalogError` of kind `unknown-skill`. Throws, like
 * `buildCatalogIndex`, when two ladders share an id.
 *
 * @example
 * const catalog = createMemoryCatalog([mlPipelines, dataModelling]);
 * catalog.peekIndex()?.skills.length // 2
 * await catalog.loadLadder('ml-pipelines') // mlPipelines
 */
export function createMemoryCatalog(ladders: readonly Ladder[]): Catalog {
  const index = buildCatalogIndex(ladders);
  const byId = new Map(ladders.map((ladder) => [ladder.id, ladder]));
  const knownIds = index.skills.map((skill) => skill.id);
  return {
    peekIndex: () => index,
    loadIndex: (options) => unlessAborted(options, () => index),
    peekLadder: (id) => byId.get(id),
    loadLadder: (id, options) =>
      unlessAborted(options, () => {
        const ladder = byId.get(id);
        if (!ladder) throw new CatalogError({ kind: 'unknown-skill', skillId: id, knownIds });
        return ladder;
      }),
  };
}
