import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../packages/core/src/catalog/index.js';
import { parseLadder, summarize } from '../packages/core/src/index.js';
import { generateLadders } from '../samples/large-catalog.js';

describe('generateLadders', () => {
  const ladders = generateLadders({ seed: 7 });

  it('makes 500 valid ladders of 8 roles × 6 levels by default, with unique ids', () => {
    expect(ladders).toHaveLength(500);
    expect(new Set(ladders.map((ladder) => ladder.id)).size).toBe(500);
    for (const ladder of ladders) {
      const result = parseLadder(JSON.parse(JSON.stringify(ladder)));
      expect(result.ok ? [] : result.errors, ladder.id).toEqual([]);
      expect([ladder.roles.length, ladder.levels.length, ladder.cells.length]).toEqual([8, 6, 48]);
    }
  });

  it('is the same for the same seed, and differs for another', () => {
    expect(generateLadders({ skills: 20, seed: 7 })).toEqual(ladders.slice(0, 20));
    expect(generateLadders({ skills: 20, seed: 8 })).not.toEqual(ladders.slice(0, 20));
  });

  it('varies domains, groups and names, has gaps and some Chinese translations', () => {
    expect(new Set(ladders.map((ladder) => ladder.domain)).size).toBe(8);
    expect(new Set(ladders.map((ladder) => ladder.group)).size).toBeGreaterThan(15);
    expect(new Set(ladders.map((ladder) => ladder.name)).size).toBe(500);
    const counts = ladders.map(summarize);
    expect(counts.filter((count) => count.notExpected > 0).length).toBeGreaterThan(100);
    expect(counts.filter((count) => count.optional > 0).length).toBeGreaterThan(100);
    const translated = ladders.filter((ladder) => ladder.translations?.['zh-CN']);
    expect(translated.length).toBeGreaterThan(30);
    expect(translated.length).toBeLessThan(120);
  });

  it('follows other sizes, and builds an index', () => {
    const small = generateLadders({ skills: 3, roles: 20, levels: 10, seed: 1 });
    expect(small.map((ladder) => [ladder.roles.length, ladder.levels.length])).toEqual([
      [20, 10],
      [20, 10],
      [20, 10],
    ]);
    for (const ladder of small) expect(parseLadder(ladder).ok).toBe(true);
    expect(buildCatalogIndex(ladders).skills).toHaveLength(500);
  });
});
