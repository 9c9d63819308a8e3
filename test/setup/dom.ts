import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Every component test renders in StrictMode, which double-invokes renders and effects.
// findBy* / waitFor wait far longer than the 1 s default: on a loaded machine the first
// tooltip's module, loaded on demand, can take many seconds to arrive from the dev server.
// The bound stays under the projects' 30 s test timeout, so a failure names what it awaited.
configure({ reactStrictMode: true, asyncUtilTimeout: 25_000 });

afterEach(() => cleanup());
