// The "Containers" view: adapts the tree model of src/viewModels to VS Code TreeItems.
import * as vscode from 'vscode';
import { type ContainerNode, containerTree } from '../../viewModels/containerTree';
import type { LabStore } from '../state/labStore';

const REFRESH_DELAY_MS = 50;

export class ContainerItem extends vscode.TreeItem {
  constructor(readonly node: ContainerNode) {
    // VS Code applies collapsibleState only to ids it has not seen: the node's id changes when a
    // container gains its first joiner, so it opens expanded instead of staying a closed leaf.
    super(
      node.label,
      node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    this.id = node.id;
    this.description = node.description;
    this.tooltip = new vscode.MarkdownString().appendText(node.tooltip);
    this.contextValue = node.contextValue;
    this.iconPath = new vscode.ThemeIcon(node.icon);
  }

  get containerId(): string {
    return this.node.containerId;
  }
}

export class ContainerTreeProvider implements vscode.TreeDataProvider<ContainerItem>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ContainerItem | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: { dispose(): void };
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: LabStore) {
    this.subscription = store.onDidChange(() => this.scheduleRefresh());
  }

  /** Coalesces bursts of lab changes (a compose up, a script) into one tree refresh. */
  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.emitter.fire(undefined);
    }, REFRESH_DELAY_MS);
  }

  getTreeItem(element: ContainerItem): vscode.TreeItem {
    return element;
  }

  getChildren(element?: ContainerItem): ContainerItem[] {
    const nodes = element ? element.node.children : containerTree(this.store.current);
    return nodes.map((n) => new ContainerItem(n));
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
