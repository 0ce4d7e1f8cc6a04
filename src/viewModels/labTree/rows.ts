// What one row of the Network Lab tree is, as plain data: the vscode provider turns a TreeRow into
// a TreeItem, and hands the row's `node` to commands run from its context menu.
import type { EtcFile } from '../labDocuments';

export type SectionName = 'host' | 'networks' | 'containers';

/** A container row, wherever it sits (Containers, or under its network). */
export interface ContainerNode {
  kind: 'container';
  containerId: string;
  name: string;
}

/** A network row under Networks. */
export interface NetworkNode {
  kind: 'network';
  networkId: string;
  name: string;
}

export interface SectionNode {
  kind: 'section';
  section: SectionName;
}

/** An interface in a namespace: the host's (netnsId HOST_NETNS) or a container's. */
export interface InterfaceNode {
  kind: 'interface';
  netnsId: number;
  name: string;
  /** The container whose row lists it; absent under Host. */
  containerId?: string;
}

/** A listening socket or a published port (`80/tcp`), on the host or in a container. */
export interface PortNode {
  kind: 'port';
  port: number;
  proto: string;
  containerId?: string;
}

export interface DnsNode {
  kind: 'dns';
  containerId: string;
  network: string;
}

export interface EtcFileNode {
  kind: 'etcFile';
  containerId: string;
  name: string;
  file: EtcFile;
}

/** A row that only says something (an empty section, a stopped container). */
export interface MessageNode {
  kind: 'message';
}

export type LabNode =
  SectionNode | ContainerNode | NetworkNode | InterfaceNode | PortNode | DnsNode | EtcFileNode | MessageNode;

/** What a context-menu command receives as its first argument: the tree item, whose node says what it is. */
export interface LabTreeArgument {
  node: LabNode;
}

/** A codicon id and, when the row's state has one, a theme colour id (`charts.green`). */
export interface RowIcon {
  id: string;
  color?: string;
}

/** Leaf, or collapsible starting closed or open. */
export type Expansion = 'none' | 'collapsed' | 'expanded';

/** What a click on the row does. */
export type RowAction =
  | { kind: 'openDocument'; title: string; path: string }
  | { kind: 'command'; title: string; command: string; arguments: unknown[] };

export interface TreeRow {
  /**
   * Unique in the tree and stable across refreshes, so VS Code keeps what the user expanded. It
   * ends in the row's default expansion: VS Code applies collapsibleState only to ids it has not
   * seen, so a row that becomes expandable (a container gaining joiners) gets a new id and opens.
   */
  id: string;
  label: string;
  description: string;
  /** Menus match on it (package.json `viewItem`): `container.running`, `network.user`, ... */
  contextValue: string;
  icon: RowIcon;
  expansion: Expansion;
  node: LabNode;
  action?: RowAction;
}

/** The id for a row: its stable base, then its default expansion (see TreeRow.id). */
export const rowId = (base: string, expansion: Expansion): string => `${base}#${expansion}`;
