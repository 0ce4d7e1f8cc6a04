// The Network Lab tree model without VS Code: which row goes where, its label, description,
// contextValue, icon and tooltip, and that the ids stay put across refreshes.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lab } from '../../src/core/lab/lab';
import { etcFilePath } from '../../src/viewModels/labDocuments';
import {
  ENGLISH,
  type LabNode,
  type TreeContext,
  type TreeRow,
  escapeMarkdown,
  treeChildren,
  treeTooltip,
} from '../../src/viewModels/labTree';
import { containerDescription } from '../../src/viewModels/labTree/containerRow';
import { modeLabel } from '../../src/viewModels/labTree/context';
import { containerTooltip } from '../../src/viewModels/labTree/tooltips';
import { replay } from './transcript';

const ctxOf = (lab: Lab, locale: TreeContext['locale'] = 'en'): TreeContext => ({ lab, words: ENGLISH, locale });

/** Rows under a parent reached by labels from the top (`['Containers', 'web']`). */
function rowsAt(lab: Lab, path: readonly string[]): TreeRow[] {
  const ctx = ctxOf(lab);
  let parent: LabNode | undefined;
  for (const label of path) {
    const row = treeChildren(ctx, parent).find((r) => r.label === label);
    assert.ok(row, `no row ${label} on the way to ${path.join(' / ')}`);
    parent = row.node;
  }
  return treeChildren(ctx, parent);
}

function rowAt(lab: Lab, path: readonly string[]): TreeRow {
  const row = rowsAt(lab, path.slice(0, -1)).find((r) => r.label === path[path.length - 1]);
  assert.ok(row, `no row ${path.join(' / ')}`);
  return row;
}

/** Every row of the tree, depth first, as if each were expanded. */
function allRows(lab: Lab): Array<TreeRow & { depth: number }> {
  const ctx = ctxOf(lab);
  const out: Array<TreeRow & { depth: number }> = [];
  const walk = (parent: LabNode | undefined, depth: number): void => {
    for (const row of treeChildren(ctx, parent)) {
      out.push({ ...row, depth });
      if (row.expansion !== 'none') walk(row.node, depth + 1);
    }
  };
  walk(undefined, 1);
  return out;
}

/** A tooltip's text with the backslash escapes taken out, to read what it says. */
const plain = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const labels = (rows: readonly TreeRow[]) => rows.map((r) => r.label);
const described = (rows: readonly TreeRow[]) => rows.map((r) => [r.label, r.description]);

const ALL_MODES = [
  'docker run -d --name web -p 8080:80 nginx',
  'docker run -d --name sidecar --network container:web busybox top',
  'docker run -d --name hostnet --network host nginx',
  'docker run -d --name isolated --network none busybox top',
  'docker network create app',
  'docker run -d --name api --network app --network-alias backend busybox top',
];

