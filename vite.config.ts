import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const src = resolve(__dirname, 'src');

/**
 * `'use client'` as written in the sources: a module whose source begins with the directive
 * (a hook, a component or a context) keeps it at the top of its built file, and no other built
 * file has it. Barrels, the core, the model helpers and the query options are written without
 * it, so a server component can import and call them. Vite 8's bundler (Rolldown) keeps a
 * module's directive with `preserveModules` (Rollup dropped it with a warning); this plugin
 * records which sources begin with it and fails the build when the output disagrees.
 */
function clientDirectivePlugin(): Plugin {
  const CLIENT = /^(['"])use client\1;?/;
  const modules = new Set<string>();
  return {
    name: 'use-client-directive',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (CLIENT.test(code)) modules.add(id);
      else modules.delete(id);
      return null;
    },
    generateBundle(output, bundle) {
      // Only the library build keeps one file per module; Storybook's build bundles them.
      if (!output.preserveModules) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const wanted = modules.has(chunk.facadeModuleId);
        if (CLIENT.test(chunk.code) !== wanted) {
          const source = wanted ? 'begins' : 'does not begin';
          this.error(`${chunk.fileName}: its source ${source} with 'use client', the built file not so`);
        }
      }
    },
  };
}

// Library build (`npm run build`): ESM, one file per source module (tree-shaking, and
// 'use client' only where it belongs), peers and runtime dependencies left external.
export default defineConfig({
  plugins: [clientDirectivePlugin(), react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: resolve(src, 'index.ts'),
        'core/index': resolve(src, 'core/index.ts'),
        'model/index': resolve(src, 'model/index.ts'),
        'mock/index': resolve(src, 'mock/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^@radix-ui\//, /^msw($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: src,
        entryFileNames: '[name].js',
      },
    },
  },
});
