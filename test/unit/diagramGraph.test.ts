// The network diagram's graph (viewModels/diagram/diagramGraph.ts) after the tutorial's modes: what
// is drawn, what sits inside what, and what links what, as the webview's DOM contract names them.
import * as assert from 'node:assert/strict';
import { HOST_NETNS } from '../../src/core/lab/lab';
import { diagramGraph } from '../../src/viewModels/diagram/diagramGraph';
import type {
  ContainerNode,
  DiagramGraph,
  DiagramNode,
  NamespaceNode,
  NetworkNode,
  PortNode,
} from '../../src/viewModels/diagram/graph';
import { replay } from './transcript';

const TUTORIAL = [
  'docker run -dit --name container-a -p 8080:80 nginx',
  'docker run -dit --name container-b --network container:container-a busybox',
  'docker run -dit --name hostnet --network host busybox',
  'docker run -dit --name isolated --network none busybox',
  'docker network create app',
  'docker network create "<b>net</b>"',
  'docker run -dit --name web.v1_blue-2 --network app -h bücher-例え nginx',
  'docker network create -d macvlan --subnet 192.168.50.0/24 -o parent=eth0.10 lan10',
  'docker run -dit --name onlan --network lan10 busybox',
  'docker create --name later busybox',
];

const HOST = `net:[${HOST_NETNS}]`;

function setup(locale: 'en' | 'zh-cn' = 'en') {
  const { lab, steps } = replay(TUTORIAL);
  for (const s of steps) assert.equal(s.exitCode, 0, `${s.command}: ${s.stderr}`);
  const graph = diagramGraph(lab, locale);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const container = (name: string): ContainerNode => {
    const c = graph.nodes.find((n): n is ContainerNode => n.kind === 'container' && n.name === name);
    assert.ok(c, `no container ${name}`);
    return c;
  };
  const network = (name: string): NetworkNode => {
    const n = graph.nodes.find((x): x is NetworkNode => x.kind === 'network' && x.name === name);
    assert.ok(n, `no network ${name}`);
    return n;
  };
  const children = (parent: string): DiagramNode[] => graph.nodes.filter((n) => n.parent === parent);
  return { lab, graph, byId, container, network, children };
}

