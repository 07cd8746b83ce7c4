import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const src = resolve(__dirname, 'src');

/**
 * Modules that hold hooks, components or a context get `'use client'`, so that Next.js server
 * components can import the kit; plain functions and constants (`countActiveFilters`,
 * `describeError`, the filter choices, …) and the barrels do not, so a server component can
 * call them.
 */
function needsUseClient(moduleId: string | null | undefined): boolean {
  if (!moduleId) return false;
  const id = moduleId.replaceAll('\\', '/');
  if (!id.includes('/src/hooks/') && !id.includes('/src/components/')) return false;
  const file = id.slice(id.lastIndexOf('/') + 1);
  return file.endsWith('.tsx') || file.startsWith('use-') || file === 'model-picker-context.ts';
}

// Library build (`npm run build`): ESM, one file per source module (tree-shaking, and
// 'use client' only where it belongs), peers and runtime dependencies left external.
export default defineConfig({
  plugins: [react()],
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
        banner: (chunk) => (needsUseClient(chunk.facadeModuleId) ? "'use client';" : ''),
      },
    },
  },
});
