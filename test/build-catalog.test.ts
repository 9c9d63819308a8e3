import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBuilt } from './require-build';

requireBuilt('packages/cli/dist/index.js');
const root = new URL('..', import.meta.url).pathname;
const script = join(root, 'scripts/build-catalog.mjs');
const sample = join(root, 'samples/catalog');
const scratch = mkdtempSync(join(tmpdir(), 'skill-ladder-catalog-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(scratch, 'ladders-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
const listing = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const sampleLadder = (id: string) =>
  JSON.parse(readFileSync(join(sample, `ladders/${id}.json`), 'utf8')) as Record<string, unknown>;

describe('scripts/build-catalog.mjs', () => {
  it('builds the sample catalog exactly as committed in samples/catalog/public', () => {
    const out = join(scratch, 'public');
    execFileSync(process.execPath, [script, join(sample, 'ladders'), out], { cwd: root });
    expect(
      listing(out),
      'samples/catalog/public is out of date: run node scripts/build-catalog.mjs samples/catalog/ladders samples/catalog/public',
    ).toEqual(listing(join(sample, 'public')));
  });

  it('writes an index of every skill and one checked ladder per skill, without $schema', () => {
    const out = join(scratch, 'checked');
    expect(run(join(sample, 'ladders'), out).status).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.format).toBe('skill-ladder-catalog');
    expect(index.skills.map((skill: { id: string }) => skill.id)).toEqual([
      'api-design',
      'code-review',
      'dashboard-design',
      'data-modelling',
      'incident-response',
    ]);
    const written = JSON.parse(readFileSync(join(out, 'api-design.json'), 'utf8'));
    const { $schema, ...source } = sampleLadder('api-design');
    expect($schema).toBeDefined();
    expect(written).toEqual(source);
  });

  it('exports the same ladders, checked, from samples/catalog/sample-ladders.ts', async () => {
    const { sampleLadders } = await import('../samples/catalog/sample-ladders.js');
    const index = JSON.parse(readFileSync(join(sample, 'public/index.json'), 'utf8'));
    expect(sampleLadders.map((ladder) => ladder.id)).toEqual(
      index.skills.map((skill: { id: string }) => skill.id),
    );
    for (const ladder of sampleLadders) {
      expect(ladder).toEqual(
        JSON.parse(readFileSync(join(sample, `public/${ladder.id}.json`), 'utf8')),
      );
    }
  });

  it('gives an id that is not a safe file name its own file, named in the index', () => {
    const ladder = { ...sampleLadder('code-review'), id: 'code review/2026' };
    const out = join(scratch, 'odd-id');
    expect(run(folder({ 'a.json': JSON.stringify(ladder) }), out).status).toBe(0);
    const [entry] = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).skills;
    expect(entry.file).toMatch(/^code-review-2026-[0-9a-f]{8}\.json$/);
    expect(JSON.parse(readFileSync(join(out, entry.file), 'utf8')).id).toBe('code review/2026');
  });

  it('removes the files of skills that are gone from an earlier build', () => {
    const out = join(scratch, 'rebuilt');
    cpSync(join(sample, 'public'), out, { recursive: true });
    const one = folder({ 'x.json': JSON.stringify(sampleLadder('data-modelling')) });
    expect(run(one, out).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['data-modelling.json', 'index.json']);
  });

  it('prints every problem as file:line:column  path  message, writes nothing and exits 1', () => {
    const broken = { ...sampleLadder('api-design'), updated: '2026-13-01', keywords: 'REST' };
    const dir = folder({
      'a.json': JSON.stringify(broken),
      'b.json': '{ "id": "x", }',
      'c.json': JSON.stringify(sampleLadder('code-review')),
      'd.json': JSON.stringify(sampleLadder('code-review')),
    });
    const out = join(scratch, 'never');
    const result = run(dir, out);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/a\.json:1:\d+ {2}keywords {2}keywords must be a list of strings/);
    expect(lines[1]).toMatch(/a\.json:1:\d+ {2}updated {2}updated is not a real calendar date/);
    expect(lines[2]).toMatch(/b\.json:1:14 {2}\(file\) {2}The file is not valid JSON: /);
    expect(lines[3]).toMatch(
      /d\.json:1:\d+ {2}id {2}The skill id "code-review" is already used by .*c\.json/,
    );
    expect(result.stderr).toContain('4 problems; nothing was written');
    expect(() => readdirSync(out)).toThrow();
  });

  it('says how to call it', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'Usage: node scripts/build-catalog.mjs <ladders-dir> <out-dir>',
    );
  });
});
