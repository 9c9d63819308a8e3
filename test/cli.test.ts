import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireBuilt } from './require-build';

// The project's own CI check of its sample catalog, with the built command as a platform team
// runs it: a real process, its exit code and its output.
const bin = requireBuilt('packages/cli/dist/bin.js');
const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'skill-ladder-cli-built-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
// `script` runs the command on a pseudo-terminal, as a person's shell does.
const hasScript = spawnSync('script', ['--version']).status === 0;
const onTerminal = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('script', ['-qec', [process.execPath, bin, ...args].join(' '), '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...env },
  });

describe('the built skill-ladder command', () => {
  it('validates the sample catalog: exit 0', () => {
    const result = cli([
      'validate',
      'samples/catalog/ladders/*.json',
      'samples/catalog/public/index.json',
    ]);
    expect(result.stderr).toBe('✔ 6 files checked, all valid.\n');
    expect(result.status).toBe(0);
  });

  it('exits 1 for a broken copy, naming file:line:column, path and message', () => {
    const text = readFileSync(join(root, 'samples/catalog/ladders/api-design.json'), 'utf8');
    const broken = join(scratch, 'api-design.json');
    writeFileSync(broken, text.replace('"requirement": "optional"', '"requirement": "maybe"'));
    const line = text.split('\n').findIndex((l) => l.includes('"requirement": "optional"')) + 1;
    const result = cli(['validate', broken, 'samples/catalog/ladders/code-review.json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^${broken}:${line}:\\d+  cells\\[\\d+\\]\\.requirement  cells\\[\\d+\\]\\.requirement must be `,
      ),
    );
    const json = cli(['validate', broken, '--format', 'json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({
      file: broken,
      line,
      path: expect.stringMatching(/requirement$/),
    });
  });

  it('exits 2 for a usage error', () => {
    const result = cli(['validate', '--format', 'xml', 'x.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("error: option '--format <format>' argument 'xml' is invalid");
  });

  it.skipIf(!hasScript)('colours on a terminal, not with NO_COLOR, not in a pipe', () => {
    const broken = join(scratch, 'empty.json');
    writeFileSync(broken, '{}');
    expect(onTerminal(['validate', broken]).stdout).toContain('\u001b[1m');
    expect(onTerminal(['validate', broken], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(cli(['validate', broken]).stdout).not.toContain('\u001b[');
  });

  it.skipIf(!hasScript)('shows a progress bar on a terminal for many files', () => {
    const many = join(scratch, 'many');
    const ladder = JSON.parse(
      readFileSync(join(root, 'samples/catalog/ladders/code-review.json'), 'utf8'),
    );
    cpSync(join(root, 'samples/catalog/ladders'), many, { recursive: true });
    for (let i = 0; i < 30; i += 1) {
      writeFileSync(join(many, `s${i}.json`), JSON.stringify({ ...ladder, id: `s${i}` }));
    }
    const result = onTerminal(['validate', many]);
    expect(result.stdout).toContain('35/35 files');
    expect(cli(['validate', many]).stderr).toBe('✔ 35 files checked, all valid.\n');
  });
});
