// The network diagram's webview panel: one per window. It posts nothing before the webview says
// `ready` (a message posted earlier is lost), then the whole graph, then a patch after each burst
// of lab changes (coalesced like the tree), so the webview keeps zoom, scroll and positions. A
// hidden panel's page is discarded by VS Code and says `ready` again when shown: it gets the whole
// graph again. Every message from the page is checked (isWebviewMessage) before anything is done.
import * as vscode from 'vscode';
import { localeOf, type Locale } from '../../knowledge/localized';
import type { ExtensionMessage, TraceQuery, WebviewMessage } from '../../protocol/diagramMessages';
import { isWebviewMessage } from '../../protocol/validateWebviewMessage';
import { diagramGraph } from '../../viewModels/diagram/diagramGraph';
import { diagramPatch, isEmptyPatch } from '../../viewModels/diagram/diagramPatch';
import { type DiagramTrace, diagramTrace } from '../../viewModels/diagram/diagramTrace';
import type { DiagramGraph } from '../../viewModels/diagram/graph';
import { onCoalescedChanges } from '../state/coalescedChanges';
import type { LabStore } from '../state/labStore';
import { diagramHtml, diagramResourceRoots } from './diagramHtml';
import { diagramTexts } from './diagramTexts';
import { runContainerAction } from './containerActions';
import { saveExport } from './saveExport';

/** As the tree's refresh: a compose up is many changes and one redraw. */
const UPDATE_DELAY_MS = 50;

export interface DiagramDeps {
  store: LabStore;
  extensionUri: vscode.Uri;
  /** Focuses the containers view and selects a container's row. */
  revealContainer(containerId: string): Promise<void>;
}

const locale = (): Locale => localeOf(vscode.env.language);

export class DiagramPanel {
  private ready = false;
  private revision = 0;
  /** What the webview shows now: the patches' base. */
  private shown: DiagramGraph | undefined;
  /** The lab was replaced (reset, import): send it whole. */
  private replaced = false;
  private traceQuery: TraceQuery | undefined;
  /** An element to reveal once the page is ready. */
  private pendingReveal: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeListeners: (() => void)[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly deps: DiagramDeps,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: diagramResourceRoots(deps.extensionUri) };
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'netlab.svg');
    panel.title = vscode.l10n.t('Network Diagram');
    panel.webview.html = diagramHtml(panel.webview, deps.extensionUri, panel.title);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      panel.onDidChangeViewState(() => {
        // A hidden page is gone; the one shown next says ready and gets the whole graph.
        if (!panel.visible) this.ready = false;
      }),
      onCoalescedChanges(deps.store, UPDATE_DELAY_MS, () => this.update()),
      deps.store.onDidReset(() => {
        this.replaced = true;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  onDidDispose(listener: () => void): void {
    this.disposeListeners.push(listener);
  }

  /** Shows a container (selected and scrolled to) now, or once the page is ready. */
  reveal(id: string): void {
    if (this.ready) this.post({ type: 'reveal', id });
    else this.pendingReveal = id;
  }

  /** Traces a path and highlights it (now, or once the page is ready); it follows later changes. */
  trace(query: TraceQuery): DiagramTrace {
    this.traceQuery = query;
    const result = diagramTrace(this.deps.store.current, query, locale());
    if (this.ready) this.post({ type: 'trace', trace: result.view, query });
    return result;
  }

  private post(message: ExtensionMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private receive(message: unknown): void {
    // A page script's message of any other shape is dropped: nothing half-done.
    if (!isWebviewMessage(message)) return;
    void this.handle(message);
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.sendGraph();
        return;
      case 'select':
        // The tree is a convenience here: a row it cannot show (the lab moved on) is no error to report.
        if (this.deps.store.current.containers.has(message.id))
          await this.deps.revealContainer(message.id).catch(() => undefined);
        return;
      case 'action':
        await runContainerAction(this.deps.store, message.action, message.id);
        return;
      case 'trace':
        this.trace(message.query);
        return;
      case 'export':
        await saveExport(message.format, message.data);
        return;
    }
  }

  /** The whole graph, then what was waiting for the page: the trace, the element to reveal. */
  private sendGraph(): void {
    this.replaced = false;
    this.shown = diagramGraph(this.deps.store.current, locale());
    this.post({ type: 'graph', revision: ++this.revision, graph: this.shown, texts: diagramTexts() });
    if (this.traceQuery) this.trace(this.traceQuery);
    if (this.pendingReveal) {
      this.post({ type: 'reveal', id: this.pendingReveal });
      this.pendingReveal = undefined;
    }
  }

  private update(): void {
    if (!this.ready) return;
    if (this.replaced || !this.shown) {
      this.sendGraph();
      return;
    }
    const next = diagramGraph(this.deps.store.current, locale());
    const patch = diagramPatch(this.shown, next);
    this.shown = next;
    if (!isEmptyPatch(patch)) this.post({ type: 'patch', revision: ++this.revision, ...patch });
    if (this.traceQuery) this.trace(this.traceQuery);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    for (const l of this.disposeListeners.splice(0)) l();
  }
}
