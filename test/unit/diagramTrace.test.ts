// A traced path on the diagram (viewModels/diagram/diagramTrace.ts): the core's answer with each hop
// on the elements the graph draws, and where it stops, why, in words.
import * as assert from 'node:assert/strict';
import { HOST_NETNS } from '../../src/core/lab/lab';
import { diagramGraph } from '../../src/viewModels/diagram/diagramGraph';
import { diagramTrace } from '../../src/viewModels/diagram/diagramTrace';
import type { DiagramGraph, TraceView } from '../../src/viewModels/diagram/graph';
import { checkReach, traceReach } from '../../src/viewModels/reachability';
import { replay } from './transcript';

const LINES = [
  'docker network create app',
  'docker network create other',
  'docker run -dit --name container-a -p 8080:80 nginx',
  'docker run -dit --name container-b --network container:container-a busybox',
  'docker run -dit --name isolated --network none busybox',
  'docker run -d --name web.v1_blue-2 --network app nginx',
  'docker run -dit --name client --network other busybox',
];

const HOST = `net:[${HOST_NETNS}]`;

function lab() {
  const r = replay(LINES);
  for (const s of r.steps) assert.equal(s.exitCode, 0, `${s.command}: ${s.stderr}`);
  return r;
}

const idsOf = (g: DiagramGraph) => new Set([...g.nodes.map((n) => n.id), ...g.links.map((l) => l.id)]);

/**
 * Every hop of the packet names drawn elements (a name read from /etc/hosts passes none), each
 * element in one step only (its data-trace-step).
 */
function assertOnGraph(view: TraceView, graph: DiagramGraph): void {
  const ids = idsOf(graph);
  const owner = new Map<string, number>();
  for (const step of view.steps) {
    if (!step.text.includes('is in /etc/hosts'))
      assert.ok(step.elements.length > 0, `step ${step.n} (${step.text}) names no element`);
    for (const id of step.elements) {
      assert.ok(ids.has(id), `step ${step.n} names ${id}, which is not drawn`);
      assert.equal(owner.get(id), undefined, `${id} in steps ${owner.get(id)} and ${step.n}`);
      owner.set(id, step.n);
    }
  }
  assert.deepEqual(
    view.steps.map((s) => s.n),
    view.steps.map((_, i) => i + 1),
  );
}

