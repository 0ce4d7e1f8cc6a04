// The "Network Lab" view (netlab.containers): adapts the tree model of viewModels/labTree.ts to
// TreeItems. Each item carries the model's `node` ({ kind: 'container', containerId, name }, ...),
// which context-menu commands receive as their first argument.
import * as vscode from 'vscode';
import { localeOf } from '../../knowledge/localized';
import {
  type Expansion,
  type LabNode,
  type RowAction,
  type TreeContext,
  type TreeRow,
  type TreeWords,
  treeChildren,
  treeTooltip,
} from '../../viewModels/labTree';
import { LAB_SCHEME } from '../registrationKeys';
import { onCoalescedChanges } from '../state/coalescedChanges';
import type { LabStore } from '../state/labStore';
import { treeWords } from './treeWords';

const REFRESH_DELAY_MS = 50;

const COLLAPSIBLE: Readonly<Record<Expansion, vscode.TreeItemCollapsibleState>> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

function toCommand(action: RowAction): vscode.Command {
  return action.kind === 'openDocument'
    ? {
        command: 'vscode.open',
        title: action.title,
        arguments: [vscode.Uri.from({ scheme: LAB_SCHEME, path: action.path })],
      }
    : { command: action.command, title: action.title, arguments: action.arguments };
}

export class LabTreeItem extends vscode.TreeItem {
  readonly node: LabNode;

  constructor(readonly row: TreeRow) {
    // row.id ends in the default expansion: VS Code applies collapsibleState only to ids it has not
    // seen, so a container gaining its first joiner gets a new id and opens to show it.
    super(row.label, COLLAPSIBLE[row.expansion]);
    this.node = row.node;
    this.id = row.id;
    this.description = row.description;
    this.contextValue = row.contextValue;
    this.iconPath = new vscode.ThemeIcon(
      row.icon.id,
      row.icon.color === undefined ? undefined : new vscode.ThemeColor(row.icon.color),
    );
    if (row.action) this.command = toCommand(row.action);
  }
}

export class LabTreeProvider implements vscode.TreeDataProvider<LabTreeItem>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<LabTreeItem | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: { dispose(): void };
  private readonly words: TreeWords = treeWords();
  private readonly parents = new Map<string, LabTreeItem | undefined>();
  /** Lab changes seen; how many had been seen at the last redraw; whether VS Code fetched the top rows since. */
  private version = 0;
  private refreshedVersion = 0;
  private fetched = false;
  private readonly fetchWaiters = new Set<() => void>();

  constructor(private readonly store: LabStore) {
    const coalesced = onCoalescedChanges(store, REFRESH_DELAY_MS, () => this.refresh());
    const counted = store.onDidChange(() => this.version++);
    // Coalesces bursts of lab changes (a compose up, a script) into one tree refresh.
    this.subscription = { dispose: () => (coalesced.dispose(), counted.dispose()) };
  }

  private context(): TreeContext {
    return { lab: this.store.current, words: this.words, locale: localeOf(vscode.env.language) };
  }

  getTreeItem(element: LabTreeItem): vscode.TreeItem {
    return element;
  }

  /** Redraws the whole tree. */
  refresh(): void {
    this.parents.clear();
    this.refreshedVersion = this.version;
    this.fetched = false;
    this.emitter.fire(undefined);
  }

  /** VS Code's rows are the current lab's: no change since the last redraw, whose rows it fetched. */
  private current(): boolean {
    return this.fetched && this.refreshedVersion === this.version;
  }

  /** Resolves with true once VS Code has fetched the current lab's top rows; false after timeoutMs. */
  whenShown(timeoutMs: number): Promise<boolean> {
    return this.current() ? Promise.resolve(true) : this.nextFetch(timeoutMs);
  }

  /** Whether VS Code fetches the current lab's top rows within timeoutMs. */
  private nextFetch(timeoutMs: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const done = (shown: boolean) => {
        clearTimeout(timer);
        this.fetchWaiters.delete(fetched);
        resolve(shown);
      };
      const fetched = () => {
        if (this.current()) done(true);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      this.fetchWaiters.add(fetched);
    });
  }

  getChildren(element?: LabTreeItem): LabTreeItem[] {
    if (!element) {
      this.fetched = true;
      for (const waiter of [...this.fetchWaiters]) waiter();
    }
    return this.rows(element);
  }

  /** The rows under `element` (the top rows without one), as VS Code is given them. */
  private rows(element?: LabTreeItem): LabTreeItem[] {
    const items = treeChildren(this.context(), element?.node).map((row) => new LabTreeItem(row));
    for (const item of items) this.parents.set(item.row.id, element);
    return items;
  }

  /** The parent each row was last listed under (TreeView.reveal climbs these). */
  getParent(element: LabTreeItem): LabTreeItem | undefined {
    return this.parents.get(element.row.id);
  }

  /** A container's row under Containers (a joiner under the container whose namespace it shares). */
  containerItem(containerId: string): LabTreeItem | undefined {
    const section = this.rows().find((i) => i.node.kind === 'section' && i.node.section === 'containers');
    const search = (items: LabTreeItem[], depth: number): LabTreeItem | undefined => {
      const containers = items.filter((i) => i.node.kind === 'container');
      const found = containers.find((i) => i.node.kind === 'container' && i.node.containerId === containerId);
      if (found || depth === 0) return found;
      for (const c of containers) {
        const inner = search(this.rows(c), depth - 1);
        if (inner) return inner;
      }
      return undefined;
    };
    // Joiners sit one level below their namespace's owner, never deeper.
    return section ? search(this.rows(section), 1) : undefined;
  }

  /** Tooltips are built on hover only: 10,000 rows need none until one is pointed at. */
  resolveTreeItem(item: vscode.TreeItem, element: LabTreeItem): vscode.TreeItem {
    const markdown = treeTooltip(this.context(), element.node);
    // Untrusted, without HTML (the defaults): the model escaped every value from the lab.
    if (markdown !== undefined) item.tooltip = new vscode.MarkdownString(markdown);
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
