import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm } from '../../scripts/pnpm.mjs';

const repo = new URL('../..', import.meta.url).pathname;

/**
 * Packs `packages/<name>` for each name into `dir` with `pnpm pack`, as they would be published,
 * and gives the `file:` specifier of each tarball by package name (`@skill-ladder/<name>`), for
 * the package.json of an app in `dir` that npm then installs.
 */
export function packInto(dir: string, names: readonly string[]): Record<string, string> {
  const specifiers: Record<string, string> = {};
  for (const name of names) {
    const status = pnpm(['pack', '--pack-destination', dir], {
      cwd: join(repo, 'packages', name),
      stdio: 'pipe',
    });
    if (status !== 0) throw new Error(`pnpm pack failed for packages/${name}`);
    const tarball = readdirSync(dir).find((file) => file.startsWith(`skill-ladder-${name}-`));
    specifiers[`@skill-ladder/${name}`] = `file:./${tarball}`;
  }
  return specifiers;
}
