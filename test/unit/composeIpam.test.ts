// A compose network's `ipam.config`: docker/compose v5.5.0 pkg/compose/create.go createNetwork and
// parseIPAMPool (compose parses each pool before it asks the engine), compose-go types.IPAMPool (its
// fields and yaml tags, for `config`), and what the engine then checks (moby daemon/network.go
// validateIpamConfig).
import * as assert from 'node:assert/strict';
import { loadComposeFile } from '../../src/compose/load';
import { COMPOSE_CODES, composeDiagnostics } from '../../src/language/compose/composeDiagnostics';
import { composeQuickFixes } from '../../src/language/compose/composeQuickFixes';
import { composeDir, replayIn } from './composeFixture';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** One service on network `front`, whose single ipam pool has these fields. */
const withPool = (...pool: string[]) =>
  lines(
    'services:',
    '  web:',
    '    image: busybox',
    '    command: sleep 3600',
    '    networks: [front]',
    'networks:',
    '  front:',
    '    ipam:',
    '      config:',
    ...pool.map((l, i) => `${i === 0 ? '        - ' : '          '}${l}`),
  );

describe('compose ipam pools', () => {
  const ROWS: Array<{ id: string; file: string; want: [number, string, string] }> = [
    {
      id: 'parseIPAMPool: a subnet that is not a prefix fails before the Creating line',
      file: withPool('subnet: 10.1.0/24'),
      want: [1, '', 'invalid subnet: netip.ParsePrefix("10.1.0/24"): ParseAddr("10.1.0"): IPv4 address too short\n'],
    },
    {
      id: 'parseIPAMPool: an ip_range without a slash',
      file: withPool('subnet: 10.1.0.0/24', 'ip_range: 10.1.0.128'),
      want: [1, '', `invalid ip-range: netip.ParsePrefix("10.1.0.128"): no '/'\n`],
    },
    {
      id: 'parseIPAMPool: a gateway that is not an address',
      file: withPool('subnet: 10.1.0.0/24', 'gateway: gw'),
      want: [1, '', 'invalid gateway address: netip.ParseAddr("gw"): unable to parse IP\n'],
    },
    {
      id: 'parseIPAMPool: an auxiliary address that is not an address',
      file: withPool('subnet: 10.1.0.0/24', 'aux_addresses:', '  router: 10.1.0.300'),
      want: [1, '', 'invalid auxiliary address: netip.ParseAddr("10.1.0.300"): IPv4 field has value >255\n'],
    },
    {
      id: 'validateIpamConfig: the engine names each problem, auxiliary addresses included',
      file: withPool('subnet: 10.1.0.5/24', 'gateway: 10.3.0.1', 'aux_addresses:', '  far: 10.9.0.1'),
      want: [
        1,
        '',
        [
          ' Network demo_front Creating ',
          ' Network demo_front Error Error response from daemon: invalid network config:',
          '* invalid subnet 10.1.0.5/24: it should be 10.1.0.0/24',
          "* invalid gateway 10.3.0.1: parent subnet 10.1.0.5/24 doesn't contain this address",
          "* invalid auxiliary address far: parent subnet 10.1.0.5/24 doesn't contain this address",
          'failed to create network demo_front: Error response from daemon: invalid network config:',
          '* invalid subnet 10.1.0.5/24: it should be 10.1.0.0/24',
          "* invalid gateway 10.3.0.1: parent subnet 10.1.0.5/24 doesn't contain this address",
          "* invalid auxiliary address far: parent subnet 10.1.0.5/24 doesn't contain this address",
          '',
        ].join('\n'),
      ],
    },
  ];
  for (const row of ROWS) {
    it(row.id, () => {
      const { steps } = replayIn(composeDir({ 'compose.yaml': row.file }), ['docker compose up -d']);
      assert.deepEqual([steps[0]!.exitCode, steps[0]!.stdout, steps[0]!.stderr], row.want);
    });
  }

  it('createNetwork passes aux_addresses to the engine, which never hands them out', () => {
    const dir = composeDir({
      'compose.yaml': withPool('subnet: 10.1.0.0/29', 'aux_addresses:', '  router: 10.1.0.2', '  nas: 10.1.0.3'),
    });
    const { steps } = replayIn(dir, [
      'docker compose up -d',
      `docker network inspect -f '{{json .IPAM.Config}}' demo_front`,
      `docker inspect -f '{{.NetworkSettings.Networks.demo_front.IPAddress}}' demo-web-1`,
    ]);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.equal(
      steps[1]!.stdout,
      '[{"Subnet":"10.1.0.0/29","Gateway":"10.1.0.1","AuxiliaryAddresses":{"nas":"10.1.0.3","router":"10.1.0.2"}}]\n',
    );
    assert.equal(steps[2]!.stdout, '10.1.0.4\n');
  });

  it('config prints the pool in IPAMPool field order, maps with sorted keys as yaml.v3 writes them', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        withPool(
          'aux_addresses:',
          '  zeta: 10.1.0.9',
          '  alpha: 10.1.0.8',
          'ip_range: 10.1.0.128/25',
          'subnet: 10.1.0.0/24',
        ).trimEnd(),
        '    labels:',
        '      z: "1"',
        '      a: "2"',
      ),
    });
    const { steps } = replayIn(dir, ['docker compose config']);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    const networks = steps[0]!.stdout.slice(steps[0]!.stdout.indexOf('\nnetworks:'));
    assert.equal(
      networks,
      lines(
        '',
        'networks:',
        '  front:',
        '    name: demo_front',
        '    ipam:',
        '      config:',
        '        - subnet: 10.1.0.0/24',
        '          ip_range: 10.1.0.128/25',
        '          aux_addresses:',
        '            alpha: 10.1.0.8',
        '            zeta: 10.1.0.9',
        '    labels:',
        '      a: "2"',
        '      z: "1"',
      ),
    );
  });
});

