// Bundles every target with esbuild. One table of targets: the extension and the CLI ship
// in dist/; tests and benchmarks go to out/ and keep node_modules as runtime requires.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');

/** All .ts files below a folder whose name ends with one of the suffixes. */
function filesBelow(dir, suffixes) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesBelow(path, suffixes));
    else if (suffixes.some((s) => name.endsWith(s))) found.push(path);
  }
  return found;
}

const shipped = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

const targets = [
  {
    ...shipped,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  },
  {
    ...shipped,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The diagram's browser bundle (src/webview). Its layout worker is elkjs's own worker script,
  // copied as it is below (dist/webview/layoutWorker.js): it is already a browser build.
  ...(existsSync('src/webview/main.ts')
    ? [
        {
          ...shipped,
          entryPoints: ['src/webview/main.ts'],
          outfile: 'dist/webview/main.js',
          platform: 'browser',
          format: 'iife',
          target: 'es2022',
        },
      ]
    : []),
  // Tests, benchmarks and dev tools; a production build (for the .vsix) leaves them alone.
  ...(production
    ? []
    : [
        {
          entryPoints: [
            ...filesBelow('test', ['.ts']).filter((f) => !f.endsWith('.d.ts')),
            ...filesBelow('bench', ['.ts']),
            ...filesBelow('tools', ['.ts']),
          ],
          outdir: 'out',
          outbase: '.',
          bundle: true,
          packages: 'external',
          external: ['vscode'],
          platform: 'node',
          format: 'cjs',
          target: 'node18',
          sourcemap: true,
          logLevel: 'warning',
        },
      ]),
];

if (!production) rmSync('out', { recursive: true, force: true });
await Promise.all(targets.filter((t) => t.entryPoints.length > 0).map((t) => esbuild.build(t)));
if (existsSync('src/webview/main.ts')) {
  mkdirSync('dist/webview', { recursive: true });
  copyFileSync('node_modules/elkjs/lib/elk-worker.min.js', 'dist/webview/layoutWorker.js');
}
