import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mlPipelines, parseLadder } from '@skill-ladder/core';
import { parseCatalogIndex } from '@skill-ladder/core/catalog';
import { describe, expect, it } from 'vitest';
import { run, scratchFolder } from './__fixtures__/io.js';

const scratch = scratchFolder('main');
const repo = new URL('../../../', import.meta.url).pathname;
const samples = join(repo, 'samples/catalog/ladders');
const sample = (id: string) =>
  JSON.parse(readFileSync(join(samples, `${id}.json`), 'utf8')) as Record<string, unknown>;
let n = 0;
const folder = (files: Record<string, string> = {}) => {
  n += 1;
  const dir = join(scratch, `case-${n}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
const listing = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('skill-ladder validate', () => {
  it('exits 0 for valid files and says so', async () => {
    const result = await run(['validate', '*.json'], { cwd: samples });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe('✔ 5 files checked, all valid.\n');
  });

  it('reads a JSON file saved with a byte order mark', async () => {
    const text = readFileSync(join(samples, 'api-design.json'), 'utf8');
    const dir = folder({ 'api.json': `\uFEFF${text}` });
    expect(await run(['validate', 'api.json'], { cwd: dir })).toMatchObject({ code: 0 });
  });

  it('prints every problem as file:line:column  path  message, and exits 1', async () => {
    const text = JSON.stringify({ ...sample('api-design'), updated: '2026-13-01' }, null, 2)
      .replace('"junior",', '"junior", "x": 1,')
      .replace(/"level": "senior"/, '"level": "seniour"');
    const dir = folder({ 'api.json': text, 'ok.json': JSON.stringify(sample('code-review')) });
    const result = await run(['validate', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const position = (needle: string) => {
      const line = text.split('\n').findIndex((l) => l.includes(needle));
      return `${line + 1}:${(text.split('\n')[line] ?? '').indexOf(needle) + 1}`;
    };
    expect(lines, result.stdout).toHaveLength(4);
    expect(lines[0]).toBe(
      `api.json:${position('"2026-13-01"')}  updated  updated is not a real calendar date: "2026-13-01".`,
    );
    // An unknown field is shown at its value: `"x": 1`, column of the 1.
    const [line, column] = position('"x": 1').split(':').map(Number);
    expect(lines[1]).toMatch(
      new RegExp(`^api\\.json:${line}:${(column ?? 0) + 5}  levels\\[0\\]\\.x  `),
    );
    expect(lines[2]).toMatch(
      new RegExp(`^api\\.json:${position('"seniour"')}  cells\\[\\d+\\]\\.level  .*"seniour"`),
    );
    expect(lines[3]).toMatch(
      /^api\.json:\d+:\d+ {2}cells {2}cells has no cell for role "backend-engineer" at level "senior"/,
    );
    expect(result.stderr).toBe('✖ 4 problems in 1 file of 2 checked.\n');
  });

  it('gives the position of a JSON syntax error', async () => {
    const dir = folder({ 'b.json': '{\n  "id": "x",\n}' });
    const result = await run(['validate', 'b.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^b\.json:3:1 {2}\(file\) {2}The file is not valid JSON: /);
  });

  it('prints an array of { file, line, column, path, message } with --format json', async () => {
    const dir = folder({ 'a.json': JSON.stringify({ ...sample('api-design'), keywords: 'REST' }) });
    const result = await run(['validate', 'a.json', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: 'a.json',
        line: 1,
        column: expect.any(Number),
        path: 'keywords',
        message: 'keywords must be a list of strings, but it is "REST".',
      },
    ]);
    expect(result.stderr).toBe('');
  });

  it("checks a catalog's index.json and CSV and xlsx ladders", async () => {
    const dir = folder();
    cpSync(join(repo, 'samples/catalog/public'), join(dir, 'public'), { recursive: true });
    await run(['convert', join(samples, 'api-design.json'), 'api.csv'], { cwd: dir });
    await run(['convert', join(samples, 'api-design.json'), 'api.xlsx'], { cwd: dir });
    expect(
      (await run(['validate', 'public/index.json', 'api.csv', 'api.xlsx'], { cwd: dir })).code,
    ).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, 'public/index.json'), 'utf8'));
    index.skills[1].requirements = {};
    writeFileSync(join(dir, 'public/index.json'), JSON.stringify(index, null, 2));
    const result = await run(['validate', 'public/index.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^public\/index\.json:\d+:\d+ {2}skills\[1\]\.requirements/);
  });

  it('exits 2 for a usage error: no files, an unknown option, a glob that matches nothing, a file that is not there', async () => {
    expect((await run(['validate'], { cwd: samples })).code).toBe(2);
    const missing = await run(['validate', 'api-design.json', 'nope.json'], { cwd: samples });
    expect(missing).toMatchObject({ code: 2, stderr: 'nope.json does not exist.\n' });
    const notThere = await run(['convert', 'nope.csv', 'out.json'], { cwd: samples });
    expect(notThere).toMatchObject({ code: 2, stderr: 'nope.csv does not exist.\n' });
    expect((await run(['validate', 'x.json', '--format', 'xml'], { cwd: samples })).code).toBe(2);
    const none = await run(['validate', 'nothing/**/*.json'], { cwd: samples });
    expect(none).toMatchObject({ code: 2, stderr: 'No file matches nothing/**/*.json.\n' });
    expect((await run([], { cwd: samples })).code).toBe(2);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const dir = folder({ 'a.json': '{}' });
    const plain = await run(['validate', 'a.json'], { cwd: dir });
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await run(['validate', 'a.json'], { cwd: dir, tty: true });
    expect(tty.stdout).toContain('\u001b[1ma.json:1:1\u001b[22m');
    const noColor = await run(['validate', 'a.json'], {
      cwd: dir,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
    expect(noColor.stdout.split('\n')[0]).toBe(plain.stdout.split('\n')[0]);
  });

  it('shows a progress bar on a terminal for many files only', async () => {
    const dir = folder(
      Object.fromEntries(
        Array.from({ length: 25 }, (_, i) => [
          `s${i}.json`,
          JSON.stringify({ ...sample('code-review'), id: `s${i}` }),
        ]),
      ),
    );
    const tty = await run(['validate', '.'], { cwd: dir, tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('25/25 files');
    const piped = await run(['validate', '.'], { cwd: dir });
    expect(piped.stderr).toBe('✔ 25 files checked, all valid.\n');
    const few = await run(['validate', 's1.json', 's2.json'], { cwd: dir, tty: true });
    expect(few.stderr).not.toContain('files\u001b');
    expect(few.stderr).not.toContain('/2 files');
  });
});

describe('skill-ladder convert', () => {
  it('converts by extension, or by --to, and to Markdown', async () => {
    const dir = folder();
    const source = join(samples, 'incident-response.json');
    expect((await run(['convert', source, 'ir.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await run(['convert', 'ir.xlsx', 'ir.csv'], { cwd: dir })).code).toBe(0);
    expect((await run(['convert', 'ir.csv', 'ir.txt', '--to', 'json'], { cwd: dir })).code).toBe(0);
    const { $schema, ...ladder } = sample('incident-response');
    expect($schema).toBeDefined();
    expect(JSON.parse(readFileSync(join(dir, 'ir.txt'), 'utf8'))).toEqual(ladder);
    const markdown = await run(['convert', 'ir.csv', 'ir.md'], { cwd: dir });
    expect(markdown.code).toBe(0);
    expect(readFileSync(join(dir, 'ir.md'), 'utf8')).toMatch(/^# Incident Response/);
    const stdout = await run(['convert', 'ir.csv', '-', '--to', 'markdown'], { cwd: dir });
    expect(stdout.stdout).toBe(readFileSync(join(dir, 'ir.md'), 'utf8'));
  });

  it('writes no file, and keeps an earlier one whole, when the input has a problem', async () => {
    const dir = folder({ 'bad.json': JSON.stringify({ ...sample('api-design'), cells: [] }) });
    const result = await run(['convert', 'bad.json', 'out.xlsx'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('out.xlsx was not written.\n');
    expect(readdirSync(dir)).toEqual(['bad.json']);
    writeFileSync(join(dir, 'out.csv'), 'earlier');
    await run(['convert', 'bad.json', 'out.csv'], { cwd: dir });
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('earlier');
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'out.csv']);
  });

  it('refuses an unknown extension and a sheet of many skills', async () => {
    const dir = folder({ 'a.json': JSON.stringify(sample('api-design')) });
    const unknown = await run(['convert', 'a.json', 'a.pdf'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('The format of a.pdf is unknown by its extension');
    const flat = [
      'levels,junior',
      'level names,Junior',
      'roles,dev',
      'role names,Developer',
      'skill,name,domain,group,updated,role,level,requirement,description',
      'a,A,D,G,2026-01-01,dev,junior,required,Does A.',
      'b,B,D,G,2026-01-01,dev,junior,required,Does B.',
    ].join('\n');
    writeFileSync(join(dir, 'flat.csv'), flat);
    const many = await run(['convert', 'flat.csv', 'flat.json'], { cwd: dir });
    expect(many.code).toBe(1);
    expect(many.stderr).toMatch(/^flat\.csv holds 2 skills \(a, b\);/);
  });
});

describe('skill-ladder catalog', () => {
  it('builds the sample catalog exactly as committed in samples/catalog/public', async () => {
    const dir = folder();
    const result = await run(['catalog', samples, '--out', 'public'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: 'Wrote 5 skills and index.json to public.\n' });
    expect(listing(join(dir, 'public'))).toEqual(listing(join(repo, 'samples/catalog/public')));
  });

  it('builds a catalog from a flat sheet of many skills beside JSON ladders', async () => {
    const dir = folder({ 'code-review.json': JSON.stringify(sample('code-review')) });
    writeFileSync(
      join(dir, 'framework.csv'),
      [
        'levels,junior,senior',
        'level names,Junior,Senior',
        'roles,dev,qa',
        'role names,Developer,QA Engineer',
        'domain,Engineering',
        'updated,2026-05-04',
        '',
        'skill,name,group,keywords,role,level,requirement,description',
        'testing,Testing,Quality,unit;e2e,dev,junior,required,Writes unit tests.',
        'testing,,,,dev,senior,required,Designs the test strategy.',
        'testing,,,,qa,junior,optional,Runs the suite.',
        'testing,,,,qa,senior,required,Owns the suite.',
        'ci,CI,Delivery,,dev,junior,optional,Reads the pipeline.',
        'ci,,,,dev,senior,required,Builds the pipeline.',
      ].join('\r\n'),
    );
    const result = await run(['catalog', '.', '--out', '../flat-out'], { cwd: dir });
    expect(result.code).toBe(0);
    const out = join(dir, '../flat-out');
    const index = parseCatalogIndex(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    if (!index.ok) throw new Error('invalid index');
    expect(index.index.skills.map((skill) => skill.id)).toEqual(['code-review', 'testing', 'ci']);
    const ci = parseLadder(JSON.parse(readFileSync(join(out, 'ci.json'), 'utf8')));
    expect(ci.ok && ci.ladder).toMatchObject({
      name: 'CI',
      domain: 'Engineering',
      group: 'Delivery',
      keywords: [],
      roles: [{ id: 'dev', name: 'Developer' }],
    });
  });

  it('leaves the old catalog untouched, and lists every problem, when a ladder is invalid', async () => {
    const out = folder();
    cpSync(join(repo, 'samples/catalog/public'), out, { recursive: true });
    const before = listing(out);
    const dir = folder({
      'a.json': JSON.stringify({ ...sample('api-design'), updated: 'soon' }),
      'c.json': JSON.stringify(sample('code-review')),
      'd.json': JSON.stringify(sample('code-review'), null, 2),
    });
    const result = await run(['catalog', '.', '--out', out], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^a\.json:1:\d+ {2}updated {2}updated must be an ISO date/),
      'd.json:3:9  id  The skill id "code-review" is already used by c.json; each skill needs its own id.',
    ]);
    expect(result.stderr).toContain('nothing was written');
    expect(listing(out)).toEqual(before);
    expect(readdirSync(join(out, '..')).filter((name) => name.includes('.new-'))).toEqual([]);
  });

  it('replaces an earlier catalog in one step, dropping skills that are gone', async () => {
    const out = folder();
    cpSync(join(repo, 'samples/catalog/public'), out, { recursive: true });
    const dir = folder({ 'x.json': JSON.stringify(sample('data-modelling')) });
    expect((await run(['catalog', '.', '--out', out], { cwd: dir })).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['data-modelling.json', 'index.json']);
  });

  it('gives a skill whose id is "index" a file of its own, not the index', async () => {
    const dir = folder({
      'index-skill.json': JSON.stringify({ ...sample('api-design'), id: 'index' }),
      'code-review.json': JSON.stringify(sample('code-review')),
    });
    expect((await run(['catalog', '.', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const read = (name: string) => JSON.parse(readFileSync(join(dir, 'out', name), 'utf8'));
    const index = parseCatalogIndex(read('index.json'));
    if (!index.ok) throw new Error('index.json is not a catalog index');
    const entry = index.index.skills.find((skill) => skill.id === 'index');
    expect(entry?.file).toMatch(/^index-[0-9a-f]{8}\.json$/);
    expect(read(entry?.file ?? '')).toMatchObject({ id: 'index', name: 'API Design' });
  });

  it('never replaces a folder that is not a catalog', async () => {
    const out = folder({ 'notes.txt': 'mine' });
    const result = await run(['catalog', samples, '--out', out], { cwd: scratch });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a catalog folder');
    expect(listing(out)).toEqual({ 'notes.txt': 'mine' });
  });
});

describe('skill-ladder new', () => {
  it('prints a valid starting ladder', async () => {
    const result = await run(
      [
        'new',
        'api-design',
        '--roles',
        'backend-engineer,qa-engineer',
        '--levels',
        'junior,middle,senior',
      ],
      { cwd: scratch },
    );
    expect(result.code).toBe(0);
    const parsed = parseLadder(JSON.parse(result.stdout));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.ladder).toMatchObject({
      id: 'api-design',
      name: 'Api Design',
      levels: [{ id: 'junior', name: 'Junior' }, { id: 'middle' }, { id: 'senior' }],
      roles: [{ id: 'backend-engineer', name: 'Backend Engineer' }, { id: 'qa-engineer' }],
    });
    expect(parsed.ok && parsed.ladder.cells).toHaveLength(6);
  });

  it('writes a spreadsheet to fill in, which validates', async () => {
    const dir = folder();
    const args = ['new', 'ml', '--name', mlPipelines.name, '--roles', 'a,b', '--levels', 'l1,l2'];
    expect((await run([...args, '--out', 'ml.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await run(['validate', 'ml.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await run([...args, '--out', 'ml.xlsx'], { cwd: dir })).code).toBe(2);
  });

  it('exits 2 when the ids make no valid ladder, and writes no file', async () => {
    const dir = folder();
    const args = ['new', 'x', '--roles', 'a,a', '--levels', 'junior', '--out', 'x.json'];
    const result = await run(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/roles\[1\]/);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});

describe('help and version', () => {
  it.each(['validate', 'convert', 'catalog', 'new'])(
    'gives help with an example for %s',
    async (command) => {
      const result = await run([command, '--help'], { cwd: scratch });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`Usage: skill-ladder ${command}`));
      expect(result.stdout).toMatch(new RegExp(`\\$ skill-ladder ${command} `));
    },
  );

  it('prints its version', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    );
    expect(await run(['--version'], { cwd: scratch })).toMatchObject({
      code: 0,
      stdout: `${version}\n`,
    });
  });
});

describe('skill-ladder convert --to ctdl-asn', () => {
  it('writes the CTDL-ASN JSON-LD of core, by the .jsonld extension or --to', async () => {
    const { toCtdlAsn } = await import('@skill-ladder/core/export');
    const { alignedMlPipelines } = await import('../../core/src/__fixtures__/ladder-aligned.js');
    const dir = folder({ 'ml.json': JSON.stringify(alignedMlPipelines) });
    expect((await run(['convert', 'ml.json', 'ml.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await run(['convert', 'ml.xlsx', 'framework.jsonld'], { cwd: dir })).code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'framework.jsonld'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(toCtdlAsn(alignedMlPipelines))));
    const base = 'https://example.com/frameworks/';
    const piped = await run(['convert', 'ml.json', '-', '--to', 'ctdl-asn', '--base-url', base], {
      cwd: dir,
    });
    expect(JSON.parse(piped.stdout)['@graph'][0]['@id']).toMatch(new RegExp(`^${base}`));
  });
});

describe('skill-ladder convert into a folder that does not exist', () => {
  it('says so and exits 1, leaving nothing behind', async () => {
    const dir = folder();
    const result = await run(['convert', join(samples, 'api-design.json'), 'no/api.csv'], {
      cwd: dir,
    });
    expect(result).toMatchObject({
      code: 1,
      stderr: 'no/api.csv could not be written: its folder does not exist.\n',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so for `new --out` too, instead of crashing', async () => {
    const dir = folder();
    const args = ['new', 'x', '--roles', 'a', '--levels', 'b', '--out', 'no/x.json'];
    expect(await run(args, { cwd: dir })).toMatchObject({
      code: 1,
      stderr: 'no/x.json could not be written: its folder does not exist.\n',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
