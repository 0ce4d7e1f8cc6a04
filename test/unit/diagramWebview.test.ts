// The diagram webview's pure parts, without a browser: CSS selector escaping of the DOM
// contract's ids, the in-memory model under patches, the ELK graph's grouping, and the update's
// placement (only new boxes laid out, nothing drawn moves, nothing new overlaps).
import * as assert from 'node:assert/strict';
import type { DiagramGraph, DiagramNode, LinkEdge } from '../../src/viewModels/diagram/graph';
import { attrSelector, cssString, elementSelector } from '../../src/webview/model/selectors';
import { DiagramModel, type PatchMessage } from '../../src/webview/model/diagramModel';
import { buildElkGraph, elkNodeCount, readElkLayout } from '../../src/webview/layout/elkGraph';
import { flowLayout } from '../../src/webview/layout/flowLayout';
import { placeNew } from '../../src/webview/layout/placeNew';
import { overlaps, textWidth, CHAR_WIDTH, type Rect } from '../../src/webview/layout/geometry';
import { absoluteRect, ISOLATED } from '../../src/webview/layout/layoutState';
import { nearestInDirection } from '../../src/webview/ui/spatialNavigation';
import { isSavedLayout, restoreLayout, saveLayout } from '../../src/webview/layout/savedLayout';

const HOST = 'net:[4026531840]';
const NET = 'a'.repeat(64);

const base = { aria: 'aria', details: [] as string[] };
const namespaceParts = (n: number, withLink = true): { nodes: DiagramNode[]; links: LinkEdge[] } => {
  const ns = `net:[${4026532000 + n}]`;
  const id = `${n}`.padStart(64, 'c');
  return {
    nodes: [
      { ...base, kind: 'namespace', id: ns, label: ns, owner: id, isolated: !withLink },
      {
        ...base,
        kind: 'container',
        id,
        parent: ns,
        label: `c${n}`,
        name: `c${n}`,
        state: 'running',
        mode: 'app',
        role: 'alone',
      },
      { ...base, kind: 'interface', id: `lo@${ns}`, parent: ns, label: 'lo', name: 'lo', addresses: [], mac: '' },
      ...(withLink
        ? [
            {
              ...base,
              kind: 'interface',
              id: `eth0@${ns}`,
              parent: ns,
              label: 'eth0',
              name: 'eth0',
              addresses: [],
              mac: '',
            } as DiagramNode,
          ]
        : []),
    ],
    links: withLink
      ? [{ kind: 'link', id: `eth0@${ns}->${NET}`, role: 'veth', from: `eth0@${ns}`, to: NET, label: '', aria: 'veth' }]
      : [],
  };
};

function graph(containers: number): DiagramGraph {
  const nodes: DiagramNode[] = [
    { ...base, kind: 'host', id: HOST, label: 'docker-host' },
    {
      ...base,
      kind: 'interface',
      id: `eth0@${HOST}`,
      parent: HOST,
      label: 'eth0',
      name: 'eth0',
      addresses: [],
      mac: '',
    },
    {
      ...base,
      kind: 'network',
      id: NET,
      label: 'app',
      name: 'app',
      driver: 'bridge',
      device: 'br-aaaa',
      subnets: [],
      gateways: [],
    },
  ];
  const links: LinkEdge[] = [];
  for (let i = 0; i < containers; i++) {
    const parts = namespaceParts(i, i > 0);
    nodes.push(...parts.nodes);
    links.push(...parts.links);
  }
  return { host: HOST, nodes, links };
}

const patchOf = (partial: Partial<PatchMessage>): PatchMessage => ({
  type: 'patch',
  revision: 2,
  host: HOST,
  upserted: [],
  removed: [],
  linksUpserted: [],
  linksRemoved: [],
  ...partial,
});

