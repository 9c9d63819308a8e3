import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const styles = read('../packages/react/src/styles.css');
const theming = read('../stories/docs/theming.mdx');

describe('the Theming guide', () => {
  const tokens = [...new Set([...styles.matchAll(/(--sl-[a-z-]+):/g)].map((match) => match[1]))];

  it('finds the tokens of styles.css', () => expect(tokens.length).toBeGreaterThan(15));

  it.each(tokens)('documents %s in its table', (token) => {
    expect(theming).toMatch(new RegExp(`\\|\\s*\`${token}\`\\s*\\|`));
  });
});
