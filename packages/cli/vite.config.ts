import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);

// A Node program: its dependencies and Node's own modules stay imports, resolved at run time.
export default defineConfig({
  plugins: [dts({ tsconfigPath: './tsconfig.json' })],
  build: {
    ssr: true,
    target: 'node20',
    lib: { entry: ['src/index.ts', 'src/bin.ts'], formats: ['es'] },
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: [
        ...builtinModules,
        /^node:/,
        ...dependencies.map((name) => new RegExp(`^${name}(/|$)`)),
      ],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