describe('diagram webview: selectors', () => {
  it('quotes ids with their quotes, backslashes and control characters escaped', () => {
    assert.equal(cssString('net:[4026531840]'), '"net:[4026531840]"');
    assert.equal(cssString('a"b\\c'), '"a\\"b\\\\c"');
    assert.equal(cssString('x\ny'), '"x\\a y"');
    assert.equal(attrSelector('data-id', 'eth0@net:[1]'), '[data-id="eth0@net:[1]"]');
    assert.equal(
      elementSelector('<img src=x onerror="1">', 'network'),
      '[data-kind="network"][data-id="<img src=x onerror=\\"1\\">"]',
    );
    assert.equal(elementSelector('web.1_a-b'), '[data-kind][data-id="web.1_a-b"]');
  });
});

describe('diagram webview: model', () => {
  it('adds a namespace with its children parents first, even when the patch lists a child first', () => {
    const model = new DiagramModel();
    model.setGraph(graph(2));
    const parts = namespaceParts(7);
    const effect = model.applyPatch(
      patchOf({ upserted: [parts.nodes[1]!, ...parts.nodes.filter((_, i) => i !== 1)], linksUpserted: parts.links }),
    );
    assert.equal(effect.added[0], 'net:[4026532007]');
    assert.deepEqual(new Set(effect.added), new Set(parts.nodes.map((n) => n.id)));
    assert.deepEqual(effect.linksAdded, [parts.links[0]!.id]);
    assert.deepEqual(
      [...model.childrenOf('net:[4026532007]')].sort(),
      parts.nodes
        .slice(1)
        .map((n) => n.id)
        .sort(),
    );
  });

  it('removes a namespace with its descendants and the links to them', () => {
    const model = new DiagramModel();
    model.setGraph(graph(3));
    const effect = model.applyPatch(patchOf({ removed: ['net:[4026532001]'] }));
    assert.equal(effect.removed.length, 4);
    assert.deepEqual(effect.linksRemoved, [`eth0@net:[4026532001]->${NET}`]);
    assert.equal(model.nodes.has(`lo@net:[4026532001]`), false);
    assert.equal(model.topLevel().includes('net:[4026532001]'), false);
  });

  it('changes a node in place and moves a node that changed parent', () => {
    const model = new DiagramModel();
    model.setGraph(graph(3));
    const container = model.nodes.get('1'.padStart(64, 'c'))!;
    const stopped = { ...container, details: ['exited'] };
    assert.deepEqual(model.applyPatch(patchOf({ upserted: [stopped] })).updated, [container.id]);
    const moved = { ...container, parent: 'net:[4026532002]' };
    const effect = model.applyPatch(patchOf({ upserted: [moved] }));
    assert.deepEqual(effect.added, [container.id]);
    assert.deepEqual(effect.removed, []);
    assert.equal(model.parentOf(container.id), 'net:[4026532002]');
  });
});

