import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
// styles.css and the part files it lists, comments left out.
const styles = readdirSync(new URL('../packages/react/src/styles/', import.meta.url))
  .map((file) => read(`../packages/react/src/styles/${file}`))
  .concat(read('../packages/react/src/styles.css'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '');
const theming = read('../stories/docs/theming.mdx');

describe('the Theming guide', () => {
  // The public tokens are the ones styles.css reads; it declares only private --_sl-* defaults.
  const tokens = [
    ...new Set([...styles.matchAll(/var\((--sl-[a-z-]+)/g)].map((match) => match[1])),
  ];

  it('finds the tokens of styles.css', () => expect(tokens.length).toBeGreaterThan(15));

  it('never declares a public token in styles.css, so that inherited ones reach the widget', () => {
    expect(styles.match(/--sl-[a-z-]+\s*:/g)).toBeNull();
  });

  it.each(tokens)('documents %s in its table', (token) => {
    expect(theming).toMatch(new RegExp(`\\|\\s*\`${token}\`\\s*\\|`));
  });
});
