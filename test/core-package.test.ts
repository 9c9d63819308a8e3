import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from './require-build';

requireBuilt('packages/core/dist/index.js');
const corePackage = new URL('../packages/core', import.meta.url).pathname;
let consumer = '';

// A folder outside the workspace whose node_modules holds only the built core package,
// so plain Node resolves it through its `exports` map as an installed package.
beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'skill-ladder-consumer-'));
  mkdirSync(join(consumer, 'node_modules/@skill-ladder'), { recursive: true });
  symlinkSync(corePackage, join(consumer, 'node_modules/@skill-ladder/core'), 'dir');
});
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

const runInNode = (code: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: consumer,
    encoding: 'utf8',
  }).trim();

describe('the built @skill-ladder/core in plain Node (ESM)', () => {
  it('imports getSkill and derives the summary', () => {
    const out = runInNode(`
      import { getSkill, summarize } from '@skill-ladder/core';
      console.log(JSON.stringify(summarize(getSkill('ml-pipelines'))));
    `);
    expect(JSON.parse(out)).toEqual({
      roles: 6,
      levels: 5,
      required: 21,
      optional: 9,
      notExpected: 0,
    });
  });

  it('serves the CSV and Markdown writers from @skill-ladder/core/export', () => {
    const out = runInNode(`
      import { getSkill } from '@skill-ladder/core';
      import { toCsv, toMarkdown } from '@skill-ladder/core/export';
      const ladder = getSkill('ml-pipelines');
      console.log(toCsv(ladder).split('\\r\\n')[0]);
      console.log(toMarkdown(ladder, { level: 'lead' }).split('\\n')[0]);
    `);
    expect(out.split('\n')).toEqual([
      'skill,role,role_name,level,level_name,requirement,description',
      '# ML Pipelines',
    ]);
  });

  it('serves the catalog from @skill-ladder/core/catalog', () => {
    const out = runInNode(`
      import { getSkill } from '@skill-ladder/core';
      import { createMemoryCatalog, serializeCatalogIndex } from '@skill-ladder/core/catalog';
      const catalog = createMemoryCatalog([getSkill('ml-pipelines')]);
      console.log(JSON.parse(serializeCatalogIndex(catalog.peekIndex())).skills[0].requirements['ml-engineer'].join());
      catalog.loadLadder('nope').catch((error) => console.log(error.name, error.kind));
    `);
    expect(out.split('\n')).toEqual([
      'required,required,required,required,required',
      'CatalogError unknown-skill',
    ]);
  });

  it('publishes the JSON Schema by its package path', () => {
    const out = runInNode(`
      import { createRequire } from 'node:module';
      const schema = createRequire(import.meta.url)('@skill-ladder/core/ladder.schema.json');
      console.log(schema.title);
    `);
    expect(out).toBe('Skill ladder');
  });

  it('reports an unknown skill with the ids that exist', () => {
    const out = runInNode(`
      import { getSkill } from '@skill-ladder/core';
      try { getSkill('nope'); } catch (error) { console.log(error.name + ': ' + error.message); }
    `);
    expect(out).toBe(
      'UnknownSkillError: There is no skill ladder "nope". Known skill ids: "ml-pipelines".',
    );
  });
});
