// "Simulate this file": one compose file brought up alone in a fresh lab, read back as facts and
// notes in the lab's words; the lines that bring it up in a real lab; the start order and cycle
// search that large files need fast.
import * as assert from 'node:assert/strict';
import { Session } from '../../src/commandLine/session';
import { startOrder } from '../../src/compose/dependencies';
import { parseYaml } from '../../src/compose/yamlTree';
import { loadProject } from '../../src/compose/loadProject';
import { MemoryFiles } from '../../src/core/files/memoryFiles';
import { Lab } from '../../src/core/lab/lab';
import { SIMULATION_NOTE_TEXT } from '../../src/knowledge/composeSimulationNotes';
import { simulateCompose, simulateComposeIn } from '../../src/language/compose/composeSimulation';
import { timeLimit } from './timeLimit';

const FILE = '/home/learner/demo/compose.yaml';
const covered = (text: string, range: readonly [number, number] | undefined) =>
  range ? text.slice(range[0], range[1]) : undefined;

describe('compose simulation', () => {
  it('names the project after the folder and reports networks, addresses and the joiner sharing them', () => {
    const text = [
      'services:',
      '  db:',
      '    image: busybox',
      '    tty: true',
      '    networks:',
      '      back:',
      '        aliases: [database]',
      '  web:',
      '    image: nginx',
      '    network_mode: "service:db"',
      '  api:',
      '    image: nginx',
      '    ports: ["127.0.0.1:8080:80"]',
      '    networks: [back]',
      'networks:',
      '  back:',
      '    ipam:',
      '      config:',
      '        - subnet: 10.5.0.0/24',
      '',
    ].join('\n');
    const facts = simulateCompose(FILE, text);
    assert.equal(facts.project, 'demo');
    assert.equal(facts.failure, undefined);
    assert.deepEqual(facts.notes, []);
    assert.deepEqual(facts.networks, [
      {
        key: 'back',
        name: 'demo_back',
        driver: 'bridge',
        subnets: ['10.5.0.0/24'],
        gateways: ['10.5.0.1'],
        external: false,
      },
    ]);
    const [db, web, api] = facts.services;
    assert.equal(db!.container, 'demo-db-1');
    assert.equal(db!.state, 'running');
    assert.equal(db!.networkMode, 'demo_back');
    assert.equal(db!.attachments[0]!.ipv4, '10.5.0.3');
    assert.deepEqual(db!.attachments[0]!.aliases, ['demo-db-1', 'db', 'database']);
    // web joins db's namespace: the same address and hostname, no DNS names of its own.
    assert.equal(web!.joins, 'db');
    assert.equal(web!.networkMode, 'container:demo-db-1');
    assert.equal(web!.state, 'running');
    assert.equal(web!.attachments[0]!.ipv4, '10.5.0.3');
    assert.deepEqual(web!.attachments[0]!.aliases, []);
    assert.equal(web!.hostname, db!.hostname);
    assert.equal(api!.attachments[0]!.ipv4, '10.5.0.2', 'api starts first: ready, and first by name');
    assert.deepEqual(api!.ports, [{ hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }]);
  });

  it('takes the file at its word that its external networks exist', () => {
    const text =
      'services:\n  web:\n    image: nginx\n    networks: [shared, front]\nnetworks:\n  shared:\n    external: true\n    name: proxy-net\n  front: {}\n';
    const facts = simulateCompose(FILE, text);
    assert.equal(facts.failure, undefined);
    assert.deepEqual(
      facts.networks.map((n) => [n.name, n.external, n.subnets.length > 0]),
      [
        ['demo_front', false, true],
        ['proxy-net', true, false],
      ],
    );
    const web = facts.services.find((s) => s.name === 'web')!;
    assert.equal(web.state, 'running');
    // Only the project's own network's address is the lab's to tell.
    assert.deepEqual(web.attachments.map((a) => [a.networkName, a.ipv4 !== undefined]).sort(), [
      ['demo_front', true],
      ['proxy-net', false],
    ]);
  });

  it('the default network and another folder name', () => {
    const facts = simulateCompose('/srv/My App/compose.yaml', 'services:\n  a:\n    image: nginx\n');
    assert.equal(facts.project, 'myapp');
    assert.deepEqual(
      facts.networks.map((n) => [n.key, n.name, n.subnets[0]]),
      [['default', 'myapp_default', '172.18.0.0/16']],
    );
    assert.equal(facts.services[0]!.attachments[0]!.ipv4, '172.18.0.2');
  });

  it('a busybox service without tty exits at once, and its service: joiner cannot start', () => {
    const text = 'services:\n  db:\n    image: busybox\n  web:\n    image: busybox\n    network_mode: "service:db"\n';
    const facts = simulateCompose(FILE, text);
    const [db, web] = facts.services;
    assert.equal(db!.state, 'exited');
    assert.equal(db!.exitCode, 0);
    assert.equal(web!.state, 'created');
    assert.deepEqual(facts.notes.length, 1);
    assert.equal(facts.notes[0]!.message, 'demo-db-1 Exited (0)');
    assert.equal(facts.notes[0]!.service, 'db');
    assert.equal(covered(text, facts.notes[0]!.range), 'busybox');
    assert.deepEqual(facts.notes[0]!.explanation, SIMULATION_NOTE_TEXT.shellExits);
    assert.equal(
      facts.failure?.message,
      'Error response from daemon: cannot join network namespace of a non running container: container demo-db-1 is exited',
    );
    assert.equal(facts.failure?.service, 'web');
    assert.equal(covered(text, facts.failure?.range), '"service:db"');
    assert.deepEqual(facts.failure?.explanation, SIMULATION_NOTE_TEXT.joinerCannotStart);
  });

  it('stdin_open keeps the shell up as tty does', () => {
    const facts = simulateCompose(FILE, 'services:\n  db:\n    image: busybox\n    stdin_open: true\n');
    assert.equal(facts.services[0]!.state, 'running');
    assert.deepEqual(facts.notes, []);
  });

  it('a second service binding port 80 in host mode stops at once with its bind() failure', () => {
    const text =
      'services:\n  a:\n    image: nginx\n    network_mode: host\n  b:\n    image: nginx\n    network_mode: host\n';
    const facts = simulateCompose(FILE, text);
    assert.equal(facts.services[0]!.state, 'running');
    assert.equal(facts.services[1]!.state, 'exited');
    assert.equal(facts.notes.length, 1);
    assert.match(
      facts.notes[0]!.message,
      /^demo-b-1 Exited \(1\): \S+ \S+ \[emerg\] 1#1: bind\(\) to 0\.0\.0\.0:80 failed \(98: Address already in use\)$/,
    );
    assert.equal(text.slice(...facts.notes[0]!.range!), 'host');
    assert.equal(text.indexOf('host', text.indexOf('  b:')), facts.notes[0]!.range![0]);
    assert.deepEqual(facts.notes[0]!.explanation, SIMULATION_NOTE_TEXT.portInUse);
  });

  it('a port published twice fails up at the second service, at its port entry', () => {
    const text =
      'services:\n  a:\n    image: nginx\n    ports: ["8080:80"]\n  b:\n    image: nginx\n    ports: ["8080:80"]\n';
    const facts = simulateCompose(FILE, text);
    assert.match(facts.failure!.message, /Bind for 0\.0\.0\.0:8080 failed: port is already allocated/);
    assert.equal(facts.failure!.service, 'b');
    assert.equal(facts.failure!.range![0], text.lastIndexOf('"8080:80"'));
  });

  it('a load error is the failure, at the range compose-go names', () => {
    const text = 'services:\n  a:\n    image: nginx\n    network_mode: "service:nope"\n';
    const facts = simulateCompose(FILE, text);
    // compose-go normalises `service:nope` into a depends_on first, and checks those first.
    assert.equal(facts.failure!.message, 'service "a" depends on undefined service "nope": invalid compose project');
    assert.equal(covered(text, facts.failure!.range), '"service:nope"');
    assert.equal(facts.services[0]!.state, 'missing');
    assert.equal(facts.project, 'demo');
  });

  it('brings a file up in a real lab and replaces what the previous run left, orphans included', () => {
    const lab = new Lab();
    const files = new MemoryFiles({ [FILE]: 'services:\n  a:\n    image: nginx\n  b:\n    image: nginx\n' });
    const session = new Session(lab, { cwd: '/root', files });
    const { project, steps: first } = simulateComposeIn(session, FILE);
    assert.equal(project, 'demo');
    assert.equal(first[1]!.output.exitCode, 0, first[1]!.output.stderr);
    assert.deepEqual([...lab.containers.values()].map((c) => c.name).sort(), ['demo-a-1', 'demo-b-1']);
    const idBefore = lab.containerByName('demo-a-1')!.id;
    files.write(FILE, 'services:\n  a:\n    image: nginx\n    networks: [front]\nnetworks:\n  front: {}\n');
    const second = simulateComposeIn(session, FILE).steps;
    assert.deepEqual(
      second.map((r) => r.command),
      [
        `docker compose -f ${FILE} down --remove-orphans`,
        'docker network rm demo_default',
        `docker compose -f ${FILE} up -d`,
      ],
    );
    assert.equal(second[2]!.output.exitCode, 0, second[2]!.output.stderr);
    assert.deepEqual(
      [...lab.containers.values()].map((c) => c.name),
      ['demo-a-1'],
    );
    assert.notEqual(lab.containerByName('demo-a-1')!.id, idBefore);
    assert.deepEqual(
      [...lab.networks.values()].filter((n) => n.composeProject === 'demo').map((n) => n.name),
      ['demo_front'],
    );
  });
});

