// The "Containers" tree: one row per container with its mode and address; containers that
// joined another's namespace (container:<x>) are listed under the namespace owner.
import * as vscode from 'vscode';
import type { Container } from '../../core/lab/model';
import { formatIPv4 } from '../../core/net/ipv4';
import { modeKind } from '../../core/daemon/networkMode';
import type { LabStore } from '../state/labStore';
import { shortId } from '../../core/lab/shortId';

const REFRESH_DELAY_MS = 50;

export class ContainerItem extends vscode.TreeItem {
  constructor(readonly container: Container, description: string, tooltip: string, hasJoiners: boolean) {
    super(container.name, hasJoiners ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    // VS Code applies collapsibleState only to ids it has not seen: a container that gains its
    // first joiner becomes a new item, so it opens expanded instead of staying a closed leaf.
    this.id = hasJoiners ? `${container.id}/joined` : container.id;
    this.description = description;
    this.tooltip = new vscode.MarkdownString().appendText(tooltip);
    this.contextValue = `container.${container.state}`;
    this.iconPath = new vscode.ThemeIcon(container.state === 'running' ? 'vm-running' : 'vm-outline');
  }
}

/** `bridge · 172.17.0.2`, `host`, `none`, `container:web`, `app · 172.18.0.2`. */
export function describeContainer(c: Container, nameOf: (id: string) => string): string {
  const kind = modeKind(c.networkMode);
  if (kind === 'container') return `container:${nameOf(c.networkMode.slice('container:'.length))}`;
  if (kind === 'host' || kind === 'none') return c.state === 'running' ? kind : `${kind} · ${c.state}`;
  const ips = Object.entries(c.endpoints).filter(([, ep]) => ep.ip !== null).map(([net, ep]) => (net === 'bridge' ? formatIPv4(ep.ip!) : `${net} ${formatIPv4(ep.ip!)}`));
  const mode = kind === 'bridge' ? 'bridge' : c.networkMode;
  if (c.state !== 'running') return `${mode} · ${c.state}`;
  return [mode, ...ips].join(' · ');
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

  private item(c: Container, hasJoiners: boolean): ContainerItem {
    const lab = this.store.current;
    const nameOf = (id: string) => lab.containers.get(id)?.name ?? shortId(id);
    const description = describeContainer(c, nameOf);
    const tooltip = `${c.name} (${shortId(c.id)})\nimage: ${c.image}\nnetwork mode: ${c.networkMode.startsWith('container:') ? `container:${nameOf(c.networkMode.slice(10))}` : c.networkMode}\nstate: ${c.state}`;
    return new ContainerItem(c, description, tooltip, hasJoiners);
  }

  /** container:<x> joiners by owner ID, in one pass over the lab. */
  private joinersByOwner(): Map<string, Container[]> {
    const byOwner = new Map<string, Container[]>();
    for (const c of this.store.current.containers.values()) {
      if (!c.networkMode.startsWith('container:')) continue;
      const owner = c.networkMode.slice('container:'.length);
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), c]);
    }
    return byOwner;
  }

  getTreeItem(element: ContainerItem): vscode.TreeItem {
    return element;
  }

  getChildren(element?: ContainerItem): ContainerItem[] {
    const containers = this.store.current.containers;
    const joiners = this.joinersByOwner();
    // A joiner whose owner is gone has nobody to sit under: it shows at the top level.
    const list = element
      ? joiners.get(element.container.id) ?? []
      : [...containers.values()].filter((c) => !c.networkMode.startsWith('container:') || !containers.has(c.networkMode.slice('container:'.length)));
    return list.map((c) => this.item(c, joiners.has(c.id)));
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