describe('compose ipam pools in the editor (language/compose/ipamDiagnostics.ts)', () => {
  const FILE = '/w/compose.yaml';
  const diagnose = (text: string) =>
    composeDiagnostics(loadComposeFile(FILE, text))
      .filter((d) => d.code === COMPOSE_CODES.invalidIpamConfig)
      .map((d) => [d.message, text.slice(d.range[0], d.range[1])]);
  const ROWS: Array<{ id: string; pool: string[]; v6?: boolean; want: string[][] }> = [
    {
      id: 'create.go parseIPAMPool: compose stops at the first field it cannot parse, marked there',
      pool: ['subnet: 10.1.0.0/24', 'gateway: gw', 'ip_range: 10.1.0/25'],
      want: [
        ['invalid ip-range: netip.ParsePrefix("10.1.0/25"): ParseAddr("10.1.0"): IPv4 address too short', '10.1.0/25'],
      ],
    },
    {
      id: 'parseIPAMPool: an auxiliary address is marked at its own entry',
      pool: ['subnet: 10.1.0.0/24', 'aux_addresses:', '  ok: 10.1.0.9', '  nas: 10.1.0.x'],
      want: [['invalid auxiliary address: netip.ParseAddr("10.1.0.x"): unable to parse IP', 'nas: 10.1.0.x']],
    },
    {
      id: 'validateIpamConfig: each problem at the key it names',
      pool: [
        'subnet: 10.1.0.5/24',
        'ip_range: 10.1.0.130/25',
        'gateway: 10.3.0.1',
        'aux_addresses:',
        '  far: 10.9.0.1',
      ],
      want: [
        ['invalid subnet 10.1.0.5/24: it should be 10.1.0.0/24', '10.1.0.5/24'],
        ['invalid ip-range 10.1.0.130/25: it should be 10.1.0.128/25', '10.1.0.130/25'],
        ["invalid gateway 10.3.0.1: parent subnet 10.1.0.5/24 doesn't contain this address", '10.3.0.1'],
        ["invalid auxiliary address far: parent subnet 10.1.0.5/24 doesn't contain this address", 'far: 10.9.0.1'],
      ],
    },
    {
      id: 'validateIpamConfig: an IPv6 pool is checked only when enable_ipv6 is set',
      pool: ['subnet: fd00:1::5/64'],
      want: [],
    },
    {
      id: 'validateIpamConfig: with enable_ipv6 the IPv6 pool is checked',
      pool: ['subnet: fd00:1::5/64'],
      v6: true,
      want: [['invalid subnet fd00:1::5/64: it should be fd00:1::/64', 'fd00:1::5/64']],
    },
    { id: 'a valid pool has nothing to say', pool: ['subnet: 10.1.0.0/24', 'gateway: 10.1.0.1'], want: [] },
  ];
  for (const row of ROWS) {
    it(row.id, () => {
      const text = withPool(...row.pool).replace('    ipam:', `${row.v6 ? '    enable_ipv6: true\n' : ''}    ipam:`);
      assert.deepEqual(diagnose(text), row.want);
    });
  }

  it('the quick fix replaces an unmasked subnet with the one the engine names', () => {
    const text = withPool('subnet: 10.1.0.5/24');
    const d = composeDiagnostics(loadComposeFile(FILE, text)).find((x) => x.code === COMPOSE_CODES.invalidIpamConfig)!;
    const [fix] = composeQuickFixes(text, loadComposeFile(FILE, text), d);
    assert.equal(fix?.title, 'Use 10.1.0.0/24');
    const edit = fix.edits[0]!;
    const fixed = text.slice(0, edit.range[0]) + edit.newText + text.slice(edit.range[1]);
    assert.ok(fixed.includes('- subnet: 10.1.0.0/24\n'), fixed);
    assert.deepEqual(diagnose(fixed), []);
  });
});
