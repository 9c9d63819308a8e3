import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

// One ES module with React and everything else inside, for a plain <script type="module">.
export default defineConfig({
  plugins: [react(), dts({ tsconfigPath: './tsconfig.json' })],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'skill-ladder-element' },
    sourcemap: true,
    // The stylesheet as written: browsers that run custom elements in shadow roots with
    // adopted stylesheets read light-dark() too, so it is not rewritten for older ones.
    cssTarget: ['chrome123', 'firefox120', 'safari17.5'],
    // Vite keeps whitespace in ES library builds; this file goes straight to browsers.
    // The matrix's lazily loaded tooltip goes in too: one file to host, one request.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
