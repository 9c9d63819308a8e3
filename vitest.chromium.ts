import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunch } from './scripts/chromium-launch.mjs';

/** Vitest browser mode in Debian's Chromium; a fresh object per project, as Vitest fills it in. */
export const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunch }),
  instances: [{ browser: 'chromium' as const }],
});
