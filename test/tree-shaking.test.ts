import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBuilt } from './require-build';

requireBuilt('packages/core/dist/index.js');
const reactEntry = requireBuilt('packages/react/dist/index.js');

// Bundles an entry the way a host's bundler would, against the built packages (dist).
const scratch = mkdtempSync(join(tmpdir(), 'skill-ladder-shake-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function bundle(code: string): Promise<string> {
  const entry = join(scratch, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(entry, code);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    minify: false,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    nodePaths: [new URL('../node_modules', import.meta.url).pathname],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('unused code is left out of a host’s bundle', () => {
  it('importing only summarize from core leaves out the data, the validator and the messages', async () => {
    const code = await bundle(
      `import { summarize } from '@skill-ladder/core'; console.log(summarize);`,
    );
    expect(code).toContain('function summarize');
    expect(code).not.toContain('must be a string'); // the validator
    expect(code).not.toContain('Skill profile'); // the English messages
    expect(code).not.toContain('技能档案'); // the Chinese messages
    expect(code).not.toContain('Kubeflow'); // the ML Pipelines data
  });

  it('everything from core’s main entry still leaves out the export writers', async () => {
    const code = await bundle(`import * as core from '@skill-ladder/core'; console.log(core);`);
    expect(code).toContain('function parseLadder');
    expect(code).not.toContain('role_name'); // the CSV header
    expect(code).not.toContain('function toMarkdown');
  });

  it('core’s main entry leaves out the catalog, and the memory catalog leaves out HTTP and parsing', async () => {
    const main = await bundle(`import * as core from '@skill-ladder/core'; console.log(core);`);
    expect(main).not.toContain('skill-ladder-catalog');
    expect(main).not.toContain('function buildCatalogIndex');
    const memory = await bundle(
      `import { createMemoryCatalog } from '@skill-ladder/core/catalog'; console.log(createMemoryCatalog);`,
    );
    expect(memory).toContain('function buildCatalogIndex');
    expect(memory).not.toContain('function createHttpCatalog');
    expect(memory).not.toContain('function parseCatalogIndex');
    expect(memory).not.toContain('function parseLadder');
  });

  it('importing only LevelSelector leaves out the matrix, the table, the cards and Radix Tooltip', async () => {
    const code = await bundle(
      `import { LevelSelector } from '@skill-ladder/react'; console.log(LevelSelector);`,
    );
    expect(code).toContain('level-tab');
    expect(code).not.toContain('matrix-description');
    expect(code).not.toContain('comparison-row');
    expect(code).not.toContain('promotion-card');
    expect(code).not.toContain('TooltipProvider');
  });

  it('importing SkillLadder keeps every part (the checks above can see them)', async () => {
    const code = await bundle(
      `import { SkillLadder } from '@skill-ladder/react'; console.log(SkillLadder);`,
    );
    for (const marker of [
      'matrix-description',
      'comparison-row',
      'promotion-card',
      'TooltipProvider',
      'must be a string',
    ]) {
      expect(code).toContain(marker);
    }
  });

  it('importing SkillLadder leaves out the catalog parts, the HTTP catalog and the index parser', async () => {
    const code = await bundle(
      `import { SkillLadder } from '@skill-ladder/react'; console.log(SkillLadder);`,
    );
    expect(code).not.toContain('catalog-skill'); // SkillCatalog's items
    expect(code).not.toContain('role-profile-row'); // RoleProfile's rows
    expect(code).not.toContain('function searchCatalog');
    expect(code).not.toContain('function createHttpCatalog');
    expect(code).not.toContain('function parseCatalogIndex');
    const parts = await bundle(
      `import { SkillCatalog, RoleProfile } from '@skill-ladder/react/catalog'; console.log(SkillCatalog, RoleProfile);`,
    );
    expect(parts).toContain('catalog-skill');
    expect(parts).toContain('role-profile-row');
  });

  it('keeps the entry’s use client directive in the built package', async () => {
    const entry = readFileSync(reactEntry, 'utf8');
    expect(entry.startsWith('"use client";') || entry.startsWith("'use client';")).toBe(true);
  });
});
