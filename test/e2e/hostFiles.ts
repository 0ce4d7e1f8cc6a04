// What the tests in the extension host learn from the runner, and the files they share with it,
// the same way in both hosts. The Node host has the runner's environment; the browser's web
// worker has none, so there the runner writes the values into the user settings. Files go through
// vscode.workspace.fs, which reaches the runner's disk from either host: a path on the folder's
// own file system (file: in the Node host, vscode-remote: in the browser).
import * as vscode from 'vscode';
import { BRIDGE_ENV, BRIDGE_SETTING, SUITES_ENV, SUITES_SETTING } from './runner/protocol';

/** The host's environment variable, or in the browser the user setting that stands for it. */
function fromRunner(env: string, setting: string): string | undefined {
  if (typeof process !== 'undefined') return process.env[env] || undefined;
  return vscode.workspace.getConfiguration().get<string>(setting) || undefined;
}

/** Where the Playwright side writes its answers; undefined without the code-server runner. */
export const bridgeDir = (): string | undefined => fromRunner(BRIDGE_ENV, BRIDGE_SETTING);

/** The suffix of the suite files this run executes. */
export const suitesSuffix = (): string => fromRunner(SUITES_ENV, SUITES_SETTING) ?? '.test.js';

/** This run is in the browser's web-worker extension host. */
export const inWebWorker = (): boolean => typeof process === 'undefined';

/** A path on the runner's disk, as this host reaches it. */
export function hostUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && folder.scheme !== 'file' ? folder.with({ path, query: '', fragment: '' }) : vscode.Uri.file(path);
}

/** A folder on the runner's disk for a test's own files: the bridge folder, else the system's temp folder. */
export function scratchDir(): string {
  const env = typeof process !== 'undefined' ? process.env : {};
  return bridgeDir() ?? env.TMPDIR ?? env.TEMP ?? '/tmp';
}

export async function readText(path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(hostUri(path)));
  } catch {
    return undefined;
  }
}

export async function writeText(path: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(hostUri(path), new TextEncoder().encode(text));
}

export async function exists(path: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(hostUri(path));
    return true;
  } catch {
    return false;
  }
}

export async function remove(path: string): Promise<void> {
  await vscode.workspace.fs.delete(hostUri(path), { useTrash: false }).then(undefined, () => undefined);
}

/** A new id: for bridge answers and scratch files. */
export function newId(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
