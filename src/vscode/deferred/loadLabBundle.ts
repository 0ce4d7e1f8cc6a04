// Loads the lab's code (dist/web/lab.js) into the browser's extension host the way the host loads an
// extension's entry: read, then evaluated as a CommonJS module whose only import is 'vscode'
// (VS Code's src/vs/workbench/api/worker/extHostExtensionService.ts, _loadCommonJSModule).
import * as vscode from 'vscode';

/** What dist/web/lab.js exports (src/vscode/webLab.ts). */
export interface LabBundle {
  activate(context: vscode.ExtensionContext): void;
  deactivate(): Promise<void>;
}

export const LAB_BUNDLE_PATH = ['dist', 'web', 'lab.js'] as const;

/**
 * The bundle's text, fetched as the host fetches the extension's entry: the worker's fetch maps
 * file: and vscode-remote: locations to the browser's, and an extension from the Marketplace is at
 * an https: one. An extension installed from a .vsix in the browser (vscode-userdata:) is read
 * through VS Code's file systems instead, which is also the fallback for a fetch that fails (and
 * slower: the whole file crosses the extension host's connection).
 */
async function bundleText(uri: vscode.Uri): Promise<string> {
  const location = uri.toString(true);
  let failure = '';
  try {
    const response = await fetch(location);
    if (response.ok) return await response.text();
    failure = `${response.status} ${response.statusText}`;
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    throw new Error(`${location}: ${failure}`);
  }
}

export async function loadLabBundle(extensionUri: vscode.Uri, api: typeof vscode): Promise<LabBundle> {
  const uri = vscode.Uri.joinPath(extensionUri, ...LAB_BUNDLE_PATH);
  const location = uri.toString(true);
  const source = await bundleText(uri);
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
