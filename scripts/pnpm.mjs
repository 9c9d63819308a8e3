// Runs the pinned pnpm, whether or not it is installed: the README's commands must work on a
// machine that has only Node.js and npm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pinned = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).packageManager.replace(/^pnpm@/, '');

function installedPnpmMatches() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: false });
  return probe.status === 0 && probe.stdout.trim() === pinned;
}

const command = installedPnpmMatches() ? ['pnpm', []] : ['npx', ['--yes', `pnpm@${pinned}`]];

/** Runs pnpm with `args`, streaming its output; returns the exit code. */
export function pnpm(args, options = {}) {
  const [bin, prefix] = command;
  const result = spawnSync(bin, [...prefix, ...args], { stdio: 'inherit', ...options });
  return result.status ?? 1;
}
