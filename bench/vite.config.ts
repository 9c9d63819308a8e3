import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A production build of the benchmark page, so React runs as it does for users.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: { outDir: '../bench-results/site', emptyOutDir: true, reportCompressedSize: false },
  logLevel: 'warn',
});
