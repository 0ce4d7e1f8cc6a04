// Compose diagnostics: every problem of a file at once, each at its exact range, in compose-go's
// and the engine's words; the simulation's notes as information.
import * as assert from 'node:assert/strict';
import { loadComposeFile } from '../../src/compose/load';
import { SIMULATION_NOTE_TEXT } from '../../src/knowledge/composeSimulationNotes';
import {
  COMPOSE_CODES,
  type ComposeDiagnostic,
  composeDiagnostics,
  simulationDiagnostics,
} from '../../src/language/compose/composeDiagnostics';
import { simulateCompose } from '../../src/language/compose/composeSimulation';

const FILE = '/home/learner/demo/compose.yaml';

/** Each diagnostic as [severity, message, the text its range covers]. */
function diagnose(text: string, withFacts = false): Array<[string, string, string]> {
  const file = loadComposeFile(FILE, text);
  const facts = withFacts ? simulateCompose(FILE, text, { file }) : undefined;
  return composeDiagnostics(file, facts).map((d: ComposeDiagnostic) => [
    d.severity,
    d.message,
    text.slice(d.range[0], d.range[1]),
  ]);
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('compose diagnostics', () => {
  it('a clean file has none', () => {
    const text = lines(
      'services:',
      '  web:',
      '    image: nginx',
      '    ports: ["8080:80"]',
      '    networks:',
      '      front:',
      '        ipv4_address: 10.1.0.10',
      '        aliases: [www]',
      '  db:',
      '    image: busybox',
      '    tty: true',
      '    network_mode: "service:web"',
      'networks:',
      '  front:',
      '    ipam:',
      '      config:',
      '        - subnet: 10.1.0.0/24',
    );
    assert.deepEqual(diagnose(text, true), []);
  });

  it('network_mode with networks, and an undefined network: both, with compose-go words', () => {
    const text = lines('services:', '  a:', '    image: x', '    network_mode: host', '    networks: [front, back]');
    assert.deepEqual(diagnose(text), [
      [
        'error',
        'service a declares mutually exclusive `network_mode` and `networks`: invalid compose project',
        'networks',
      ],
      ['error', 'service "a" refers to undefined network front: invalid compose project', 'front'],
      ['error', 'service "a" refers to undefined network back: invalid compose project', 'back'],
    ]);
  });

  it('service:X undefined, self-referencing and in a cycle', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: x',
      '    network_mode: "service:nope"',
      '  b:',
      '    image: x',
      '    network_mode: service:b',
      '  c:',
      '    image: x',
      '    network_mode: service:d',
      '  d:',
      '    image: x',
      '    depends_on: [c]',
    );
    assert.deepEqual(diagnose(text), [
      ['error', `service "nope" not found for network_mode 'service:nope'`, '"service:nope"'],
      ['error', 'dependency cycle detected: b -> b', 'service:b'],
      ['error', 'dependency cycle detected: c -> d -> c', 'service:d'],
    ]);
  });

  it('an undefined depends_on service', () => {
    assert.deepEqual(diagnose(lines('services:', '  a:', '    image: x', '    depends_on: [db]')), [
      ['error', 'service "a" depends on undefined service "db": invalid compose project', 'db'],
    ]);
  });

  it('container mode: ports, expose, hostname, dns, extra_hosts, mac_address and links in the engine words', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: x',
      '    tty: true',
      '  b:',
      '    image: x',
      '    network_mode: "service:a"',
      '    hostname: bee',
      '    dns: [8.8.8.8]',
      '    extra_hosts: ["h:1.2.3.4"]',
      '    mac_address: 02:42:ac:11:00:02',
      '    links: [a]',
      '    ports: ["80:80"]',
      '    expose: ["81"]',
      '  c:',
      '    image: x',
      '    network_mode: container:other',
      '    ports: ["82:80"]',
    );
    assert.deepEqual(diagnose(text), [
      ['error', 'conflicting options: hostname and the network mode', 'hostname'],
      [
        'error',
        "conflicting options: container type network can't be used with links. This would result in undefined behavior",
        'links',
      ],
      ['error', 'conflicting options: dns and the network mode', 'dns'],
      ['error', 'conflicting options: custom host-to-IP mapping and the network mode', 'extra_hosts'],
      ['error', 'conflicting options: mac-address and the network mode', 'mac_address'],
      ['error', 'conflicting options: port publishing and the container type network mode', 'ports'],
      ['error', 'conflicting options: port exposing and the container type network mode', 'expose'],
      ['error', 'conflicting options: port publishing and the container type network mode', 'ports'],
    ]);
  });

  it('ports under host mode are a warning with the quick-fix code; links under host mode an error', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: nginx',
      '    network_mode: host',
      '    ports: ["80:80"]',
      '    links: [b]',
      '  b:',
      '    image: x',
    );
    const file = loadComposeFile(FILE, text);
    const ds = composeDiagnostics(file);
    assert.deepEqual(
      ds.map((d) => [d.severity, d.message, d.code, text.slice(...d.range)]),
      [
        [
          'warning',
          'Published ports are discarded when using host network mode',
          COMPOSE_CODES.portsWithHostMode,
          'ports',
        ],
        [
          'error',
          "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
          COMPOSE_CODES.hostModeLinks,
          'links',
        ],
      ],
    );
  });

  it('ipv4_address outside the ipam subnets, invalid, and two services with one address', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: x',
      '    networks:',
      '      back:',
      '        ipv4_address: 10.9.0.5',
      '  b:',
      '    image: x',
      '    networks:',
      '      back:',
      '        ipv4_address: 10.1.0.5',
      '  c:',
      '    image: x',
      '    networks:',
      '      back:',
      '        ipv4_address: 10.1.0.5',
      '  d:',
      '    image: x',
      '    networks:',
      '      back:',
      '        ipv4_address: 10.1.0.300',
      'networks:',
      '  back:',
      '    ipam:',
      '      config:',
      '        - subnet: 10.1.0.0/24',
    );
    assert.deepEqual(diagnose(text), [
      ['error', 'no configured subnet contains IP address 10.9.0.5', '10.9.0.5'],
      ['error', 'Address already in use', '10.1.0.5'],
      ['error', 'invalid IPv4 address: 10.1.0.300', '10.1.0.300'],
    ]);
    assert.equal(
      composeDiagnostics(loadComposeFile(FILE, text)).find((d) => d.message === 'Address already in use')!.range[0],
      text.lastIndexOf('10.1.0.5'),
    );
  });

  it('ipv4_address checked against the simulated subnet when the file gives none', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: nginx',
      '    networks:',
      '      back:',
      '        ipv4_address: 10.1.0.5',
      'networks:',
      '  back: {}',
    );
    assert.deepEqual(
      diagnose(text, true).filter((d) => d[0] === 'error'),
      [['error', 'no configured subnet contains IP address 10.1.0.5', '10.1.0.5']],
    );
    assert.deepEqual(diagnose(text), [], 'without the simulation, the subnet is unknown');
  });

  it('aliases and addresses on a network that is not user-defined', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: x',
      '    networks:',
      '      legacy:',
      '        aliases: [one, two]',
      '        ipv4_address: 172.17.0.9',
      'networks:',
      '  legacy:',
      '    name: bridge',
      '    external: true',
    );
    assert.deepEqual(diagnose(text), [
      ['warning', 'network-scoped aliases are only supported for user-defined networks', 'one, two'],
      ['error', 'user-specified IP address is supported on user-defined networks only', '172.17.0.9'],
    ]);
  });

  it('the same host port published twice, whichever address holds it first', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: nginx',
      '    ports: ["8080:80", "127.0.0.1:9090:80"]',
      '  b:',
      '    image: nginx',
      '    ports: ["8080:80", "127.0.0.2:9090:80", "8080:80/udp"]',
      '  c:',
      '    image: nginx',
      '    ports: [{target: 80, published: 9090}]',
    );
    assert.deepEqual(diagnose(text), [
      ['error', 'Bind for 0.0.0.0:8080 failed: port is already allocated', '"8080:80"'],
      ['error', 'Bind for 0.0.0.0:9090 failed: port is already allocated', '{target: 80, published: 9090}'],
    ]);
  });

  it('names Docker rejects: a container_name, a network key', () => {
    const text = lines('services:', '  a:', '    image: x', '    container_name: -web', 'networks:', '  "my net": {}');
    assert.deepEqual(diagnose(text), [
      ['error', `validating ${FILE}: networks additional properties 'my net' not allowed`, '"my net"'],
      ['error', 'Invalid container name (-web), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed', '-web'],
    ]);
  });

  it('external networks with other attributes, each in compose-go words', () => {
    const text = lines(
      'networks:',
      '  outside:',
      '    external: true',
      '    driver: bridge',
      '    name: real',
      '    internal: true',
      '    x-note: fine',
    );
    assert.deepEqual(diagnose(text), [
      ['error', 'networks.outside: conflicting parameters "external" and "driver" specified', 'driver'],
      ['error', 'networks.outside: conflicting parameters "external" and "internal" specified', 'internal'],
    ]);
  });

  it('the simulation notes come as information, and what a rule already says is not said twice', () => {
    const text = lines(
      'services:',
      '  db:',
      '    image: busybox',
      '  web:',
      '    image: busybox',
      '    network_mode: "service:db"',
    );
    const got = diagnose(text, true);
    assert.deepEqual(got, [
      [
        'information',
        'Error response from daemon: cannot join network namespace of a non running container: container demo-db-1 is exited',
        '"service:db"',
      ],
      ['information', 'demo-db-1 Exited (0)', 'busybox'],
    ]);
    const facts = simulateCompose(FILE, text);
    assert.deepEqual(simulationDiagnostics(facts)[1]!.explanation, SIMULATION_NOTE_TEXT.shellExits);
    const clash = lines(
      'services:',
      '  a:',
      '    image: nginx',
      '    ports: ["80:80"]',
      '  b:',
      '    image: nginx',
      '    ports: ["80:80"]',
    );
    assert.deepEqual(
      diagnose(clash, true).map((d) => d[1]),
      ['Bind for 0.0.0.0:80 failed: port is already allocated'],
    );
  });

  it('the note texts exist in English and Simplified Chinese', () => {
    for (const [kind, t] of Object.entries(SIMULATION_NOTE_TEXT)) {
      assert.ok(t.en.length > 0, kind);
      assert.ok(/[\u4e00-\u9fff]/.test(t['zh-cn']), kind);
    }
  });
});
