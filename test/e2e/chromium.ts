import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumLaunch } from '../../scripts/chromium-launch.mjs';

/**
 * How long one Playwright wait (a selector, a role, a response) may take before it fails with
 * a message naming what it waited for. Generous, so that a loaded machine is slow, not red;
 * the e2e project's test timeout (see vite.config.ts) sits above it.
 */
export const waitLimit = 90_000;

/** Debian's Chromium through playwright-core; its launch may take minutes on a loaded machine. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ ...chromiumLaunch, timeout: 180_000 });

/**
 * A new page whose waits use {@link waitLimit}, and the page errors and console messages of the
 * given types it reports, to be asserted empty at the end of a test.
 */
export async function newPage(
  browser: Browser,
  options: BrowserContextOptions & { report?: string[] } = {},
): Promise<{ page: Page; problems: string[] }> {
  const { report = ['error'], ...contextOptions } = options;
  const page = await browser.newPage(contextOptions);
  page.setDefaultTimeout(waitLimit);
  page.setDefaultNavigationTimeout(waitLimit);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (report.includes(message.type()))
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return { page, problems };
}