describe('compose start order and cycles at scale', () => {
  /** The order as it was first written: the first ready name of the sorted keys, step by step. */
  function referenceOrder(deps: Map<string, string[]>): string[] {
    const keys = [...deps.keys()].sort();
    const done = new Set<string>();
    const order: string[] = [];
    for (;;) {
      const next = keys.find((k) => !done.has(k) && deps.get(k)!.every((d) => done.has(d)));
      if (next === undefined) return order;
      done.add(next);
      order.push(next);
    }
  }

  it('equals the step-by-step order on random acyclic graphs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 30; round++) {
      const n = 2 + Math.floor(random() * 25);
      const names = Array.from({ length: n }, (_, i) => `s${Math.floor(random() * 1000)}_${i}`);
      const deps = new Map(names.map((name, i) => [name, names.slice(0, i).filter(() => random() < 0.2)]));
      const lines = ['services:'];
      for (const [name, list] of deps) {
        lines.push(`  ${name}:`, '    image: busybox');
        if (list.length > 0) lines.push(`    depends_on: [${list.join(', ')}]`);
      }
      const { project } = loadProject([{ path: FILE, text: `${lines.join('\n')}\n` }]);
      assert.deepEqual(startOrder(project), referenceOrder(deps));
    }
  });

  it('a chain of 3,000 services orders and checks in well under a second', function () {
    this.timeout(20_000); // the YAML parse of the file, cold, is not what is measured
    const lines = ['services:'];
    for (let i = 0; i < 3000; i++) {
      lines.push(`  s${i}:`, '    image: busybox');
      if (i > 0) lines.push(`    depends_on: [s${i - 1}]`);
    }
    const { project } = loadProject([{ path: FILE, text: `${lines.join('\n')}\n` }]);
    const start = Date.now();
    const order = startOrder(project);
    assert.equal(order[0], 's0');
    assert.equal(order[2999], 's2999');
    assert.ok(Date.now() - start < timeLimit(1000), `${Date.now() - start} ms`);
  });

  it('a cycle is still found, in compose-go words', () => {
    assert.throws(
      () =>
        loadProject([
          {
            path: FILE,
            text: 'services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [c]\n  c:\n    image: x\n    depends_on: [a]\n',
          },
        ]),
      { message: 'dependency cycle detected: a -> b -> c -> a' },
    );
  });
});