describe('diagram webview: layout', () => {
  it('hands ELK the namespaces of a network in one group, and the isolated ones in another', () => {
    const model = new DiagramModel();
    model.setGraph(graph(4));
    const { graph: elk, inside, packed } = buildElkGraph(model);
    const ids = elk.children!.map((c) => c.id);
    assert.deepEqual(ids.sort(), [HOST, NET, `group:${ISOLATED}`, `group:${NET}`].sort());
    assert.equal(elk.children!.find((c) => c.id === `group:${NET}`)!.children!.length, 3);
    assert.ok(elk.edges!.some((e) => e.sources[0] === NET && e.targets[0] === `group:${NET}`));
    assert.ok(elk.edges!.some((e) => e.sources[0] === HOST && e.targets[0] === NET));
    // ELK places the host, the network, 2 groups and the 4 namespaces as fixed-size boxes; their
    // insides (the host's interface, 3 namespaces with 3 children, one with 2) are packed on the page.
    assert.equal(elkNodeCount(elk), 1 + 1 + 2 + 4);
    assert.equal(packed, 1 + 3 * 3 + 2);
    for (const group of elk.children!.filter((c) => c.children))
      for (const member of group.children!) {
        const size = inside.rects.get(member.id)!;
        assert.deepEqual([member.width, member.height], [size.width, size.height]);
        for (const child of model.childrenOf(member.id)) {
          const r = inside.rects.get(child)!;
          assert.ok(r.x >= 0 && r.y > 0 && r.x + r.width <= size.width && r.y + r.height <= size.height, child);
        }
      }
  });

  it("puts ELK's places on the top-level boxes and keeps their insides relative to them", () => {
    const model = new DiagramModel();
    model.setGraph(graph(2));
    const { graph: elk, inside } = buildElkGraph(model);
    const insideBefore = new Map([...inside.rects].map(([id, r]) => [id, { ...r }]));
    const placed = {
      ...elk,
      children: elk.children!.map((c, i) => ({
        ...c,
        x: 100 * i,
        y: 10,
        children: c.children?.map((m, j) => ({ ...m, x: 5, y: 50 * j })),
      })),
    };
    const state = readElkLayout(placed, inside);
    const group = placed.children.find((c) => c.id === `group:${NET}`)!;
    assert.deepEqual(state.groups.get(NET), { x: group.x, y: 10, width: group.width ?? 0, height: group.height ?? 0 });
    group.children!.forEach((m, j) => {
      assert.deepEqual([state.rects.get(m.id)!.x, state.rects.get(m.id)!.y], [group.x + 5, 10 + 50 * j]);
      assert.equal(state.groupOf.get(m.id), NET);
    });
    const network = placed.children.find((c) => c.id === NET)!;
    assert.deepEqual([state.rects.get(NET)!.x, state.rects.get(NET)!.y], [network.x, 10]);
    for (const [id, r] of insideBefore)
      if (model.parentOf(id) !== '') assert.deepEqual(state.rects.get(id), r, `${id} moved inside its box`);
  });

  it('places a new container without moving anything drawn, laying out only the new boxes', () => {
    const model = new DiagramModel();
    model.setGraph(graph(30));
    const state = flowLayout(model);
    const before = new Map([...state.rects].map(([id, r]) => [id, { ...r }]));
    const parts = namespaceParts(30);
    const effect = model.applyPatch(patchOf({ upserted: parts.nodes, linksUpserted: parts.links }));
    const laidOut = placeNew(model, state, effect);
    assert.equal(laidOut, 4);
    for (const [id, r] of before) assert.deepEqual(state.rects.get(id), r, `${id} moved`);
    const mine = state.rects.get('net:[4026532030]')!;
    for (const top of model.topLevel())
      if (top !== 'net:[4026532030]') assert.ok(!overlaps(mine, state.rects.get(top)!), `overlaps ${top}`);
    assert.equal(state.groupOf.get('net:[4026532030]'), NET);
  });

  it('grows the host to hold a new host interface, and nothing else moves', () => {
    const model = new DiagramModel();
    model.setGraph(graph(5));
    const state = flowLayout(model);
    const others = model
      .topLevel()
      .filter((t) => t !== HOST)
      .map((t) => [t, { ...state.rects.get(t)! }] as const);
    const host = { ...state.rects.get(HOST)! };
    const iface: DiagramNode = {
      ...base,
      kind: 'interface',
      id: `br-1@${HOST}`,
      parent: HOST,
      label: 'br-1',
      name: 'br-1',
      addresses: [],
      mac: '',
    };
    placeNew(model, state, model.applyPatch(patchOf({ upserted: [iface] })));
    const grown = state.rects.get(HOST)!;
    assert.equal(grown.x, host.x);
    assert.equal(grown.y, host.y);
    assert.ok(grown.width >= host.width && grown.height >= host.height);
    const inside = absoluteRect(model, state, iface.id)!;
    assert.ok(inside.x >= grown.x && inside.x + inside.width <= grown.x + grown.width);
    for (const [id, r] of others) assert.deepEqual(state.rects.get(id), r);
  });

  it('counts wide characters twice and finds the nearest box in a direction', () => {
    assert.equal(textWidth('abc'), 3 * CHAR_WIDTH);
    assert.equal(textWidth('主机'), 4 * CHAR_WIDTH);
    const at = (x: number, y: number): Rect => ({ x, y, width: 10, height: 10 });
    const boxes: [string, Rect][] = [
      ['right', at(100, 0)],
      ['farRight', at(300, 0)],
      ['below', at(0, 100)],
      ['diagonal', at(60, 60)],
    ];
    assert.equal(nearestInDirection(at(0, 0), boxes, 'right'), 'right');
    assert.equal(nearestInDirection(at(0, 0), boxes, 'down'), 'below');
    assert.equal(nearestInDirection(at(0, 0), boxes, 'left'), undefined);
  });
});

