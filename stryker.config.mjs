// StrykerJS for `npm run test:mutation` (not part of `npm test`): mutates src/core and src/compose,
// rebuilds the esbuild bundles in Stryker's sandbox (the mutants are switched at run time through
// a global, so they work inside bundled test files too), runs the unit tests with mocha and drops
// mutants that do not type-check. Incremental: a rerun only tests mutants whose code or tests changed.
// Narrow a run with `npm run test:mutation -- --mutate 'src/core/kernel/**/*.ts'`.

// Fewer fast-check runs per property inside Stryker (test/unit/properties.test.ts reads FC_RUNS);
// the mocha child processes inherit this.
process.env.FC_RUNS ??= '10';
// Instrumented code on a shared machine: the quadratic-work guards get twenty times their time.
process.env.TIME_LIMIT_SCALE ??= '20';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/core/**/*.ts', 'src/compose/**/*.ts'],
  buildCommand: 'node scripts/build.mjs',
  testRunner: 'mocha',
  mochaOptions: {
    spec: ['out/test/unit/*.test.js'],
    // Packaging lists node_modules with npm, which the sandbox's linked node_modules fails; it tests no core code.
    ignore: ['out/test/unit/packageContents.test.js'],
    ui: 'bdd',
  },
  // esbuild does not type-check, so the sandbox needs no `// @ts-nocheck` (which the lint test of
  // test/lint/fixtures would report); the TypeScript checker still drops mutants that do not compile.
  disableTypeChecks: false,
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Mutants in module-level code (tables) would rerun every test each; they are reported as ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  ignorePatterns: ['.vscode-test', 'dist', 'out', 'test-artifacts', 'reports', '*.vsix'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  concurrency: 2,
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
