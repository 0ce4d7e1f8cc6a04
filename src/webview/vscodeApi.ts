// The one handle on the extension the webview has: VS Code defines acquireVsCodeApi in the page
// (callable once); the bench and tests define a stub with the same shape.
import type { WebviewMessage } from '../protocol/diagramMessages';
import type { SavedLayout } from './layout/savedLayout';

export interface ViewState {
  zoom: number;
  panX: number;
  panY: number;
  selected?: string;
  /** Where the boxes were (checked with isSavedLayout before use: an older page may have saved it). */
  layout?: SavedLayout;
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
