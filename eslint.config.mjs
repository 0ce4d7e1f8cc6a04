// Lint for the whole project: typed rules (floating promises) and the layers of src/, whose
// imports run downward only. Each folder below lists the layers it must not import; a layer is
// matched by the relative path climbing out of its folder (`../../commandLine/...`).
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
  {
    folder: 'protocol',
    layers: LAYERS.filter((l) => l !== 'protocol'),
    nodeFs: true,
    why: 'src/protocol holds only the messages between extension and webview',
  },
];

const layerPattern = (layers) => `^(\\.\\./)+(src/)?(${layers.join('|')})(/|$)`;
const NODE_FS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'];

/** Lint fixtures (test/lint/fixtures/src/<layer>/...) sit under the same rules as src/<layer>. */
const filesOf = (folder) => [`src/${folder}/**/*.ts`, `test/lint/fixtures/src/${folder}/**/*.ts`];

const boundaryConfigs = [
  ...BOUNDARIES.map(({ folder, layers, nodeFs, why }) => ({
    files: filesOf(folder),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: `${why}.` },
            ...(nodeFs ? NODE_FS.map((name) => ({ name, message: `${why}.` })) : []),
          ],
          patterns: [{ regex: layerPattern(layers), message: `${why}.` }],
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
    // Only src/vscode and src/extension.ts talk to VS Code; the CLI and webview never do.
    files: ['src/cli.ts', ...filesOf('webview')],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/vscode and src/extension.ts import vscode.' }],
          patterns: [
            {
              regex: layerPattern(['vscode', 'viewModels', 'language', 'knowledge']),
              message: 'The CLI runs the command line alone; the webview imports only src/protocol.',
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
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...boundaryConfigs,
);
