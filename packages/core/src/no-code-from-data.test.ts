import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceDir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
);

describe('core source', () => {
  it('is read', () => expect(sources.length).toBeGreaterThan(8));

  it.each(sources)('%s never evaluates text as code or markup', (file) => {
    const text = readFileSync(join(sourceDir, file), 'utf8');
    expect(text).not.toMatch(
      /\beval\s*\(|new Function\b|innerHTML|outerHTML|insertAdjacentHTML|document\.|window\./,
    );
  });

  it.each(sources)('%s imports nothing outside the package', (file) => {
    const text = readFileSync(join(sourceDir, file), 'utf8');
    for (const [, from] of text.matchAll(/from '([^']+)'/g)) expect(from).toMatch(/^\.\.?\//);
  });
});
