import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const src = resolve(__dirname, 'src');

/** Modules that hold hooks or components get `'use client'` so Next.js server components can import the kit. */
function needsUseClient(moduleId: string | null | undefined): boolean {
  if (!moduleId) return false;
  const id = moduleId.replaceAll('\\', '/');
  return id.includes('/src/hooks/') || id.includes('/src/components/');
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
