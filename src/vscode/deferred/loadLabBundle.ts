// Loads the lab's code (dist/web/lab.js) into the browser's extension host the way the host loads an
// extension's entry: fetched, then evaluated as a CommonJS module whose only import is 'vscode'
// (VS Code's src/vs/workbench/api/worker/extHostExtensionService.ts, _loadCommonJSModule). The
// worker's fetch maps the extension's file:, vscode-remote: and https: locations to the browser's.
import * as vscode from 'vscode';

/** What dist/web/lab.js exports (src/vscode/webLab.ts). */
export interface LabBundle {
  activate(context: vscode.ExtensionContext): void;
  deactivate(): Promise<void>;
}

export const LAB_BUNDLE_PATH = ['dist', 'web', 'lab.js'] as const;

export async function loadLabBundle(extensionUri: vscode.Uri, api: typeof vscode): Promise<LabBundle> {
  const location = vscode.Uri.joinPath(extensionUri, ...LAB_BUNDLE_PATH).toString(true);
  const response = await fetch(location);
  if (!response.ok)
    throw new Error(`Network Lab could not load ${location}: ${response.status} ${response.statusText}`);
  const source = await response.text();
  const module: { exports: unknown } = { exports: {} };
  const require = (name: string): unknown => {
    if (name === 'vscode') return api;
    throw new Error(`Cannot load module '${name}'`);
  };
  // The same evaluation as the host's own loader (above); sourceURL names the file in stack traces.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const evaluate = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${location}`) as (
    module: { exports: unknown },
    exports: unknown,
    require: (name: string) => unknown,
  ) => void;
  evaluate(module, module.exports, require);
  return module.exports as LabBundle;
}
