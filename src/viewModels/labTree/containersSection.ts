// The Containers section, grouped by network namespace: a container that joined another's
// (`--network container:x`, compose `network_mode: service:x`) sits under that container.
import type { Container } from '../../core/lab/model';
import { containerDetailRows } from './containerDetails';
import { containerRow } from './containerRow';
import type { TreeContext } from './context';
import { type TreeRow, rowId } from './rows';
import { treeIndex } from './treeIndex';

const base = (c: Container): string => `containers/${c.id}`;

/** Opens by default when it has joiners, so they show; otherwise its details wait for a click. */
function namespaceRow(ctx: TreeContext, c: Container): TreeRow {
  const hasJoiners = treeIndex(ctx.lab).joiners.has(c.id);
  return containerRow(ctx, c, base(c), hasJoiners ? 'expanded' : 'collapsed');
}

// An empty lab still shows Host, Networks and Containers (the host's interfaces and the three
// predefined networks are worth seeing before any container), so VS Code's welcome view, which
// shows only for a tree without rows, never would: what it offered moves into the empty section.
function emptyRows(ctx: TreeContext): TreeRow[] {
  const { words } = ctx;
  return [
    {
      id: rowId('containers/empty/create', 'none'),
      label: words.noContainers,
      description: words.createContainer,
      contextValue: 'message',
      icon: { id: 'add' },
      expansion: 'none',
      node: { kind: 'message' },
      action: { kind: 'command', title: words.createContainer, command: 'netlab.createContainer', arguments: [] },
    },
    {
      id: rowId('containers/empty/walkthrough', 'none'),
      label: words.followWalkthrough,
      description: words.openWalkthrough,
      contextValue: 'message',
      icon: { id: 'book' },
      expansion: 'none',
      node: { kind: 'message' },
      action: {
        kind: 'command',
        title: words.openWalkthrough,
        command: 'workbench.action.openWalkthrough',
        arguments: ['netlab.docker-network-lab#netlab.networkModes'],
      },
    },
  ];
}

export function containersSectionRows(ctx: TreeContext): TreeRow[] {
  if (ctx.lab.containers.size === 0) return emptyRows(ctx);
  return treeIndex(ctx.lab).roots.map((c) => namespaceRow(ctx, c));
}

/** Joiners first, then what the container's processes see. */
export function containerChildRows(ctx: TreeContext, containerId: string): TreeRow[] {
  const c = ctx.lab.containers.get(containerId);
  if (!c) return [];
  const joiners = treeIndex(ctx.lab).joiners.get(c.id) ?? [];
  return [...joiners.map((j) => namespaceRow(ctx, j)), ...containerDetailRows(ctx, c, base(c))];
}
