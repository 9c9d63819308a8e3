import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Every component test renders in StrictMode, which double-invokes renders and effects.
// findBy* waits longer than the 1 s default: on a loaded machine the first tooltip's module,
// loaded on demand, can take that long to arrive from the dev server.
configure({ reactStrictMode: true, asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