describe('the diagram graph', () => {
  it("draws the host as its namespace's net:[N] with lo, eth0 and the bridges", () => {
    const { graph, byId, children, network } = setup();
    assert.equal(graph.host, HOST);
    assert.equal(byId.get(HOST)?.kind, 'host');
    const names = children(HOST)
      .filter((n) => n.kind === 'interface')
      .map((n) => n.label);
    const app = network('app');
    assert.match(app.device, /^br-[0-9a-f]{12}$/);
    assert.deepEqual(names, ['lo', 'eth0', 'docker0', app.device, network('<b>net</b>').device, 'eth0.10']);
    const eth0 = byId.get(`eth0@${HOST}`);
    assert.equal(eth0?.kind === 'interface' && eth0.addresses[0], '192.168.1.10/24');
  });

  it("puts the host-mode container inside the host's namespace", () => {
    const { container } = setup();
    const h = container('hostnet');
    assert.equal(h.parent, HOST);
    assert.equal(h.role, 'host');
    assert.equal(h.mode, 'host');
  });

  it("puts B inside A's namespace, A marked as the owner", () => {
    const { lab, container, byId } = setup();
    const a = container('container-a');
    const b = container('container-b');
    const ns = `net:[${lab.containerByName('container-a')!.netnsId}]`;
    assert.equal(a.parent, ns);
    assert.equal(b.parent, ns);
    assert.deepEqual([a.role, b.role], ['owner', 'joiner']);
    assert.equal(b.mode, 'container:container-a');
    const box = byId.get(ns) as NamespaceNode;
    assert.equal(box.kind, 'namespace');
    assert.equal(box.owner, a.id);
    assert.equal(box.isolated, false);
  });

  it('gives the none namespace only lo', () => {
    const { container, children, byId } = setup();
    const iso = container('isolated');
    assert.ok(iso.parent?.startsWith('net:['));
    const inside = children(iso.parent!).filter((n) => n.kind === 'interface');
    assert.deepEqual(
      inside.map((n) => n.id),
      [`lo@${iso.parent}`],
    );
    assert.equal((byId.get(iso.parent!) as NamespaceNode).isolated, true);
    assert.match(byId.get(iso.parent!)!.aria, /network mode none: only the loopback interface lo/);
  });

  it('draws interfaces with address and MAC inside their namespace, and a veth link from each ethN to its network', () => {
    const { lab, graph, byId, network } = setup();
    const a = lab.containerByName('container-a')!;
    const eth0 = byId.get(`eth0@net:[${a.netnsId}]`);
    assert.ok(eth0?.kind === 'interface');
    assert.deepEqual(eth0.addresses, ['172.17.0.2/16']);
    assert.equal(eth0.mac, a.endpoints['bridge']!.mac);
    const bridge = network('bridge');
    assert.deepEqual(
      [bridge.driver, bridge.device, bridge.subnets, bridge.gateways],
      ['bridge', 'docker0', ['172.17.0.0/16'], ['172.17.0.1']],
    );
    const veth = graph.links.find((l) => l.from === eth0.id);
    assert.deepEqual(veth && [veth.role, veth.to, veth.id, veth.label], [
      'veth',
      bridge.id,
      `${eth0.id}->${bridge.id}`,
      a.endpoints['bridge']!.hostVeth,
    ]);
    // host and none are the host's box and the lo-only boxes, not networks of their own.
    assert.equal(graph.nodes.filter((n) => n.kind === 'network' && ['host', 'none'].includes(n.label)).length, 0);
  });

  it('links a macvlan network to the host interface it rides on', () => {
    const { graph, network, byId, container } = setup();
    const lan = network('lan10');
    assert.equal(lan.device, 'eth0.10');
    const parent = graph.links.find((l) => l.role === 'parent');
    assert.deepEqual(parent && [parent.from, parent.to], [lan.id, `eth0.10@${HOST}`]);
    assert.ok(byId.has(`eth0.10@${HOST}`));
    const onlan = container('onlan');
    assert.ok(graph.links.some((l) => l.from === `eth0@${onlan.parent}` && l.to === lan.id && l.label === 'macvlan'));
  });

  it('draws the published port from the host to A, with its binding address', () => {
    const { graph, container } = setup();
    const a = container('container-a');
    const port = graph.nodes.find((n): n is PortNode => n.kind === 'port' && n.id === '0.0.0.0:8080/tcp');
    assert.ok(port, JSON.stringify(graph.nodes.filter((n) => n.kind === 'port').map((n) => n.id)));
    assert.deepEqual(
      [port.role, port.parent, port.from, port.to, port.label],
      ['published', HOST, HOST, a.id, '0.0.0.0:8080 → 80/tcp'],
    );
  });

  it('draws the sockets listening in each namespace', () => {
    const { graph, container } = setup();
    const a = container('container-a');
    const listening = graph.nodes.filter((n): n is PortNode => n.kind === 'port' && n.role === 'listening');
    const inA = listening.find((p) => p.parent === a.parent);
    assert.deepEqual(inA && [inA.id, inA.from, inA.to], [`0.0.0.0:80/tcp@${a.parent}`, a.parent, a.parent]);
    assert.match(inA!.aria, /^nginx listening on 80\/tcp in net:\[/);
  });

  it('draws a container that is not running outside every box, with its state', () => {
    const { container } = setup();
    const later = container('later');
    assert.equal(later.parent, undefined);
    assert.deepEqual([later.role, later.state], ['alone', 'created']);
    assert.ok(later.details.includes('created'));
    assert.match(later.aria, /not running, so it has no network namespace/);
  });

  it('draws every container once, and parents before their children', () => {
    const { lab, graph } = setup();
    const ids = graph.nodes.map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const drawn = graph.nodes.filter((n) => n.kind === 'container').map((n) => n.id);
    assert.deepEqual([...drawn].sort(), [...lab.containers.keys()].sort());
    const index = new Map(ids.map((id, i) => [id, i]));
    for (const [i, n] of graph.nodes.entries()) {
      if (n.parent === undefined) continue;
      const at = index.get(n.parent);
      assert.ok(at !== undefined && at < i, `${n.id} comes after its parent ${n.parent}`);
    }
    for (const l of graph.links) assert.ok(index.has(l.from) && index.has(l.to), `${l.id} has both ends`);
    for (const p of graph.nodes) if (p.kind === 'port') assert.ok(index.has(p.from) && index.has(p.to), p.id);
  });

  it('carries names Docker accepts, non-ASCII hostnames and markup-like network names as plain data', () => {
    const { container, network } = setup();
    const web = container('web.v1_blue-2');
    assert.equal(web.label, 'web.v1_blue-2');
    assert.ok(web.details.includes('hostname bücher-例え'), web.details.join(' | '));
    assert.match(web.aria, /^Container web\.v1_blue-2, running, image nginx/);
    const odd = network('<b>net</b>');
    assert.equal(odd.label, '<b>net</b>');
    assert.match(odd.aria, /^Network <b>net<\/b>, driver bridge/);
  });

  it('says what each element is in Simplified Chinese too', () => {
    const { graph, container } = setup('zh-cn');
    assert.match(container('container-b').aria, /加入了 container-a 的网络命名空间/);
    const missing = graph.nodes.filter((n) => !/[\u4e00-\u9fff]/.test(n.aria)).map((n) => n.id);
    assert.deepEqual(missing, []);
    assert.ok(graph.links.every((l) => /[\u4e00-\u9fff]/.test(l.aria)));
  });

  it('keeps a joiner in the namespace its owner left, with only lo', () => {
    const { lab, steps } = replay([
      'docker run -dit --name owner busybox',
      'docker run -dit --name joiner --network container:owner busybox',
      'docker stop owner',
    ]);
    for (const s of steps) assert.equal(s.exitCode, 0, s.stderr);
    const graph: DiagramGraph = diagramGraph(lab, 'en');
    const joiner = graph.nodes.find((n) => n.kind === 'container' && n.label === 'joiner')!;
    const ns = `net:[${lab.containerByName('joiner')!.netnsId}]`;
    assert.equal(joiner.parent, ns);
    assert.deepEqual(
      graph.nodes.filter((n) => n.parent === ns && n.kind === 'interface').map((n) => n.label),
      ['lo'],
    );
    assert.equal(graph.nodes.find((n) => n.label === 'owner')!.parent, undefined);
    assert.deepEqual(graph.links, []);
  });
});
