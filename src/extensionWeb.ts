// Entry point for the browser's web-worker extension host (package.json "browser"): vscode.dev,
// github.dev, code-server's web host. A small entry that loads the lab's code (dist/web/lab.js, from
// src/vscode/webLab.ts) on first use; both live in src/vscode (the only folder that touches the
// vscode API). The build refuses any Node built-in in these bundles (scripts/build.mjs).
export { activateWeb as activate, deactivateWeb as deactivate } from './vscode/activateWeb';