describe('diagram webview: the layout kept across reloads', () => {
  /** A layout as a drawn page has it: laid out, then a namespace added by an update. */
  function drawnPage(): { model: DiagramModel; state: ReturnType<typeof flowLayout> } {
    const model = new DiagramModel();
    model.setGraph(graph(6));
    const state = flowLayout(model);
    const parts = namespaceParts(6);
    placeNew(model, state, model.applyPatch(patchOf({ upserted: parts.nodes, linksUpserted: parts.links })));
    return { model, state };
  }

  it('brings every box back where it was, the ones an update placed too', () => {
    const { model, state } = drawnPage();
    const saved = JSON.parse(JSON.stringify(saveLayout(model, state))) as unknown;
    assert.ok(isSavedLayout(saved));
    const reloaded = new DiagramModel();
    reloaded.setGraph({ host: HOST, nodes: [...model.nodes.values()], links: [...model.links.values()] });
    const restored = restoreLayout(reloaded, saved)!;
    assert.equal(restored.laidOut, 0);
    assert.deepEqual(restored.state.rects, state.rects);
    assert.deepEqual(restored.state.groupOf, state.groupOf);
  });

  it('places what the lab gained meanwhile without moving the rest, and anew what changed parent', () => {
    const { model, state } = drawnPage();
    const saved = saveLayout(model, state);
    const gained = namespaceParts(7);
    // Container 3 now lives in namespace 4 (it was re-created there, say).
    const moved = { ...model.nodes.get('3'.padStart(64, 'c'))!, parent: 'net:[4026532004]' };
    const nodes = [...model.nodes.values()].map((n) => (n.id === moved.id ? moved : n));
    const reloaded = new DiagramModel();
    reloaded.setGraph({
      host: HOST,
      nodes: [...nodes, ...gained.nodes],
      links: [...model.links.values(), ...gained.links],
    });
    const restored = restoreLayout(reloaded, saved)!;
    assert.equal(restored.laidOut, 4 + 1);
    for (const [id, r] of state.rects)
      if (id !== moved.id && !reloaded.childrenOf('net:[4026532004]').includes(id) && id !== 'net:[4026532004]')
        assert.deepEqual(restored.state.rects.get(id), r, `${id} moved`);
    const mine = restored.state.rects.get('net:[4026532007]')!;
    for (const top of reloaded.topLevel())
      if (top !== 'net:[4026532007]') assert.ok(!overlaps(mine, restored.state.rects.get(top)!), `overlaps ${top}`);
    const inside = absoluteRect(reloaded, restored.state, moved.id)!;
    const owner = absoluteRect(reloaded, restored.state, 'net:[4026532004]')!;
    assert.ok(
      inside.x >= owner.x && inside.y + inside.height <= owner.y + owner.height,
      'the moved container is inside its box',
    );
  });

  it('lays out anew a lab it has no box of, and refuses saved state of another shape', () => {
    const { model, state } = drawnPage();
    const other = new DiagramModel();
    other.setGraph({ host: 'net:[1]', nodes: [{ ...base, kind: 'host', id: 'net:[1]', label: 'h' }], links: [] });
    assert.equal(restoreLayout(other, saveLayout(model, state)), undefined);
    for (const bad of [undefined, null, 3, { rects: [] }, { rects: [['a', 1, 2, 3, 4]], groups: [], groupOf: [] }])
      assert.equal(isSavedLayout(bad), false, JSON.stringify(bad));
    assert.equal(isSavedLayout({ rects: [['a', '', 1, 2, 3, Number.NaN]], groups: [], groupOf: [] }), false);
  });
});
