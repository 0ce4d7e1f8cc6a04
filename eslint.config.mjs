// Lint for the whole project: typed rules (floating promises) and the layers of src/, whose
// imports run downward only. Each folder below lists the layers it must not import; a layer is
// matched by the relative path climbing out of its folder (`../../commandLine/...`).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYERS = [
  'core',
  'compose',
  'commandLine',
  'node',
  'knowledge',
  'language',
  'viewModels',
  'protocol',
  'webview',
  'vscode',
];
const ABOVE_CORE = LAYERS.filter((l) => l !== 'core');

/** The diagram graph's shapes: the protocol and the webview may name its types, nothing else of src/viewModels. */
const DIAGRAM_GRAPH = 'viewModels/diagram/graph';

/** Patterns for a folder that may import only the types of `module` from its layer. */
const typesOnly = (module, message) => {
  const [layer, ...rest] = module.split('/');
  return [
    { regex: `^(\\.\\./)+(src/)?${layer}/(?!${rest.join('/')}$)`, message },
    { regex: `^(\\.\\./)+(src/)?${module}$`, allowTypeImports: true, message },
  ];
};

/** What each folder of src/ may not import, and why. */
const BOUNDARIES = [
  {
    folder: 'core',
    layers: ABOVE_CORE,
    nodeFs: true,
    why: 'src/core is the simulated host: it imports no other layer, no vscode and no node:fs',
  },
  {
    folder: 'compose',
    layers: ABOVE_CORE,
    nodeFs: true,
    why: 'src/compose imports only src/core; files come through the reader it is given',
  },
  {
    folder: 'commandLine',
    layers: ['node', 'knowledge', 'language', 'viewModels', 'protocol', 'webview', 'vscode'],
    nodeFs: true,
    why: 'src/commandLine imports only src/core and src/compose; its files come through the reader the session is given',
  },
  // The one place below the entry points that reads the disk: the FileReader the CLI and the Node extension host hand their sessions.
  {
    folder: 'node',
    layers: LAYERS.filter((l) => l !== 'core' && l !== 'node'),
    nodeFs: false,
    why: 'src/node implements src/core interfaces over Node.js and imports only src/core',
  },
  {
    folder: 'language',
    layers: ['node', 'viewModels', 'protocol', 'webview', 'vscode'],
    nodeFs: true,
    why: 'src/language is plain data in and out: no views, no vscode',
  },
  {
    folder: 'viewModels',
    layers: ['node', 'language', 'protocol', 'webview', 'vscode'],
    nodeFs: true,
    why: 'src/viewModels is pure data for the views: no vscode',
  },
  // The messages carry the diagram's graph, whose shapes src/viewModels/diagram defines.
  {
    folder: 'protocol',
    layers: LAYERS.filter((l) => l !== 'protocol' && l !== 'viewModels'),
    nodeFs: true,
    why: 'src/protocol holds only the messages between extension and webview (and the graph types they carry)',
    typesOf: DIAGRAM_GRAPH,
  },
];

const layerPattern = (layers) => `^(\\.\\./)+(src/)?(${layers.join('|')})(/|$)`;
const NODE_FS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'];

/** Lint fixtures (test/lint/fixtures/src/<layer>/...) sit under the same rules as src/<layer>. */
const filesOf = (folder) => [`src/${folder}/**/*.ts`, `test/lint/fixtures/src/${folder}/**/*.ts`];

const boundaryConfigs = [
  ...BOUNDARIES.map(({ folder, layers, nodeFs, why, typesOf }) => ({
    files: filesOf(folder),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: `${why}.` },
            ...(nodeFs ? NODE_FS.map((name) => ({ name, message: `${why}.` })) : []),
          ],
          patterns: [
            { regex: layerPattern(layers), message: `${why}.` },
            ...(typesOf ? typesOnly(typesOf, `${why} (and the types of src/${typesOf}).`) : []),
          ],
        },
      ],
    },
  })),
  {
    // knowledge is data: it may name types from other layers, nothing more.
    files: filesOf('knowledge'),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '.*', allowTypeImports: true, message: 'src/knowledge is data: it imports nothing but types.' },
          ],
        },
      ],
    },
  },
  {
    // The diagram's browser bundle: the messages of src/protocol, and the graph's types (never its
    // code) from src/viewModels/diagram/graph; nothing else of the extension, and no vscode.
    files: filesOf('webview'),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The webview runs in the browser: it never imports vscode.' }],
          patterns: [
            {
              regex: layerPattern(LAYERS.filter((l) => l !== 'protocol' && l !== 'webview' && l !== 'viewModels')),
              message: 'The webview imports only src/protocol and the diagram graph types.',
            },
            ...typesOnly(DIAGRAM_GRAPH, 'The webview imports only src/protocol and the diagram graph types.'),
          ],
        },
      ],
    },
  },
  {
    // The browser entry only re-exports src/vscode's web activation: no vscode API of its own.
    files: ['src/extensionWeb.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'Only src/vscode and src/extension.ts import vscode.' }] },
      ],
    },
  },
  {
    // Only src/vscode and src/extension.ts talk to VS Code; the CLI never does.
    files: ['src/cli.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/vscode and src/extension.ts import vscode.' }],
          patterns: [
            {
              regex: layerPattern(['vscode', 'viewModels', 'language', 'knowledge']),
              message: 'The CLI runs the command line alone.',
            },
          ],
        },
      ],
    },
  },
  {
    // Dev tools (npm start) share code with the test runner through tools/, never the other way.
    files: ['tools/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+test(/|$)', message: 'tools must not depend on tests: move shared code into tools/.' },
          ],
        },
      ],
    },
  },
];

// The extension also runs in the browser's web worker (src/extensionWeb.ts), which has no Node:
// only the CLI and src/node (the disk for the CLI and the Node extension host) may import Node's
// built-in modules or use its globals. scripts/build.mjs refuses them in the browser bundle too.
const NODE_ONLY = 'only src/cli.ts and src/node/ may use Node: the extension also runs in the browser';
const NODE_BUILTIN_REGEX = `^(node:.*|(${[...new Set(builtinModules.map((m) => m.split('/')[0]))].join('|')})(/.*)?)$`;
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'setImmediate',
  'clearImmediate',
  '__dirname',
  '__filename',
  'require',
  'global',
];
const nodeOnlyConfig = {
  files: ['src/**/*.ts', 'test/lint/fixtures/src/**/*.ts'],
  ignores: ['src/cli.ts', 'src/node/**', 'test/lint/fixtures/src/node/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: NODE_BUILTIN_REGEX, message: `a Node built-in module: ${NODE_ONLY}.` }] },
    ],
    'no-restricted-globals': [
      'error',
      ...NODE_GLOBALS.map((name) => ({ name, message: `a Node global: ${NODE_ONLY}.` })),
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'examples/**',
      '*.vsix',
      'media/**',
      'test/lint/fixtures/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', TextEncoder: 'readonly' },
    },
  },
  ...boundaryConfigs,
  nodeOnlyConfig,
);
