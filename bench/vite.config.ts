import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name: string) => new URL(`./${name}.html`, import.meta.url).pathname;

// A production build of the benchmark pages, so React runs as it does for users: one page per
// implementation, each with only its own stylesheet.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: {
    outDir: '../bench-results/site',
    emptyOutDir: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        floor: page('floor'),
        current: page('current'),
        baseline: page('baseline'),
        catalog: page('catalog'),
      },
    },
  },
  logLevel: 'warn',
});
