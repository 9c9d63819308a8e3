import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mlPipelines, parseLadder, type Ladder } from '@skill-ladder/core';
import { describe, expect, it } from 'vitest';
import { alignedMlPipelines } from '../../core/src/__fixtures__/ladder-aligned.js';
import { incidentResponse } from '../../core/src/__fixtures__/ladder-v2.js';
import { scratchFolder } from './__fixtures__/io.js';
import { checkFile } from './read-file.js';
import { writeLadder } from './write-ladder.js';

const scratch = scratchFolder('round-trip');
const samples = new URL('../../../samples/catalog/ladders/', import.meta.url).pathname;

const checked = (data: unknown): Ladder => {
  const result = parseLadder(data);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.ladder;
};

// Texts a spreadsheet would otherwise take for formulas, and the guard's own character.
const tricky: Ladder = {
  ...checked(mlPipelines),
  id: 'tricky',
  keywords: [],
  cells: mlPipelines.cells.map((cell, i) => ({
    ...cell,
    description: [
      '-starts with a minus',
      '+starts with a plus',
      '=starts with an equals sign',
      '@starts with an at sign',
      "'=already guarded by hand",
      "'an apostrophe",
      '=HYPERLINK("https://example.com","a link")',
      'a "quoted", comma, and\r\na line break',
      '\ttab first',
      'trailing space and a literal _x000D_ ',
    ][i % 10] as string,
  })),
};

const ladders: [string, Ladder][] = [
  ['ML Pipelines', checked(mlPipelines)],
  ['the v2 fixture (not-expected cells, translations, lang)', checked(incidentResponse)],
  ['ML Pipelines aligned to ESCO and O*NET (skill and roles)', checked(alignedMlPipelines)],
  ['descriptions that start with -, +, =, @ or an apostrophe, and no keywords', tricky],
  ...readdirSync(samples).map((name): [string, Ladder] => [
    `samples/catalog/ladders/${name}`,
    checked(JSON.parse(readFileSync(join(samples, name), 'utf8'))),
  ]),
];

describe('round trips through the spreadsheet shape', () => {
  describe.each(['csv', 'xlsx'] as const)('JSON → %s → JSON', (format) => {
    it.each(ladders)('gives the same ladder for %s', async (_name, ladder) => {
      const path = join(scratch, `${ladder.id}-${format}.${format}`);
      await writeLadder(ladder, path, format);
      const read = await checkFile(path);
      expect(read.problems).toEqual([]);
      expect(read.ladders).toEqual([ladder]);
      // Deep equality ignores key order; the JSON written back is the same text as well.
      await writeLadder(read.ladders[0] as Ladder, `${path}.json`, 'json');
      expect(readFileSync(`${path}.json`, 'utf8')).toBe(`${JSON.stringify(ladder, null, 2)}\n`);
    });
  });
});
