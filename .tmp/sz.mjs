import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await esbuild.build({ stdin:{contents:"export { createOpenRouterClient } from './src/core/index.ts';",resolveDir:process.cwd(),loader:'ts'}, bundle:true, format:'esm', platform:'browser', minify:true, write:false, metafile:true});
const c=r.outputFiles[0].contents; console.log(c.length, gzipSync(c,{level:9}).length);
for (const [f,{bytesInOutput}] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) console.log(f,bytesInOutput);
import('node:fs').then(fs=>fs.writeFileSync('/tmp/client.min.js', c));
