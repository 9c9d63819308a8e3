import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

// src/styles.css lists one file per part; hosts get one styles.css, the parts in its place,
// otherwise as written. The catalog parts' styles are a file of their own, catalog.css, and
// the assessment parts' another, assessment.css.
const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const copyStyles: Plugin = {
  name: 'skill-ladder:copy-styles',
  generateBundle() {
    for (const fileName of ['styles.css', 'catalog.css', 'assessment.css']) {
      this.emitFile({
        type: 'asset',
        fileName,
        source: source(`./src/${fileName}`).replace(
          /^@import '\.\/(styles\/[\w-]+\.css)';$/gm,
          (_line, part: string) => source(`./src/${part}`).trimEnd(),
        ),
      });
    }
  },
};

export default defineConfig({
  plugins: [react(), dts({ tsconfigPath: './tsconfig.json' }), copyStyles],
  build: {
    lib: {
      entry: ['src/index.ts', 'src/catalog/index.ts', 'src/assessment/index.ts'],
      formats: ['es'],
    },
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      // One file per module, so that a host's bundler drops the parts it does not import.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
