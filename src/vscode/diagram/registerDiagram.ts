// The network diagram's registrations: its commands and the serializer that brings the panel
// back after a window reload (with the `onWebviewPanel:netlab.diagram` activation event).
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import { DIAGRAM_VIEW_TYPE } from '../registrationKeys';
import { DiagramPanels } from './diagramPanels';
import { openDiagram } from './openDiagram';
import { trace } from './trace';

export interface DiagramViews {
  revealContainer(containerId: string): Promise<void>;
}

export function registerDiagram(context: vscode.ExtensionContext, store: LabStore, views: DiagramViews): void {
  const panels = new DiagramPanels({
    store,
    extensionUri: context.extensionUri,
    revealContainer: (id) => views.revealContainer(id),
  });
  context.subscriptions.push(
    panels,
    vscode.commands.registerCommand('netlab.openDiagram', (arg?: unknown) => openDiagram(panels, store, arg)),
    vscode.commands.registerCommand('netlab.trace', (arg?: unknown) => trace(panels, store, arg)),
    // The same two on a container's context menu, titled for it ("Open in Diagram", "Trace from Here…").
    vscode.commands.registerCommand('netlab.openInDiagram', (arg?: unknown) => openDiagram(panels, store, arg)),
    vscode.commands.registerCommand('netlab.traceFrom', (arg?: unknown) => trace(panels, store, arg)),
    vscode.window.registerWebviewPanelSerializer(DIAGRAM_VIEW_TYPE, {
      deserializeWebviewPanel: (panel: vscode.WebviewPanel) => {
        panels.adopt(panel);
        return Promise.resolve();
      },
    }),
  );
}
