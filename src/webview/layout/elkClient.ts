// ELK off the UI thread. A webview cannot start a Worker from its resource URL (another origin
// than the page's), so the worker script named by the <script> tag's data-layout-worker is
// fetched and started from a blob: URL: the panel's CSP needs `connect-src <cspSource>` for the
// fetch and `worker-src blob:` for the worker. Without those (or the attribute) the layout falls
// back to flowLayout on the UI thread. elk-api.js talks to elkjs's own worker (elk-worker.min.js).
import ELK, { type ELK as ElkApi, type ElkNode } from 'elkjs/lib/elk-api.js';

const START_TIMEOUT_MS = 10_000;

/** The shape of a real request (elkGraph.ts): a layered root, a box-packed group, an edge. */
const WARM_UP: ElkNode = {
  id: 'warm-up',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' },
  children: [
    { id: 'a', width: 10, height: 10 },
    {
      id: 'g',
      layoutOptions: { 'elk.algorithm': 'box' },
      children: [
        { id: 'b', width: 10, height: 10 },
        { id: 'c', width: 20, height: 10 },
      ],
    },
  ],
  edges: [{ id: 'a->g', sources: ['a'], targets: ['g'] }],
};

export type LayoutEngine = 'elk-worker' | 'flow';

export class ElkClient {
  private elk: Promise<ElkApi | undefined>;

  constructor(workerUrl: string | undefined) {
    this.elk = workerUrl ? start(workerUrl) : Promise.resolve(undefined);
  }

  /** Whether layouts run in ELK's worker; false when it could not start. */
  async engine(): Promise<LayoutEngine> {
    return (await this.elk) ? 'elk-worker' : 'flow';
  }

  /** ELK's layout of the graph, or undefined when there is no worker (or it failed). */
  async layout(graph: ElkNode): Promise<ElkNode | undefined> {
    const elk = await this.elk;
    if (!elk) return undefined;
    try {
      return await elk.layout(graph);
    } catch (e) {
      console.error('netlab diagram: ELK layout failed, using the flow layout', e);
      return undefined;
    }
  }
}

async function start(url: string): Promise<ElkApi | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const blobUrl = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
    const elk = new ELK({ workerFactory: () => new Worker(blobUrl) });
    // A first small layout: the worker's start-up and JIT warm-up happen before the first graph.
    // A worker that fails to load never answers: give up after a while.
    const warm = elk.layout(WARM_UP);
    const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), START_TIMEOUT_MS));
    await Promise.race([warm, late]);
    return elk;
  } catch (e) {
    console.warn('netlab diagram: no layout worker, laying out on the page', e);
    return undefined;
  }
}
