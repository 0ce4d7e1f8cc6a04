// The one diagram panel of the window: opened by netlab.openDiagram and netlab.trace, or handed
// back by VS Code after a window reload (the WebviewPanelSerializer registered in registerDiagram.ts).
import * as vscode from 'vscode';
import { DiagramPanel, type DiagramDeps } from './diagramPanel';
import { DIAGRAM_VIEW_TYPE } from '../registrationKeys';
import { diagramResourceRoots } from './diagramHtml';

export class DiagramPanels {
  private current: DiagramPanel | undefined;

  constructor(private readonly deps: DiagramDeps) {}

  /** The open panel, brought to front; a new one beside the editors otherwise. */
  show(): DiagramPanel {
    if (this.current) {
      this.current.panel.reveal(undefined, false);
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(
      DIAGRAM_VIEW_TYPE,
      vscode.l10n.t('Network Diagram'),
      vscode.ViewColumn.Active,
      { enableScripts: true, localResourceRoots: diagramResourceRoots(this.deps.extensionUri) },
    );
    return this.adopt(panel);
  }

  /** Takes over a panel (a new one, or one restored after a reload). */
  adopt(panel: vscode.WebviewPanel): DiagramPanel {
    const diagram = new DiagramPanel(panel, this.deps);
    diagram.onDidDispose(() => {
      if (this.current === diagram) this.current = undefined;
    });
    // Two restored panels (two editor groups before the reload): the last one stays.
    const previous = this.current;
    this.current = diagram;
    previous?.panel.dispose();
    return diagram;
  }

  dispose(): void {
    this.current?.panel.dispose();
  }
}
