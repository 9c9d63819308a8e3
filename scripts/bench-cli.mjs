// The command-line tool's share of `pnpm bench` (`pnpm bench --cli-only`, or
// `node scripts/bench-cli.mjs` alone): the built `skill-ladder` command as a user runs it, one
// process per run, timed from spawn to exit (Node's start included), with the process's peak
// resident memory (`process.resourceUsage().maxRSS`, written by the child as it exits).
// - `validate` and `catalog` on 500 generated ladders (samples/large-catalog.ts, 8 roles ×
//   6 levels, JSON files); the goal: under 3 s and under 200 MB on 2 cores.
// - `convert` of a generated CSV ladder of over 10 MB to JSON and to .xlsx, and of that .xlsx
//   back to JSON: peak memory against the file's size.
// Medians of 5 runs after 1 warm-up; the memory is the largest of the runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { pnpm } from './pnpm.mjs';

const RUNS = 5;
const WARM_UP = 1;
const SKILLS = 500;
const root = new URL('..', import.meta.url).pathname;
const bin = `${root}packages/cli/dist/bin.js`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n * 10) / 10;

// Records the child's peak memory as it exits, whatever its exit code.
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.SKILL_LADDER_BENCH_RSS, String(process.resourceUsage().maxRSS)));",
)}`;

function measure(name, args, cwd, prepare = () => {}) {
  const rssFile = join(cwd, '.rss');
  const times = [];
  const peaks = [];
  for (let i = 0; i < RUNS + WARM_UP; i += 1) {
    prepare();
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', PRELOAD, bin, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, SKILL_LADDER_BENCH_RSS: rssFile, NO_COLOR: '1' },
    });
    const ms = performance.now() - start;
    if (result.status !== 0) {
      throw new Error(`${name} exited ${result.status}: ${result.stderr}${result.stdout}`);
    }
    if (i >= WARM_UP) {
      times.push(ms);
      peaks.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
    }
  }
  return { name, ms: round(median(times)), peakMb: round(Math.max(...peaks)) };
}

async function generator(dir) {
  await build({
    entryPoints: [`${root}samples/large-catalog.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: `${dir}large-catalog.mjs`,
    logLevel: 'error',
  });
  return import(pathToFileURL(`${dir}large-catalog.mjs`).href);
}

// One ladder of about 10 MB: many roles, each with long descriptions.
function largeLadderCsv(generateLadders) {
  const [base] = generateLadders({ skills: 1, roles: 8, levels: 6, seed: 7 });
  const roles = [];
  const cells = [];
  const sentence = base.cells.find((cell) => cell.description)?.description ?? 'Does the work.';
  for (let r = 0; roles.length * base.levels.length * sentence.length * 6 < 10.5e6; r += 1) {
    roles.push({ id: `role-${r}`, name: `Role ${r}` });
    for (const level of base.levels) {
      cells.push({
        role: `role-${r}`,
        level: level.id,
        requirement: 'required',
        description: `${sentence} `.repeat(6).trim(),
      });
    }
  }
  return { ...base, translations: undefined, roles, cells };
}

export async function benchCli() {
  const work = mkdtempSync(join(tmpdir(), 'skill-ladder-bench-cli-'));
  try {
    if (
      pnpm(['--filter', '@skill-ladder/core', '--filter', '@skill-ladder/cli', 'build'], {
        stdio: 'pipe',
      }) !== 0
    ) {
      throw new Error('the build of packages/core and packages/cli failed');
    }
    const { generateLadders } = await generator(`${work}/`);
    const ladders = join(work, 'ladders');
    mkdirSync(ladders);
    for (const ladder of generateLadders({ skills: SKILLS, seed: 1 })) {
      writeFileSync(join(ladders, `${ladder.id}.json`), `${JSON.stringify(ladder, null, 2)}\n`);
    }
    const out = join(work, 'public');
    const rows = [
      measure(`validate ${SKILLS} ladders`, ['validate', 'ladders'], work),
      measure(
        `validate '${SKILLS} ladders/*.json' --format json`,
        ['validate', 'ladders/*.json', '--format', 'json'],
        work,
      ),
      measure(`catalog of ${SKILLS} ladders`, ['catalog', 'ladders', '--out', 'public'], work, () =>
        rmSync(out, { recursive: true, force: true }),
      ),
    ];

    // The same ladder, as a 10 MB CSV file (written by the CLI itself).
    writeFileSync(join(work, 'large.json'), JSON.stringify(largeLadderCsv(generateLadders)));
    execFileSync(process.execPath, [bin, 'convert', 'large.json', 'large.csv'], {
      cwd: work,
      stdio: 'pipe',
    });
    const csvMb = round(statSync(join(work, 'large.csv')).size / 1024 / 1024);
    rows.push(
      measure(`convert a CSV of ${csvMb} MB to JSON`, ['convert', 'large.csv', 'back.json'], work),
    );
    rows.push(
      measure(`convert a CSV of ${csvMb} MB to .xlsx`, ['convert', 'large.csv', 'back.xlsx'], work),
    );
    const xlsxMb = round(statSync(join(work, 'back.xlsx')).size / 1024 / 1024);
    rows.push(
      measure(
        `convert that .xlsx (${xlsxMb} MB) to JSON`,
        ['convert', 'back.xlsx', 'again.json'],
        work,
      ),
    );
    const idle = measure(
      'skill-ladder --version (Node and the command alone)',
      ['--version'],
      work,
    );
    return { runs: RUNS, skills: SKILLS, csvMb, rows: [idle, ...rows] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function cliTable(result) {
  return [
    `| the built \`skill-ladder\` command, one process per run (Node's start included) | median ms | peak RSS MB |`,
    '| --- | ---: | ---: |',
    ...result.rows.map(
      (row) => `| ${row.name} | ${row.ms.toFixed(0)} | ${row.peakMb.toFixed(0)} |`,
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchCli();
  console.log(
    `${cliTable(result)}\n\nMedians of ${result.runs} runs after ${WARM_UP} warm-up; peak RSS is the largest of the runs. Goal for ${result.skills} ladders: under 3000 ms and 200 MB.`,
  );
}
