import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';

const src = new URL('.', import.meta.url);
const sources = (dir: URL): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(new URL(`${entry.name}/`, dir))
      : entry.name.endsWith('.ts') && !entry.name.includes('.test.')
        ? [readFileSync(new URL(entry.name, dir), 'utf8')]
        : [],
  );
const code = sources(src).join('\n');
const readme = readFileSync(new URL('../README.md', src), 'utf8');
const exportedNames = (entry: string) =>
  [...readFileSync(new URL(entry, src), 'utf8').matchAll(/^\s+(\w+),?$|\{ (\w+)(?:, (\w+))* \}/gm)]
    .flatMap((match) => match.slice(1))
    .filter((name): name is string => Boolean(name));
const names = exportedNames('index.ts');
// The subpath entries follow the same rule.
const subpathNames = ['catalog/index.ts', 'assessment/index.ts', 'export/index.ts'].flatMap(
  exportedNames,
);

describe('the public API of @skill-ladder/core', () => {
  it('finds its exports (values and types)', () => {
    expect(Object.keys(core).length).toBeGreaterThan(15);
    expect(names.length).toBeGreaterThan(Object.keys(core).length);
  });

  it.each([...names, ...subpathNames])(
    '%s has JSDoc with an example, and the README names it',
    (name) => {
      const declaration = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:declare )?(?:const|function|class|interface|type) ${name}\\b`,
      );
      expect(code.match(declaration)?.[1], `JSDoc of ${name}`).toContain('@example');
      expect(readme, `README mentions ${name}`).toContain(`\`${name}`);
    },
  );
});
