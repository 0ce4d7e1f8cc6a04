// The module scripts/build.mjs generates for the browser's test bundle: every file of
// test/e2e/suite by its built name (`activation.test.js`) and a function that loads it.
declare module 'netlab:e2e-suites' {
  export const suites: ReadonlyArray<readonly [name: string, load: () => unknown]>;
}
