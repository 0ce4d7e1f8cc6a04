// Bundles every target with esbuild. One table of targets: the extension and the CLI ship
// in dist/; tests and benchmarks go to out/ and keep node_modules as runtime requires.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

const production = process.argv.includes('--production');
// `--dist DIR` writes the shipped bundles there instead (the bench measures a production build
// without touching dist/).
const distArg = process.argv.indexOf('--dist');
const dist = distArg >= 0 ? process.argv[distArg + 1] : 'dist';

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

// The browser's extension host has no Node: an import of a Node built-in (`node:fs`, `fs`,
// `path`, `fs/promises`, ...) in a browser bundle fails the build, naming the importer. esbuild's
// platform 'browser' refuses most of them too; this says why, and catches `node:` ones it would
// leave to a runtime error.
const NODE_BUILTIN = new RegExp(
  `^(node:.*|(${[...new Set(builtinModules.map((m) => m.split('/')[0]))]
    .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(/.*)?)$`,
);
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
      errors: [
        {
          text: `"${args.path}" is a Node built-in, imported by ${args.importer}: the browser's extension host has no Node (only src/cli.ts and src/node/ may use it)`,
        },
      ],
    }));
  },
};

// Every `import * as vscode from 'vscode'` of a shipped bundle goes to scripts/shims/vscode.js, the
// only module that requires 'vscode': the API object's properties are copied once, not once per
// importing module, while the bundle is evaluated (see the shim).
const VSCODE_SHIM = resolve('scripts/shims/vscode.js');
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.importer === VSCODE_SHIM ? { path: 'vscode', external: true } : { path: VSCODE_SHIM },
    );
  },
};

// The browser's entry bundle registers stand-ins and loads the lab later: importing the lab's code
// (anything outside src/vscode/deferred, the registration keys and the entry files) would put it
// back into the entry. Type-only imports are erased before this sees them.
const ENTRY_MAY_IMPORT =
  /[\\/]src[\\/](extensionWeb\.ts|vscode[\\/](activateWeb\.ts|registrationKeys\.ts|deferred[\\/][^\\/]+\.ts))$/;
const entryStaysSmall = {
  name: 'entry-stays-small',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) =>
      ENTRY_MAY_IMPORT.test(args.path)
        ? undefined
        : {
            errors: [
              {
                text: `${args.path} is in the browser's entry bundle: the entry loads the lab's code on first use (src/vscode/activateWeb.ts), so it may import only src/vscode/deferred/ and src/vscode/registrationKeys.ts`,
              },
            ],
          },
    );
  },
};

/** A bundle for the browser's web-worker extension host: CommonJS, vscode external, no Node built-ins. */
const webWorker = {
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  plugins: [noNodeBuiltins, vscodeOnce],
  inject: ['scripts/shims/buffer.js'],
};

// The e2e suites for the browser's extension host: one bundle (test/e2e/web/index.ts) in which
// `netlab:e2e-suites` lists every suite file by its built name with a loader, and node:assert is
// test/e2e/web/assert.ts. See docs/e2e-harness.md.
const e2eSuites = {
  name: 'e2e-suites',
  setup(build) {
    build.onResolve({ filter: /^netlab:e2e-suites$/ }, () => ({ path: 'suites', namespace: 'e2e-suites' }));
    build.onLoad({ filter: /.*/, namespace: 'e2e-suites' }, () => {
      const files = filesBelow('test/e2e/suite', ['.ts']).sort();
      const entries = files.map(
        (f) =>
          `  [${JSON.stringify(basename(f).replace(/\.ts$/, '.js'))}, () => require(${JSON.stringify(resolve(f))})],`,
      );
      return { contents: `export const suites = [\n${entries.join('\n')}\n];\n`, resolveDir: resolve('test/e2e') };
    });
  },
};
const webAssert = {
  name: 'web-assert',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: resolve('test/e2e/web/assert.ts') }));
  },
};

const targets = [
  {
    ...shipped,
    entryPoints: ['src/extension.ts'],
    outfile: `${dist}/extension.js`,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    plugins: [vscodeOnce],
  },
  // The same extension for the browser's web worker (package.json "browser"): a small entry, and the
  // lab's code that it loads on first use (src/vscode/activateWeb.ts).
  {
    ...shipped,
    ...webWorker,
    entryPoints: ['src/extensionWeb.ts'],
    outfile: `${dist}/web/extension.js`,
    plugins: [...webWorker.plugins, entryStaysSmall],
  },
  {
    ...shipped,
    ...webWorker,
    entryPoints: ['src/vscode/webLab.ts'],
    outfile: `${dist}/web/lab.js`,
  },
  {
    ...shipped,
    entryPoints: ['src/cli.ts'],
    outfile: `${dist}/cli.js`,
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
          outfile: `${dist}/webview/main.js`,
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
          ...webWorker,
          entryPoints: ['test/e2e/web/index.ts'],
          outfile: 'out/test/e2e-web/index.js',
          bundle: true,
          sourcemap: true,
          logLevel: 'warning',
          plugins: [e2eSuites, webAssert, noNodeBuiltins],
        },
        {
          entryPoints: [
            ...filesBelow('test', ['.ts']).filter(
              (f) => !f.endsWith('.d.ts') && !f.startsWith(join('test', 'e2e', 'web')),
            ),
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
  mkdirSync(`${dist}/webview`, { recursive: true });
  // Resolved as Node resolves it (up the folders), not from the current folder: StrykerJS builds in a
  // sandbox below the project and links node_modules into it only after the build.
  const elkWorker = createRequire(import.meta.url).resolve('elkjs/lib/elk-worker.min.js');
  copyFileSync(elkWorker, `${dist}/webview/layoutWorker.js`);
}
