// The one handle on the extension the webview has: VS Code defines acquireVsCodeApi in the page
// (callable once); the bench and tests define a stub with the same shape.
import type { WebviewMessage } from '../protocol/diagramMessages';

export interface ViewState {
  zoom: number;
  panX: number;
  panY: number;
  selected?: string;
}

export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export function vscodeApi(): VsCodeApi {
  return acquireVsCodeApi();
}
