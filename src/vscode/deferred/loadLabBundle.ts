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
 * The bundle's text. An extension from the Marketplace sits at an https: location, fetched as the
 * host fetches its entry; one installed from a .vsix in the browser, or served by code-server, is
 * read through VS Code's file systems (vscode-userdata:, vscode-remote:, file:), with fetch as the
 * fallback for what none of them serves.
 */
async function bundleText(uri: vscode.Uri): Promise<string> {
  const location = uri.toString(true);
  if (uri.scheme !== 'http' && uri.scheme !== 'https') {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // fetch below
    }
  }
  const response = await fetch(location);
  if (!response.ok) throw new Error(`${location}: ${response.status} ${response.statusText}`);
  return response.text();
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
