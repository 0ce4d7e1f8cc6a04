// What `-p HOSTPORT:PORT` without a host address binds to, by the network that publishes it
// (src/core/daemon/publishDefaults.ts): moby bridge port_mapping_linux.go sortAndNormPBs and
// configurePortBindingIPv4/IPv6 (the network's host_binding_ipv4; an IPv4 default binds IPv4 only,
// an IPv6 one IPv6 only), portmappers/routed MapPorts (gateway_mode_ipv4=routed: no IPv4 host port),
// and a macvlan network, whose driver publishes nothing.
import * as assert from 'node:assert/strict';
import { publishDefaults } from '../../src/core/daemon/publishDefaults';
import { replay } from './transcript';

const ROWS: Array<{ id: string; network: string; port: string }> = [
  { id: 'the default bridge: 0.0.0.0 and [::]', network: '', port: '80/tcp -> 0.0.0.0:8084\n80/tcp -> [::]:8084\n' },
  {
    id: 'host_binding_ipv4=127.0.0.1: IPv4 only, on that address',
    network: 'docker network create -o com.docker.network.bridge.host_binding_ipv4=127.0.0.1 net',
    port: '80/tcp -> 127.0.0.1:8084\n',
  },
  {
    id: 'host_binding_ipv4=::1: IPv6 only, on that address',
    network: 'docker network create -o com.docker.network.bridge.host_binding_ipv4=::1 net',
    port: '80/tcp -> [::1]:8084\n',
  },
  {
    id: 'gateway_mode_ipv4=routed: the IPv4 binding has no host port, IPv6 stays NATed',
    network: 'docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed net',
    port: '80/tcp -> 0.0.0.0:\n80/tcp -> [::]:8084\n',
  },
  {
    id: 'macvlan: nothing is published',
    network: 'docker network create -d macvlan -o parent=eth0 --subnet 10.50.0.0/24 net',
    port: '',
  },
];

describe('default host addresses of published ports (daemon/publishDefaults)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps } = replay([
        ...(r.network ? [r.network] : []),
        `docker run -d --name pub ${r.network ? '--network net ' : ''}-p 8084:80 nginx`,
        'docker port pub',
      ]);
      const last = steps[steps.length - 1]!;
      assert.deepEqual(
        steps.filter((s) => s.exitCode !== 0),
        [],
      );
      assert.equal(last.stdout, r.port);
    });
  }
});

describe('publishDefaults without a bridge network to ask', () => {
  // Only the bridge driver has host_binding_ipv4 / gateway_mode_ipv4 (moby bridge options); without a
  // bridge gateway endpoint the daemon's defaults hold: 0.0.0.0 and [::], NATed.
  const LINES: Array<{ id: string; lines: string[] }> = [
    { id: 'a created container (no endpoint yet)', lines: ['docker create --name pub -p 8084:80 nginx'] },
    {
      id: 'an ipvlan network with a bridge option',
      lines: [
        'docker network create -d ipvlan -o parent=eth0 -o com.docker.network.bridge.host_binding_ipv4=127.0.0.1 --subnet 10.50.0.0/24 net',
        'docker run -d --name pub --network net nginx',
      ],
    },
  ];
  for (const r of LINES) {
    it(r.id, () => {
      const { lab, steps } = replay(r.lines);
      assert.deepEqual(
        steps.map((s) => s.exitCode),
        r.lines.map(() => 0),
      );
      assert.deepEqual(publishDefaults(lab, lab.containerByName('pub')!), {
        hostIps: ['0.0.0.0', '::'],
        routed: false,
      });
    });
  }
});
