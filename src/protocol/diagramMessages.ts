// The messages between the extension and the diagram webview, as discriminated unions both sides
// import; isWebviewMessage checks at run time every message that comes from the webview (which
// runs page script: never trust its shape).
import type { DiagramGraph, DiagramNode, LinkEdge, TraceView } from '../viewModels/diagram/graph';

/** Words the webview shows, in the display language (the webview has no l10n of its own). */
export interface DiagramTexts {
  [key: string]: string;
}

export type ExtensionMessage =
  /** The whole graph: the first post after `ready`, and after a reset. */
  | { type: 'graph'; revision: number; graph: DiagramGraph; texts: DiagramTexts }
  /** What changed since `revision - 1`: drawn incrementally, positions of the rest kept. */
  | {
      type: 'patch';
      revision: number;
      host: string;
      upserted: DiagramNode[];
      removed: string[];
      linksUpserted: LinkEdge[];
      linksRemoved: string[];
    }
  /** A traced path to highlight (or undefined to clear). */
  | { type: 'trace'; trace: TraceView | undefined; query: TraceQuery }
  /** Select and reveal an element (a container chosen in the tree). */
  | { type: 'reveal'; id: string };

export interface TraceQuery {
  from: string;
  to: string;
  port?: number;
  protocol?: 'tcp' | 'udp';
}

export type ContainerAction = 'start' | 'stop' | 'remove' | 'exec' | 'inspect' | 'terminal';

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'select'; id: string }
  | { type: 'action'; action: ContainerAction; id: string }
  | { type: 'trace'; query: TraceQuery }
  | { type: 'export'; format: 'svg' | 'png'; data: string };
