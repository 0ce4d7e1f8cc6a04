// Entry point for the browser's web-worker extension host (package.json "browser"): vscode.dev,
// github.dev, code-server's web host. The activation lives in src/vscode (the only folder that
// touches the vscode API); the build refuses any Node built-in in this bundle (scripts/build.mjs).
export { activateWeb as activate } from './vscode/activateWeb';
export { deactivateLab as deactivate } from './vscode/activate';