describe('the Network Lab tree model', () => {
  it('has Host, Networks and Containers at the top, open, with the hostname and counts', () => {
    const { lab } = replay(ALL_MODES);
    const top = treeChildren(ctxOf(lab));
    assert.deepEqual(described(top), [
      ['Host', 'docker-host'],
      ['Networks', '4'],
      ['Containers', '5'],
    ]);
    assert.ok(top.every((r) => r.expansion === 'expanded'));
  });

  describe('Containers', () => {
    it('places each mode: a container: joiner under its owner, the others at the top', () => {
      const { lab } = replay(ALL_MODES);
      const top = rowsAt(lab, ['Containers']);
      assert.deepEqual(labels(top), ['web', 'hostnet', 'isolated', 'api']);
      assert.deepEqual(described(top), [
        ['web', 'bridge · 172.17.0.2'],
        ['hostnet', "host · host's namespace"],
        ['isolated', 'none'],
        ['api', 'app · 172.18.0.2'],
      ]);
      const web = rowsAt(lab, ['Containers', 'web']);
      assert.deepEqual(described(web.slice(0, 1)), [['sidecar', 'container:web · 172.17.0.2']]);
      assert.deepEqual(web[0]!.node, {
        kind: 'container',
        containerId: lab.containerByName('sidecar')!.id,
        name: 'sidecar',
      });
    });

    it("marks a host-mode container as living in the host's namespace, with an icon of its own", () => {
      const { lab } = replay(ALL_MODES);
      const icons = new Map(rowsAt(lab, ['Containers']).map((r) => [r.label, r.icon.id]));
      assert.equal(icons.get('hostnet'), 'home');
      assert.equal(new Set(icons.values()).size, icons.size, 'each mode its own glyph');
    });

    it('opens an owner with joiners by default: its id changes when it gains the first one', () => {
      const { lab, session } = replay(['docker run -d --name web nginx']);
      const before = rowAt(lab, ['Containers', 'web']);
      assert.equal(before.expansion, 'collapsed');
      session.execute('docker run -d --name sidecar --network container:web busybox top');
      const after = rowAt(lab, ['Containers', 'web']);
      assert.equal(after.expansion, 'expanded');
      assert.notEqual(after.id, before.id);
    });

    it('gives running, paused and stopped containers their contextValue, icon colour and state', () => {
      const { lab } = replay([
        'docker run -d --name up busybox top',
        'docker run -d --name frozen busybox top',
        'docker pause frozen',
        'docker run -d --name down busybox top',
        'docker stop down',
        'docker create --name fresh busybox',
      ]);
      const rows = new Map(rowsAt(lab, ['Containers']).map((r) => [r.label, r]));
      const seen = (name: string) => {
        const r = rows.get(name)!;
        return [r.contextValue, r.icon.color, r.description];
      };
      assert.deepEqual(seen('up'), ['container.running', 'charts.green', 'bridge · 172.17.0.2']);
      assert.deepEqual(seen('frozen'), ['container.paused', 'charts.yellow', 'bridge · 172.17.0.3 · paused']);
      assert.equal(rows.get('frozen')!.icon.id, 'debug-pause');
      assert.deepEqual(seen('down'), ['container.stopped', 'disabledForeground', 'bridge · exited (137)']);
      assert.deepEqual(seen('fresh'), ['container.stopped', 'disabledForeground', 'bridge · created']);
    });

    it('shows a joiner whose owner was removed at the top, naming the owner by short ID', () => {
      const { lab } = replay([
        'docker run -d --name web nginx',
        'docker run -d --name sidecar --network container:web busybox top',
        'docker rm -f web',
      ]);
      const top = rowsAt(lab, ['Containers']);
      assert.deepEqual(labels(top), ['sidecar']);
      assert.match(top[0]!.description, /^container:[0-9a-f]{12}\b/);
      for (const row of allRows(lab)) {
        assert.doesNotMatch(`${row.label} ${row.description}`, /[0-9a-f]{64}/, `row ${row.label} shows a full ID`);
      }
    });

    it('lists what a container sees: interfaces, ports, DNS names and its /etc files', () => {
      const { lab } = replay(ALL_MODES);
      const web = lab.containerByName('web')!;
      const rows = rowsAt(lab, ['Containers', 'web']).slice(1); // after the joiner
      const eth0 = web.endpoints.bridge!;
      assert.deepEqual(described(rows), [
        ['lo', '127.0.0.1/8'],
        ['eth0', `172.17.0.2/16 · ${eth0.mac}`],
        ['80/tcp', 'nginx listening · published on 0.0.0.0:8080, [::]:8080'],
        ['DNS names', 'none: the default bridge has no embedded DNS'],
        ['/etc/hosts', ''],
        ['/etc/resolv.conf', ''],
        ['/etc/hostname', ''],
      ]);
      assert.deepEqual(rows[4]!.action, {
        kind: 'openDocument',
        title: 'Open /etc/hosts',
        path: etcFilePath('web', 'hosts'),
      });
      assert.deepEqual(rows[4]!.node, { kind: 'etcFile', containerId: web.id, name: 'web', file: 'hosts' });

      const api = rowsAt(lab, ['Containers', 'api']);
      const apiId = lab.containerByName('api')!.id.slice(0, 12);
      assert.deepEqual(described(api.filter((r) => r.node.kind === 'dns')), [['DNS on app', `api, backend, ${apiId}`]]);
    });

    it("shows a joiner the interfaces of its owner's namespace, and the owner's listeners", () => {
      const { lab } = replay(ALL_MODES);
      const mac = lab.containerByName('web')!.endpoints.bridge!.mac;
      const rows = rowsAt(lab, ['Containers', 'web', 'sidecar']);
      assert.deepEqual(described(rows.slice(0, 3)), [
        ['lo', '127.0.0.1/8'],
        ['eth0', `172.17.0.2/16 · ${mac}`],
        ['80/tcp', 'nginx listening (web)'],
      ]);
      const tip = plain(treeTooltip(ctxOf(lab), rows[1]!.node)!);
      assert.ok(tip.includes("In web's network namespace."), tip);
    });

    it('says a stopped container has no namespace', () => {
      const { lab } = replay(['docker create --name later busybox']);
      assert.deepEqual(labels(rowsAt(lab, ['Containers', 'later'])), [
        'Not running',
        '/etc/hosts',
        '/etc/resolv.conf',
        '/etc/hostname',
      ]);
    });

    it('offers to create a container when there is none (the welcome view would never show)', () => {
      const { lab } = replay([]);
      const rows = rowsAt(lab, ['Containers']);
      assert.equal(rows[0]!.label, 'No containers yet');
      assert.deepEqual(rows[0]!.action, {
        kind: 'command',
        title: 'Create Container…',
        command: 'netlab.createContainer',
        arguments: [],
      });
    });
  });

  describe('Host', () => {
    it('lists the host interfaces with addresses, each bridge holding its veth ends', () => {
      const { lab } = replay(ALL_MODES);
      const app = [...lab.networks.values()].find((n) => n.name === 'app')!;
      const rows = rowsAt(lab, ['Host']).filter((r) => r.node.kind === 'interface');
      assert.deepEqual(
        rows.map((r) => [r.label, r.description.split(' · ')[0]]),
        [
          ['lo', '127.0.0.1/8'],
          ['eth0', '192.168.1.10/24'],
          ['docker0', '172.17.0.1/16'],
          [app.bridgeName, '172.18.0.1/16'],
        ],
      );
      assert.match(app.bridgeName, /^br-[0-9a-f]{12}$/);
      const veths = rowsAt(lab, ['Host', 'docker0']);
      assert.deepEqual(
        veths.map((r) => r.description),
        ['↔ web eth0'],
      );
      assert.match(veths[0]!.label, /^veth[0-9a-f]{7}$/);
    });

    it('lists published ports and host-mode servers', () => {
      const { lab } = replay([...ALL_MODES, 'nc -l -p 9000']);
      const ports = rowsAt(lab, ['Host']).filter((r) => r.node.kind === 'port');
      assert.deepEqual(described(ports), [
        ['*:80/tcp', 'nginx · hostnet (host mode)'],
        ['0.0.0.0:8080 → web:80/tcp', ''],
        ['[::]:8080 → web:80/tcp', ''],
        ['*:9000/tcp', 'nc · host shell'],
      ]);
    });
  });

  describe('Networks', () => {
    it('describes each network by driver, subnet and gateway; predefined ones apart', () => {
      const { lab } = replay([...ALL_MODES, 'docker network create --internal back']);
      const rows = rowsAt(lab, ['Networks']);
      assert.deepEqual(
        rows.map((r) => [r.label, r.description, r.contextValue]),
        [
          ['bridge', 'bridge · 172.17.0.0/16 · gw 172.17.0.1', 'network.predefined'],
          ['host', 'host', 'network.predefined'],
          ['none', 'null', 'network.predefined'],
          ['app', 'bridge · 172.18.0.0/16 · gw 172.18.0.1', 'network.user'],
          ['back', 'bridge · 172.19.0.0/16 · gw 172.19.0.1 · internal', 'network.user'],
        ],
      );
      const app = rows[3]!;
      assert.deepEqual(app.node, { kind: 'network', networkId: lab.findNetwork('app')!.id, name: 'app' });
      assert.equal(rows[4]!.expansion, 'none', 'a network without containers has nothing to open');
    });

    it('holds the containers attached to it with their address there; host and none their modes', () => {
      const { lab } = replay([...ALL_MODES, 'docker network connect app web']);
      assert.deepEqual(described(rowsAt(lab, ['Networks', 'bridge'])), [
        ['web', '172.17.0.2'],
        ['sidecar', "172.17.0.2 · web's namespace"],
      ]);
      assert.deepEqual(described(rowsAt(lab, ['Networks', 'host'])), [['hostnet', "host's namespace"]]);
      assert.deepEqual(described(rowsAt(lab, ['Networks', 'none'])), [['isolated', 'lo only']]);
      assert.deepEqual(described(rowsAt(lab, ['Networks', 'app'])), [
        ['web', '172.18.0.3'],
        ['sidecar', "172.18.0.3 · web's namespace"],
        ['api', '172.18.0.2'],
      ]);
      const row = rowsAt(lab, ['Networks', 'app'])[2]!;
      assert.equal(row.contextValue, 'container.running');
      assert.equal(row.expansion, 'none');
    });
  });

  describe('tooltips', () => {
    it('escapes every Markdown character', () => {
      assert.equal(escapeMarkdown('*_[]()<>'), '\\*\\_\\[\\]\\(\\)\\<\\>');
      assert.equal(escapeMarkdown('a`b#c!d|e&f\ng'), 'a\\`b\\#c\\!d\\|e\\&f g');
    });

    it('tells image, short ID, hostname, ports, DNS names and what the mode means', () => {
      const { lab } = replay([...ALL_MODES, 'docker run -d --name web2 --network app -p 8081:80 nginx']);
      const c = lab.containerByName('web2')!;
      const tip = plain(treeTooltip(ctxOf(lab), { kind: 'container', containerId: c.id, name: c.name })!);
      const id = c.id.slice(0, 12);
      for (const part of [
        '**web2** · running',
        'Image: nginx',
        `ID: ${id}`,
        `Hostname: ${id}`,
        'Network mode: app',
        'Ports: 80/tcp → 0.0.0.0:8081, [::]:8081',
        `DNS names: web2, ${id} (app)`,
        "Docker's DNS resolves the other containers by name",
      ]) {
        assert.ok(tip.includes(part), `tooltip lacks ${part}:\n${tip}`);
      }
      assert.doesNotMatch(tip, new RegExp(c.id));
      const zh = treeTooltip(ctxOf(lab, 'zh-cn'), { kind: 'container', containerId: c.id, name: c.name })!;
      assert.match(zh, /用户自定义网络/);
    });

    it('says why a container exited on start: its exit code and last log lines, escaped', () => {
      const { lab } = replay([
        'docker run -d --name first --network host nginx',
        'docker run -d --name second --network host nginx',
        "docker run --name md busybox echo '**bold** [x](http://e) <b>'",
      ]);
      const tip = (name: string) => {
        const c = lab.containerByName(name)!;
        return treeTooltip(ctxOf(lab), { kind: 'container', containerId: c.id, name })!;
      };
      assert.match(plain(tip('second')), /Exited right after it started, with code 1\.\s+Last log lines:/);
      assert.match(plain(tip('second')), /^> nginx: \[emerg\] bind\(\) to 0\.0\.0\.0:80 failed/m);
      assert.doesNotMatch(tip('first'), /Exited right after/);
      const md = tip('md');
      assert.ok(md.includes('> \\*\\*bold\\*\\* \\[x\\]\\(http\\:\\/\\/e\\) \\<b\\>'), md);
      assert.ok(!md.includes('[x]('), 'no link markup gets through');
    });

    it('describes a network with the meaning of its kind', () => {
      const { lab } = replay([]);
      const none = [...lab.networks.values()].find((n) => n.name === 'none')!;
      const tip = treeTooltip(ctxOf(lab), { kind: 'network', networkId: none.id, name: 'none' })!;
      assert.match(tip, /only the loopback interface lo/);
    });
  });

  it("matches package.json's menus: the title bar's five, context menus on container and network rows", () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      contributes: { menus: Record<string, Array<{ command: string; when?: string; group?: string }>> };
    };
    const { lab } = replay([
      ...ALL_MODES,
      'docker run -d --name frozen busybox top',
      'docker pause frozen',
      'docker create --name later busybox',
    ]);
    const title = manifest.contributes.menus['view/title']!.filter(
      (m) => m.when === 'view == netlab.containers' && /^navigation/.test(m.group ?? ''),
    );
    assert.deepEqual(
      title.map((m) => m.command),
      [
        'netlab.createContainer',
        'netlab.createNetwork',
        'netlab.openTerminal',
        'netlab.openDiagram',
        'netlab.resetLab',
      ],
    );
    const rows = allRows(lab);
    for (const { command, when = '' } of manifest.contributes.menus['view/item/context']!) {
      assert.match(when, /view == netlab\.containers/, command);
      const patterns = [...when.matchAll(/viewItem =~ \/(.+?)\/(?=\s|$)/g)].map((m) => new RegExp(m[1]!));
      const matched = rows.filter((r) => patterns.some((p) => p.test(r.contextValue)));
      assert.ok(matched.length > 0, `no row shows ${command} (${when})`);
      assert.deepEqual(
        [...new Set(matched.map((r) => r.node.kind))].filter((k) => k !== 'container' && k !== 'network'),
        [],
        `${command} would show on other rows`,
      );
    }
  });

  it('keeps every id unique, and the same across a refresh that changed nothing they show', () => {
    const { lab, session } = replay([...ALL_MODES, 'docker create --name later busybox']);
    const before = allRows(lab).map((r) => r.id);
    assert.equal(new Set(before).size, before.length, 'ids are unique');
    session.execute('docker ps');
    assert.deepEqual(
      allRows(lab).map((r) => r.id),
      before,
    );
  });

  it('builds the tree of a 2,000-container lab', function () {
    this.timeout(60_000);
    const lines = ['docker network create app'];
    for (let i = 0; i < 1000; i++) lines.push(`docker run -d --name b${i} busybox top`);
    for (let i = 0; i < 500; i++) lines.push(`docker run -d --name a${i} --network app busybox top`);
    for (let i = 0; i < 250; i++) lines.push(`docker run -d --name j${i} --network container:b${i} busybox top`);
    for (let i = 0; i < 250; i++) lines.push(`docker run -d --name n${i} --network none busybox top`);
    const { lab } = replay(lines);
    assert.equal(lab.containers.size, 2000);
    assert.equal(rowsAt(lab, ['Containers']).length, 1750);
    assert.equal(rowsAt(lab, ['Networks', 'bridge']).length, 1250);
    assert.equal(rowsAt(lab, ['Networks', 'app']).length, 500);
    assert.equal(rowsAt(lab, ['Networks', 'none']).length, 250);
    assert.equal(rowsAt(lab, ['Host', 'docker0']).length, 1000);
    assert.equal(rowsAt(lab, ['Containers', 'b0']).filter((r) => r.node.kind === 'container').length, 1);
  });
});

describe('a container whose mode names its network by ID', () => {
  it('shows the network by name in its row and tooltip, never the 64-character ID', () => {
    const { lab, session } = replay(['docker network create app']);
    const id = lab.findNetwork('app')!.id;
    assert.equal(session.execute(`docker run -d --name aa --network ${id} busybox top`).output.exitCode, 0);
    const c = lab.containerByName('aa')!;
    assert.equal(c.networkMode, id);
    assert.equal(modeLabel(lab, c), 'app');
    const ctx = ctxOf(lab);
    assert.equal(containerDescription(ctx, c), 'app · 172.18.0.2');
    assert.ok(!containerTooltip(ctx, c).includes(id));
  });
});
