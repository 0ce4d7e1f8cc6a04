// What the extension-host side and the Playwright side agree on. Both sides import this file,
// so a new bridge action is one entry in BridgeActions plus one handler in actions.ts.

/** Environment variable naming the folder where the Playwright side writes answers. */
export const BRIDGE_ENV = 'NETLAB_E2E_BRIDGE';

/** Environment variable naming the suites a run executes (their file suffix); `.test.js` by default. */
export const SUITES_ENV = 'NETLAB_E2E_SUITES';

/**
 * The same two for the browser's extension host, which has no environment: the runner writes them
 * into the user settings (settings.json) and the tests read them with getConfiguration.
 */
export const BRIDGE_SETTING = 'netlabE2E.bridge';
export const SUITES_SETTING = 'netlabE2E.suites';
/** Set to `web` when the run puts the extension into the browser's web worker (the tests check where they run). */
export const HOST_SETTING = 'netlabE2E.host';

/** Which extension host a run puts the extension in. */
export type ExtensionHostKind = 'node' | 'web';

/** Prefix of a console line that asks the Playwright side to act. */
export const BRIDGE_REQUEST_MARKER = 'NETLAB_E2E_BRIDGE_REQUEST ';

/** Prefix of the one console line carrying the e2e result. */
export const RESULT_MARKER = 'NETLAB_E2E_RESULT ';

export interface TreeRow {
  label: string;
  description: string;
  /** 1 for top-level rows, 2 for their children (the row's aria-level). */
  depth: number;
  /** The row's codicon (`vm` for `codicon-vm`), '' without one. */
  icon: string;
  /** The icon's colour as the workbench resolved it (`rgb(...)`), '' when uncoloured. */
  iconColor: string;
}

export interface WalkthroughStepState {
  /** The workbench's step id: `<extension id>#<walkthrough id>#<step id>`. */
  id: string;
  /** The step's checkbox is ticked. */
  done: boolean;
}

/** An element of a webview's page, as webview.query reads it. */
export interface WebviewElement {
  /** Lower-case tag name (`g`, `div`). */
  tag: string;
  /** Every attribute, by name. */
  attributes: Record<string, string>;
  /** Its text content, trimmed. */
  text: string;
}

/** Action name -> argument tuple and result type. */
export interface BridgeActions {
  'quickInput.submit': { args: [text: string]; result: null };
  /** Types text into the open quick input (no Enter) and reads the validation message it shows ('' when none). */
  'quickInput.validation': { args: [text: string]; result: string };
  'tree.rows': { args: [viewId: string]; result: TreeRow[] };
  'tree.contextMenu': { args: [viewId: string, label: string, itemTitle: string]; result: null };
  screenshot: { args: [name: string]; result: string };
  'command.run': { args: [title: string]; result: null };
  /** The text of every element matching a CSS selector in the workbench, in document order. */
  'dom.texts': { args: [selector: string]; result: string[] };
  'walkthrough.steps': { args: []; result: WalkthroughStepState[] };
  /**
   * Moves the mouse over the first token of the active editor whose text is exactly `token` and
   * waits for the editor's hover widget; resolves to the widget's text.
   */
  'editor.hover': { args: [token: string]; result: string };
  'terminal.type': { args: [text: string]; result: null };
  'terminal.press': { args: [key: string]; result: null };
  'terminal.rows': { args: []; result: string[] };
  /**
   * The elements matching a CSS selector in the page of the webview whose document has an element
   * matching `frameMarker` (VS Code nests each webview's page in two iframes); [] while no such page is shown.
   */
  'webview.query': { args: [selector: string, frameMarker: string]; result: WebviewElement[] };
  /** Clicks the first element matching a CSS selector in that webview's page. */
  'webview.click': { args: [selector: string, frameMarker: string]; result: null };
}

export type ActionName = keyof BridgeActions;

export interface BridgeRequest {
  id: string;
  action: string;
  args: unknown[];
}

export type BridgeResponse = { ok: true; result: unknown } | { ok: false; error: string };

export interface E2EResult {
  passed: number;
  failed: number;
  pending: number;
  vscodeVersion: string;
}