describe('duplicate keys, checked in one pass', () => {
  const parseError = (text: string) => {
    try {
      parseYaml('/f.yaml', text);
    } catch (e) {
      return (e as Error).message;
    }
    return undefined;
  };

  it('as the yaml library says them: flow maps, quoted keys, the first in the file; 1 and "1" and merge keys differ', () => {
    assert.equal(
      parseError('a: {x: 1, x: 2}\n'),
      'failed to parse /f.yaml: yaml: line 1, column 11: Map keys must be unique',
    );
    assert.equal(
      parseError('a: 1\n"a": 2\n'),
      'failed to parse /f.yaml: yaml: line 2, column 1: Map keys must be unique',
    );
    assert.equal(
      parseError('b:\n  y: 1\n  y: 2\na: 1\na: 2\n'),
      'failed to parse /f.yaml: yaml: line 3, column 3: Map keys must be unique',
    );
    assert.equal(parseError('1: a\n"1": b\n'), undefined);
    assert.equal(parseError('x: &x {a: 1}\ny:\n  <<: *x\n  <<: {b: 2}\n'), undefined);
  });

  it('a mapping of 20,000 keys parses without the per-key scan (which took 5 s here)', function () {
    this.timeout(20_000);
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}\n`).join('');
    const start = Date.now();
    parseYaml('/f.yaml', text);
    assert.ok(Date.now() - start < timeLimit(3_000), `${Date.now() - start} ms`);
    assert.match(parseError(`${text}k7: again\n`)!, /line 20001, column 1: Map keys must be unique/);
  });
});