describe('a traced path on the diagram', () => {
  it('stops at the other network, with the isolation rule in words; after docker network connect it reaches', () => {
    const { lab: l, session } = lab();
    const web = l.containerByName('web.v1_blue-2')!;
    const app = l.findNetwork('app')!;
    const client = l.containerByName('client')!;
    const query = { from: 'client', to: '172.18.0.2', port: 80 };
    const graph = diagramGraph(l, 'en');
    const blocked = diagramTrace(l, query, 'en', graph);
    assert.equal(blocked.answer.reachable, false);
    assert.deepEqual(blocked.answer.hops, checkReach(l, query).hops, 'the core answer, unchanged');
    assert.equal(blocked.answer.stop?.hop, blocked.answer.hops.at(-1));
    assert.match(blocked.answer.stop!.reason, /which client is not connected to: Docker isolates bridge networks/);
    assert.ok(blocked.answer.stop!.reason.includes(app.bridgeName), 'names the bridge that drops it');
    const stop = blocked.view.stop!;
    assert.deepEqual(
      [stop.step, stop.element, stop.reason],
      [blocked.view.steps.length, app.id, blocked.answer.stop!.reason],
    );
    const last = blocked.view.steps.at(-1)!;
    assert.equal(last.kind, 'stop');
    assert.ok(last.elements.includes(app.id));
    // Out of client's eth0 over its veth to the other network's bridge in the host.
    const out = blocked.view.steps[1]!;
    assert.equal(out.kind, 'veth');
    const eth0 = `eth0@net:[${client.netnsId}]`;
    const other = l.findNetwork('other')!;
    assert.deepEqual(out.elements, [eth0, `${eth0}->${other.id}`, other.id, `${other.bridgeName}@${HOST}`]);
    assertOnGraph(blocked.view, graph);
    const zh = diagramTrace(l, query, 'zh-cn');
    assert.match(zh.answer.stop!.reason, /Docker 隔离不同的 bridge 网络/);

    session.execute('docker network connect app client');
    const after = diagramGraph(l, 'en');
    const through = diagramTrace(l, { from: 'client', to: 'web.v1_blue-2', port: 80 }, 'en', after);
    assert.equal(through.answer.reachable, true, through.answer.hops.join(' | '));
    assert.equal(through.answer.stop, undefined);
    assert.equal(through.view.stop, undefined);
    assert.deepEqual(
      through.view.steps.map((s) => s.kind),
      ['start', 'dns', 'veth', 'bridge', 'answer'],
    );
    assertOnGraph(through.view, after);
    assert.deepEqual(through.view.steps[1]!.elements, [`lo@net:[${client.netnsId}]`], 'the embedded DNS on lo');
    const eth1 = `eth1@net:[${client.netnsId}]`;
    const webEth0 = `eth0@net:[${web.netnsId}]`;
    const passed = through.view.steps.flatMap((s) => s.elements);
    for (const id of [eth1, `${eth1}->${app.id}`, app.id, `${webEth0}->${app.id}`, webEth0, web.id])
      assert.ok(passed.includes(id), `passes ${id}`);
    assert.deepEqual(through.view.steps.at(-1)!.elements, [`0.0.0.0:80/tcp@net:[${web.netnsId}]`]);
  });

  it('goes from the host through the published port (NAT) to A', () => {
    const { lab: l } = lab();
    const a = l.containerByName('container-a')!;
    const graph = diagramGraph(l, 'en');
    const t = diagramTrace(l, { from: 'host', to: '127.0.0.1', port: 8080 }, 'en', graph);
    assert.equal(t.answer.reachable, true);
    assert.deepEqual(
      t.view.steps.map((s) => [s.kind, s.elements[0]]),
      [
        ['start', HOST],
        ['loopback', `lo@${HOST}`],
        ['nat', '0.0.0.0:8080/tcp'],
        ['answer', `0.0.0.0:80/tcp@net:[${a.netnsId}]`],
      ],
    );
    assert.ok(t.view.steps[2]!.elements.includes(a.id));
    assertOnGraph(t.view, graph);
  });

  it("takes the loopback in a shared namespace: B reaches A's nginx on localhost", () => {
    const { lab: l } = lab();
    const a = l.containerByName('container-a')!;
    const b = l.containerByName('container-b')!;
    const graph = diagramGraph(l, 'en');
    const t = diagramTrace(l, { from: 'container-b', to: 'localhost', port: 80 }, 'en', graph);
    assert.equal(t.answer.reachable, true, t.answer.hops.join(' | '));
    const ns = `net:[${a.netnsId}]`;
    assert.deepEqual(t.view.steps[0]!.elements, [b.id, ns]);
    assert.deepEqual(t.view.steps.find((s) => s.kind === 'loopback')?.elements, [`lo@${ns}`]);
    assertOnGraph(t.view, graph);
  });

  it('stops in the none namespace: no route', () => {
    const { lab: l } = lab();
    const iso = l.containerByName('isolated')!;
    const t = diagramTrace(l, { from: 'isolated', to: '8.8.8.8' }, 'en');
    assert.equal(t.answer.reachable, false);
    assert.equal(t.view.stop?.element, `net:[${iso.netnsId}]`);
    assert.match(t.answer.stop!.reason, /only lo exists \(network mode none\)/);
    assert.deepEqual(t.view.steps.at(-1)!.elements, [`net:[${iso.netnsId}]`, `lo@net:[${iso.netnsId}]`]);
  });

  it('refuses a closed port, in the namespace where nothing listens', () => {
    const { lab: l } = lab();
    const web = l.containerByName('web.v1_blue-2')!;
    const t = diagramTrace(l, { from: 'host', to: '172.18.0.2', port: 81 }, 'en');
    assert.equal(t.view.stop?.element, `net:[${web.netnsId}]`);
    assert.match(
      t.answer.stop!.reason,
      /^nothing listens on 81\/tcp in net:\[\d+\] \(web\.v1_blue-2\): connection refused$/,
    );
  });

  it('starts from an address, a namespace id, or the host', () => {
    const { lab: l } = lab();
    const a = l.containerByName('container-a')!;
    const fromAddress = diagramTrace(l, { from: '172.17.0.2', to: '127.0.0.1', port: 80 }, 'en');
    assert.equal(fromAddress.answer.hops[0], "from container-a's namespace");
    assert.equal(fromAddress.answer.reachable, true);
    const fromBox = diagramTrace(l, { from: `net:[${a.netnsId}]`, to: '127.0.0.1', port: 80 }, 'en');
    assert.equal(fromBox.answer.hops[0], "from container-a's namespace");
    const fromGateway = diagramTrace(l, { from: '172.17.0.1', to: '172.17.0.2', port: 80 }, 'en');
    assert.equal(fromGateway.answer.hops[0], "from the host's namespace");
  });

  it('follows IPv6 when the name has only an AAAA answer, and starts from an IPv6 address', () => {
    // busybox's clients (libbb xconnect.c str2sockaddr) take the IPv6 answer when there is no IPv4 one; the trace
    // resolves as they do.
    const { lab: l } = replay([
      'docker network create --ipv4=false --ipv6 --subnet fd00:1::/64 v6only',
      'docker run -d --name web6 --network v6only nginx',
      'docker run -dit --name c6 --network v6only busybox',
    ]);
    const web6 = l.containerByName('web6')!;
    const graph = diagramGraph(l, 'en');
    const byName = diagramTrace(l, { from: 'c6', to: 'web6', port: 80 }, 'en', graph);
    assert.equal(byName.answer.reachable, true, byName.answer.hops.join(' | '));
    assert.match(byName.answer.hops[1]!, /^web6 → fd00:1::2: /);
    assert.equal(byName.answer.hops.at(-1), `nginx listens on [::]:80/tcp in web6's namespace`);
    assertOnGraph(byName.view, graph);
    const c6 = l.containerByName('c6')!;
    const v6only = l.findNetwork('v6only')!;
    assert.deepEqual(
      byName.view.steps.map((s) => [s.kind, s.elements.at(-1)]),
      [
        ['start', `net:[${c6.netnsId}]`],
        ['dns', `lo@net:[${c6.netnsId}]`],
        ['veth', v6only.id],
        ['bridge', web6.id],
        ['answer', `0.0.0.0:80/tcp@net:[${web6.netnsId}]`],
      ],
    );
    const fromAddress = diagramTrace(l, { from: 'fd00:1::3', to: 'fd00:1::2', port: 81 }, 'en', graph);
    assert.equal(fromAddress.answer.hops[0], "from c6's namespace");
    assert.equal(
      fromAddress.answer.stop?.reason,
      `nothing listens on 81/tcp in net:[${web6.netnsId}] (web6): connection refused`,
    );
    const fromGateway = diagramTrace(l, { from: 'fd00:1::1', to: 'fd00:1::2', port: 80 }, 'en', graph);
    assert.equal(fromGateway.answer.hops[0], "from the host's namespace");
    assert.equal(fromGateway.answer.reachable, true);
  });

  it('says why it cannot start: no such container, or not running', () => {
    const { lab: l, session } = lab();
    const ghost = diagramTrace(l, { from: 'ghost', to: 'web' }, 'en');
    assert.deepEqual(ghost.answer, {
      reachable: false,
      hops: ['No such container: ghost'],
      stop: { hop: 'No such container: ghost', reason: 'No such container: ghost' },
    });
    assert.equal(ghost.view.stop?.element, undefined);
    session.execute('docker stop client');
    const stopped = diagramTrace(l, { from: 'client', to: '8.8.8.8' }, 'en');
    assert.equal(stopped.view.stop?.element, l.containerByName('client')!.id);
    assert.match(stopped.answer.stop!.reason, /^client is exited \(\d+\): nothing runs in it to send a packet$/);
  });

  it('keeps the core hops as data index for index with its sentences, a failure ending on a stop with its code', () => {
    const { lab: l } = replay([
      ...LINES,
      'docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0.10 lan10',
      'docker run -dit --name onlan --network lan10 busybox',
      'docker network create -o com.docker.network.bridge.enable_icc=false quiet',
      'docker run -d --name q1 --network quiet nginx',
      'docker run -dit --name q2 --network quiet busybox',
    ]);
    const queries = [
      { from: 'client', to: '172.18.0.2', port: 80 },
      { from: 'container-b', to: 'localhost', port: 80 },
      { from: 'host', to: '127.0.0.1', port: 8080 },
      { from: 'isolated', to: '8.8.8.8' },
      { from: 'client', to: 'example.com', port: 443 },
      { from: 'client', to: '10.9.9.9' },
      { from: 'onlan', to: '192.168.1.10' },
      { from: 'onlan', to: '192.168.1.1' },
      { from: 'q2', to: 'q1', port: 80 },
      { from: 'host', to: '172.17.0.2', port: 81 },
    ];
    for (const q of queries) {
      const { answer, hops } = traceReach(l, q);
      assert.deepEqual(
        hops.map((h) => h.text),
        answer.hops,
        JSON.stringify(q),
      );
      if (!answer.reachable) {
        assert.equal(hops.at(-1)?.kind, 'stop', JSON.stringify(q));
        assert.ok(hops.at(-1)?.stop, JSON.stringify(q));
      }
    }
    const onlan = l.containerByName('onlan')!;
    const hairpin = diagramTrace(l, { from: 'onlan', to: '192.168.1.10' }, 'en');
    assert.equal(hairpin.view.stop?.element, `eth0.10@${HOST}`);
    assert.match(
      hairpin.answer.stop!.reason,
      /a macvlan container cannot reach its host through the parent interface eth0\.10/,
    );
    assert.deepEqual(hairpin.view.steps[1]!.elements, [
      `eth0@net:[${onlan.netnsId}]`,
      `eth0@net:[${onlan.netnsId}]->${l.findNetwork('lan10')!.id}`,
      l.findNetwork('lan10')!.id,
    ]);
    const icc = diagramTrace(l, { from: 'q2', to: 'q1', port: 80 }, 'en');
    assert.equal(icc.view.stop?.element, l.findNetwork('quiet')!.id);
    assert.match(icc.answer.stop!.reason, /^quiet has enable_icc=false/);
  });
});
