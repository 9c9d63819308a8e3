import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Every component test renders in StrictMode, which double-invokes renders and effects.
configure({ reactStrictMode: true });

afterEach(() => cleanup());
