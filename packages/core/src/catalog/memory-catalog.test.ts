import { describe, expect, it } from 'vitest';
import { mlPipelines } from '../ladders/ml-pipelines.js';
import { ladders, onCall } from './__fixtures__/ladders.js';
import { buildCatalogIndex } from './build-catalog-index.js';
import { CatalogError } from './catalog-error.js';
import { createMemoryCatalog } from './memory-catalog.js';

describe('createMemoryCatalog', () => {
  it('answers peeks at once, with the index built from the ladders', () => {
    const catalog = createMemoryCatalog(ladders);
    expect(catalog.peekIndex()).toEqual(buildCatalogIndex(ladders));
    expect(catalog.peekLadder('on-call')).toBe(onCall);
    expect(catalog.peekLadder('nope')).toBeUndefined();
  });

  it('resolves loads with the same objects', async () => {
    const catalog = createMemoryCatalog(ladders);
    await expect(catalog.loadIndex()).resolves.toBe(catalog.peekIndex());
    await expect(catalog.loadLadder('ml-pipelines')).resolves.toBe(mlPipelines);
  });

  it('rejects an unknown id with a CatalogError that lists the known ids', async () => {
    const error = await createMemoryCatalog(ladders)
      .loadLadder('ml-pipeline')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).details).toEqual({
      kind: 'unknown-skill',
      skillId: 'ml-pipeline',
      knownIds: ['ml-pipelines', 'on-call'],
    });
    expect((error as CatalogError).message).toBe(
      'There is no skill "ml-pipeline" in this catalog. Known skill ids: "ml-pipelines", "on-call".',
    );
  });

  it('rejects with the reason of a signal that is already aborted', async () => {
    const catalog = createMemoryCatalog(ladders);
    const reason = new DOMException('Left the page', 'AbortError');
    await expect(catalog.loadLadder('on-call', { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
    await expect(catalog.loadIndex({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('throws when two ladders share an id', () => {
    expect(() => createMemoryCatalog([onCall, onCall])).toThrow(/skill id "on-call"/);
  });
});
