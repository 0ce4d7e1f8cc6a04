// Extension-host side of the bridge: a test asks the Playwright side (runner/bridgeHost.ts) to act
// on the workbench DOM by logging a request line, then waits for the answer file, read through
// vscode.workspace.fs so that it works in the Node host and the browser's web worker alike. Only
// the code-server runner provides the bridge; under @vscode/test-electron available() is false.
import { bridgeDir, newId, readText, remove } from './hostFiles';
import {
  BRIDGE_REQUEST_MARKER,
  type ActionName,
  type BridgeActions,
  type BridgeResponse,
  type TreeRow,
  type WalkthroughStepState,
  type WebviewElement,
} from './runner/protocol';

export type { TreeRow, WalkthroughStepState, WebviewElement };

export function available(): boolean {
  return bridgeDir() !== undefined;
}

export async function request<K extends ActionName>(
  action: K,
  args: BridgeActions[K]['args'],
  timeoutMs = 30_000,
): Promise<BridgeActions[K]['result']> {
  const dir = bridgeDir();
  if (!dir) throw new Error(`bridge not available (no bridge folder from the runner): ${action}`);
  const id = newId();
  const answer = `${dir}/${id}.json`;
  console.log(BRIDGE_REQUEST_MARKER + JSON.stringify({ id, action, args }));
  const deadline = Date.now() + timeoutMs;
  let text: string | undefined;
  while ((text = await readText(answer)) === undefined) {
    if (Date.now() > deadline) throw new Error(`bridge: no answer to ${action} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const response = JSON.parse(text) as BridgeResponse;
  await remove(answer);
  if (!response.ok) throw new Error(`bridge: ${action} failed: ${response.error}`);
  return response.result as BridgeActions[K]['result'];
}

export const quickInput = {
  /** Waits for the quick input, types text into it and presses Enter. */
  submit: (text: string): Promise<null> => request('quickInput.submit', [text]),
  /** Types text into the open input box, no Enter; resolves to the validation message it shows ('' if none). */
  validation: (text: string): Promise<string> => request('quickInput.validation', [text]),
};

export const tree = {
  /** Rows of a tree view as shown, e.g. tree.rows('netlab.containers'). */
  rows: (viewId: string): Promise<TreeRow[]> => request('tree.rows', [viewId]),
  /** Right-clicks the last row with this label and picks the context menu item with this title. */
  contextMenu: (viewId: string, label: string, itemTitle: string): Promise<null> =>
    request('tree.contextMenu', [viewId, label, itemTitle]),
};

export const terminal = {
  /** Types text into the terminal shown in the panel, key by key, as a person would. */
  type: (text: string): Promise<null> => request('terminal.type', [text]),
  /** Presses one key there, in Playwright's names: 'Enter', 'ArrowUp', 'Control+C'. */
  press: (key: string): Promise<null> => request('terminal.press', [key]),
  /** The terminal's visible rows, as text. */
  rows: (): Promise<string[]> => request('terminal.rows', []),
};

export const editor = {
  /** Rests the real mouse on a token of the active editor; resolves to the hover widget's text. */
  hover: (token: string): Promise<string> => request('editor.hover', [token]),
};

/** The network diagram's page: the webview whose document draws the host's namespace. */
const DIAGRAM_MARKER = '[data-kind="host"]';

export const webview = {
  /** Attributes and text of the elements matching a selector in the diagram's page ([] while it is not shown). */
  query: (selector: string, marker = DIAGRAM_MARKER): Promise<WebviewElement[]> =>
    request('webview.query', [selector, marker]),
  /** Clicks the first element matching a selector in the diagram's page. */
  click: (selector: string, marker = DIAGRAM_MARKER): Promise<null> => request('webview.click', [selector, marker]),
};

/** Saves <project>/test-artifacts/<name>.png; resolves to its path. */
export function screenshot(name: string): Promise<string> {
  return request('screenshot', [name]);
}

/** The text of every element matching a CSS selector in the workbench. */
export function texts(selector: string): Promise<string[]> {
  return request('dom.texts', [selector]);
}

/** Runs a command through the command palette, by its title as shown there. */
export function runCommand(title: string): Promise<null> {
  return request('command.run', [title]);
}

export const walkthrough = {
  /** The steps of the walkthrough open in the editor, with their checkbox state. */
  steps: (): Promise<WalkthroughStepState[]> => request('walkthrough.steps', []),
};

/** Polls fn until it returns a value other than undefined. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
