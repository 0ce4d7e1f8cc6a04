// The webview's copy of the diagram graph: nodes by id, children by parent, links by id. A
// `graph` message replaces it; a `patch` message changes it and says what changed, so the
// renderer touches only those elements and the layout places only the new ones.
import type { DiagramGraph, DiagramNode, LinkEdge } from '../../viewModels/diagram/graph';
import type { ExtensionMessage } from '../../protocol/diagramMessages';

export type PatchMessage = Extract<ExtensionMessage, { type: 'patch' }>;

/** What a patch did: ids added (parents first), changed in place, and removed (with their descendants). */
export interface PatchEffect {
  added: string[];
  updated: string[];
  removed: string[];
  linksAdded: string[];
  linksUpdated: string[];
  linksRemoved: string[];
}

const ROOT = '';

export class DiagramModel {
  host = '';
  readonly nodes = new Map<string, DiagramNode>();
  readonly links = new Map<string, LinkEdge>();
  private readonly kids = new Map<string, string[]>();

  setGraph(graph: DiagramGraph): void {
    this.host = graph.host;
    this.nodes.clear();
    this.links.clear();
    this.kids.clear();
    for (const node of graph.nodes) this.insert(node);
    for (const link of graph.links) this.links.set(link.id, link);
  }

  /** The id of the node's drawn parent, or '' for a top-level node (also when its parent is unknown). */
  parentOf(id: string): string {
    const parent = this.nodes.get(id)?.parent;
    return parent !== undefined && this.nodes.has(parent) ? parent : ROOT;
  }

  childrenOf(id: string): readonly string[] {
    return this.kids.get(id) ?? [];
  }

  topLevel(): readonly string[] {
    return this.childrenOf(ROOT);
  }

  /** The node's top-level ancestor (itself when it is top-level). */
  topOf(id: string): string {
    let current = id;
    for (let p = this.parentOf(current); p !== ROOT; p = this.parentOf(current)) current = p;
    return current;
  }

  /** Nodes in drawing order: every parent before its children. */
  *ordered(): Generator<DiagramNode> {
    const stack = [...this.topLevel()].reverse();
    while (stack.length > 0) {
      const id = stack.pop()!;
      const node = this.nodes.get(id);
      if (!node) continue;
      yield node;
      const children = this.childrenOf(id);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }

  applyPatch(patch: PatchMessage): PatchEffect {
    const effect: PatchEffect = {
      added: [],
      updated: [],
      removed: [],
      linksAdded: [],
      linksUpdated: [],
      linksRemoved: [],
    };
    if (patch.host) this.host = patch.host;
    for (const id of patch.removed) this.removeTree(id, effect.removed);
    for (const id of patch.linksRemoved) if (this.links.delete(id)) effect.linksRemoved.push(id);
    // Parents come first in `upserted`, but a patch may list them in any order: insert in passes.
    const pending = [...patch.upserted];
    while (pending.length > 0) {
      const before = pending.length;
      for (let i = 0; i < pending.length;) {
        const node = pending[i]!;
        const parentKnown = node.parent === undefined || this.nodes.has(node.parent);
        const parentPending = !parentKnown && pending.some((p) => p.id === node.parent);
        if (parentPending) {
          i++;
          continue;
        }
        pending.splice(i, 1);
        const old = this.nodes.get(node.id);
        if (
          old &&
          this.parentOf(node.id) === (node.parent !== undefined && this.nodes.has(node.parent) ? node.parent : ROOT)
        ) {
          this.nodes.set(node.id, node);
          effect.updated.push(node.id);
        } else {
          // New, or moved to another parent: drawn anew where it now belongs.
          if (old) this.removeTree(node.id, effect.removed);
          this.insert(node);
          effect.added.push(node.id);
        }
      }
      if (pending.length === before) break;
    }
    // Links whose ends are gone go with them.
    for (const [id, link] of this.links)
      if (!this.nodes.has(link.from) || !this.nodes.has(link.to)) {
        this.links.delete(id);
        effect.linksRemoved.push(id);
      }
    for (const link of patch.linksUpserted) {
      if (!this.nodes.has(link.from) || !this.nodes.has(link.to)) continue;
      (this.links.has(link.id) ? effect.linksUpdated : effect.linksAdded).push(link.id);
      this.links.set(link.id, link);
    }
    // A removal then re-insertion of the same id is an addition, not a removal.
    effect.removed = effect.removed.filter((id) => !this.nodes.has(id));
    return effect;
  }

  private insert(node: DiagramNode): void {
    this.nodes.set(node.id, node);
    const parent = this.parentOf(node.id);
    const list = this.kids.get(parent);
    if (list) list.push(node.id);
    else this.kids.set(parent, [node.id]);
  }

  private removeTree(id: string, removed: string[]): void {
    if (!this.nodes.has(id)) return;
    for (const child of [...this.childrenOf(id)]) this.removeTree(child, removed);
    const parent = this.parentOf(id);
    const siblings = this.kids.get(parent);
    if (siblings) {
      const at = siblings.indexOf(id);
      if (at >= 0) siblings.splice(at, 1);
    }
    this.kids.delete(id);
    this.nodes.delete(id);
    removed.push(id);
  }
}
