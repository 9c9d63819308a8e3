import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { launchChromium } from './chromium';

/** The folder of the built Storybook, or a one-line failure when it is missing. */
export const storybookSite = (): string =>
  requireBuilt('storybook-static/index.json', 'storybook').replace(/index\.json$/, '');

/**
 * The built Storybook served on 127.0.0.1 and a Chromium, for the tests of one file: started
 * before them, closed after. Read `url` and `browser` inside a test.
 */
export function servedStorybook(): { readonly url: string; readonly browser: Browser } {
  const site = storybookSite();
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('The Storybook server has not started yet.');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('Chromium has not started yet.');
      return browser;
    },
  };
}
