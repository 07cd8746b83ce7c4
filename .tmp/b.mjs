import react from '@vitejs/plugin-react';
import { build } from 'vite';
await build({ configFile: false, root: 'bench/ui', base: './', publicDir: false, logLevel: 'error', mode: 'production', plugins: [react()], build: { outDir: '/tmp/benchout', emptyOutDir: true, minify: true } });
