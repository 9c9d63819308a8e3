import { existsSync } from 'node:fs';

const repo = new URL('..', import.meta.url);

const builds = {
  packages: '`pnpm build`',
  storybook: '`pnpm build-storybook`',
} as const;

/**
 * Fails the test file at collection time, in one line, when an output of a build is missing.
 * `path` is relative to the repository root; `build` names the command that makes it.
 */
export function requireBuilt(path: string, build: keyof typeof builds = 'packages'): string {
  const absolute = new URL(path, repo).pathname;
  if (!existsSync(absolute)) {
    const folder = path
      .split('/')
      .slice(0, path.startsWith('packages/') ? 3 : 1)
      .join('/');
    throw new Error(`${folder} is missing: run ${builds[build]} first (\`pnpm test\` does).`);
  }
  return absolute;
}
