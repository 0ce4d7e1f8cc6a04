// The Network Lab tree as plain data: Host, Networks and Containers, and below them interfaces,
// ports, attached containers, DNS names and /etc files. Children are built when VS Code asks for
// them (one expanded row at a time) from indexes kept per lab revision, so a lab of 10,000
// containers costs one pass per refresh. The vscode provider (vscode/tree/labTree.ts) only adapts.
import { containerChildRows, containersSectionRows } from './labTree/containersSection';
import type { TreeContext } from './labTree/context';
import { hostSectionRows } from './labTree/hostSection';
import { bridgePortRows } from './labTree/interfaces';
import { networkChildRows, networksSectionRows } from './labTree/networksSection';
import type { LabNode, SectionName, TreeRow } from './labTree/rows';
import { sectionRows } from './labTree/sections';
import { HOST_NETNS } from '../core/lab/lab';

export type {
  ContainerNode,
  DnsNode,
  EtcFileNode,
  Expansion,
  InterfaceNode,
  LabNode,
  LabTreeArgument,
  MessageNode,
  NetworkNode,
  PortNode,
  RowAction,
  RowIcon,
  SectionName,
  SectionNode,
  TreeRow,
} from './labTree/rows';
export type { TreeContext } from './labTree/context';
export { ENGLISH, type TreeWords } from './labTree/words';
export { escapeMarkdown } from './labTree/markdown';
export { treeTooltip } from './labTree/tooltips';

const SECTIONS: Readonly<Record<SectionName, (ctx: TreeContext) => TreeRow[]>> = {
  host: hostSectionRows,
  networks: networksSectionRows,
  containers: containersSectionRows,
};

/** The rows under `parent` (the top-level sections without one), read from the lab as it is now. */
export function treeChildren(ctx: TreeContext, parent?: LabNode): TreeRow[] {
  if (!parent) return sectionRows(ctx);
  switch (parent.kind) {
    case 'section':
      return SECTIONS[parent.section](ctx);
    case 'network':
      return networkChildRows(ctx, parent.networkId);
    case 'container':
      return containerChildRows(ctx, parent.containerId);
    case 'interface':
      return parent.netnsId === HOST_NETNS ? bridgePortRows(ctx, parent.name) : [];
    default:
      return [];
  }
}
