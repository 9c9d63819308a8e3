// `npm start`: installs the workspace from the lockfile, then serves Storybook.
import { pnpm } from './pnpm.mjs';

const installed = pnpm(['install', '--frozen-lockfile']);
if (installed !== 0) process.exit(installed);
process.exit(pnpm(['storybook']));
