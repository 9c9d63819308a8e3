import { execFile } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { packInto } from './pack';

const repo = new URL('../..', import.meta.url).pathname;
const samples = join(repo, 'samples/catalog/ladders');
// pnpm pack ships what is built: without dist, the tarballs would install but hold no code.
requireBuilt('packages/core/dist/index.js');
requireBuilt('packages/cli/dist/bin.js');

let app = '';

// What `npx @skill-ladder/cli …` runs once the package is published: the packed tarball (and
// core's, which it depends on), installed with npm outside the workspace.
const npx = async (args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['--no', '--', 'skill-ladder', ...args],
      {
        cwd: app,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
};

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'skill-ladder-cli-package-'));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'platform-team',
      private: true,
      dependencies: packInto(app, ['core', 'cli']),
    }),
  );
  await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
    env: { ...process.env, CI: 'true' },
  });
}, 600_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('the packed @skill-ladder/cli, installed with npm', () => {
  it('ships only dist, its README, license and changelog', () => {
    const installed = join(app, 'node_modules/@skill-ladder/cli');
    expect(readdirSync(installed).sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
    ]);
    expect(readdirSync(join(installed, 'dist')).some((f) => f.endsWith('.test.js'))).toBe(false);
    const tgz = readdirSync(app).find((f) => f.startsWith('skill-ladder-cli-')) ?? '';
    console.log(`packed @skill-ladder/cli: ${statSync(join(app, tgz)).size} bytes`);
  });

  it('runs as npx skill-ladder: version, validate, convert, catalog', async () => {
    const { version } = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8'));
    expect((await npx(['--version'])).stdout).toBe(`${version}\n`);
    const valid = await npx(['validate', join(samples, '*.json')]);
    expect(valid).toMatchObject({ code: 0, stderr: '✔ 5 files checked, all valid.\n' });
    writeFileSync(join(app, 'broken.json'), '{"id": 1}');
    const invalid = await npx(['validate', 'broken.json', '--format', 'json']);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout)[0]).toMatchObject({
      file: 'broken.json',
      line: 1,
      column: 8,
      path: 'id',
    });

    const source = join(samples, 'incident-response.json');
    for (const out of ['ir.xlsx', 'ir.csv', 'ir.md', 'ir.jsonld']) {
      expect((await npx(['convert', source, out])).code).toBe(0);
    }
    expect((await npx(['convert', 'ir.xlsx', 'back.json'])).code).toBe(0);
    const { $schema, ...ladder } = JSON.parse(readFileSync(source, 'utf8'));
    expect($schema).toBeDefined();
    expect(JSON.parse(readFileSync(join(app, 'back.json'), 'utf8'))).toEqual(ladder);
    expect(
      JSON.parse(readFileSync(join(app, 'ir.jsonld'), 'utf8'))['@graph'].length,
    ).toBeGreaterThan(1);

    const catalog = await npx(['catalog', samples, '--out', 'public']);
    expect(catalog).toMatchObject({
      code: 0,
      stderr: 'Wrote 5 skills and index.json to public.\n',
    });
    expect(readFileSync(join(app, 'public/index.json'), 'utf8')).toBe(
      readFileSync(join(repo, 'samples/catalog/public/index.json'), 'utf8'),
    );
  });

  it("builds a catalog from a spreadsheet that the components' HTTP loader reads", async () => {
    const noFolder = await npx(['convert', join(samples, 'api-design.json'), 'sheets/api.xlsx']);
    expect(noFolder).toMatchObject({
      code: 1,
      stderr: 'sheets/api.xlsx could not be written: its folder does not exist.\n',
    });
    mkdirSync(join(app, 'sheets'));
    expect((await npx(['convert', join(samples, 'api-design.json'), 'sheets/api.xlsx'])).code).toBe(
      0,
    );
    expect(
      (await npx(['convert', join(samples, 'code-review.json'), 'sheets/review.csv'])).code,
    ).toBe(0);
    expect((await npx(['catalog', 'sheets', '--out', 'served'])).code).toBe(0);
    const server = await serveStatic(join(app, 'served'));
    try {
      // The loader SkillCatalog, RoleProfile and SkillLadder use, from the installed core.
      const core = pathToFileURL(
        join(app, 'node_modules/@skill-ladder/core/dist/catalog/index.js'),
      );
      const { createHttpCatalog } = await import(core.href);
      const catalog = createHttpCatalog(`${server.url}/index.json`);
      const index = await catalog.loadIndex();
      expect(index.skills.map((skill: { id: string }) => skill.id)).toEqual([
        'api-design',
        'code-review',
      ]);
      const { $schema, ...ladder } = JSON.parse(
        readFileSync(join(samples, 'code-review.json'), 'utf8'),
      );
      expect($schema).toBeDefined();
      expect(await catalog.loadLadder('code-review')).toEqual(ladder);
    } finally {
      await server.close();
    }
  });
});
