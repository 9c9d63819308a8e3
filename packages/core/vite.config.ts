import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

export default defineConfig({
  plugins: [dts({ tsconfigPath: './tsconfig.json' })],
  build: {
    lib: {
      entry: [
        'src/index.ts',
        'src/export/index.ts',
        'src/catalog/index.ts',
        'src/assessment/index.ts',
        'src/internal.ts',
      ],
      formats: ['es'],
    },
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      // One file per module, so that a host's bundler drops the parts it does not import.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
