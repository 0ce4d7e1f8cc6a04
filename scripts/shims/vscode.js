// The one place a shipped bundle requires 'vscode' (scripts/build.mjs, plugin vscodeOnce). esbuild
// gives every module that does `import * as vscode from 'vscode'` its own copy of the API object's
// properties (__toESM: a getter per property, some hundreds of them, in each of some sixty
// modules) while the bundle is evaluated, before activate() runs; re-exported from here, the copy
// is made once and every module reads it.
export * from 'vscode';
