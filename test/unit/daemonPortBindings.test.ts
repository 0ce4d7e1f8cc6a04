// Published ports (src/core/daemon/portBindings.ts), following moby's port allocator
// (daemon/libnetwork/portallocator/portallocator.go RequestPortsInRange: one specific port, a range's
// first free port, an ephemeral port from 32768-60999 taken round-robin and wrapping to the start),
// the OS bind of the host port (portallocator/osallocator_linux.go: only a socket of the same
// protocol on the host holds it), and ReleasePort giving back only what the stopped container held.
import * as assert from 'node:assert/strict';
import { Session } from '../../src/commandLine/session';
import { replay } from './transcript';

const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";

const ROWS: Array<{ id: string; lines: string[]; want: [number, string, string] }> = [
  {
    id: 'a range takes its first free port',
    lines: ['docker run -d -p 8080:80 nginx', 'docker run -d --name r2 -p 8080-8082:80 nginx', 'docker port r2'],
    want: [0, '80/tcp -> 0.0.0.0:8081\n80/tcp -> [::]:8081\n', ''],
  },
  {
    id: 'a range of two with its first port taken: the second',
    lines: ['docker run -d -p 8080:80 nginx', 'docker run -d --name r2 -p 8080-8081:80 nginx', 'docker port r2'],
    want: [0, '80/tcp -> 0.0.0.0:8081\n80/tcp -> [::]:8081\n', ''],
  },
  {
    id: 'a range of two, both taken: all ports are allocated',
    lines: [
      'docker run -d -p 8080:80 nginx',
      'docker run -d -p 8081:80 nginx',
      'docker run -d --name r3 -p 8080-8081:80 nginx',
    ],
    want: [
      125,
      '',
      'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint r3 (ENDPOINT): all ports are allocated' +
        RUN_HELP,
    ],
  },
  {
    // portStart == portEnd is one specific port: the allocator's own "already allocated" error.
    id: 'a one-port range taken: the port is already allocated',
    lines: ['docker run -d -p 8080:80 nginx', 'docker run -d --name r4 -p 8080-8080:80 nginx'],
    want: [
      125,
      '',
      'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint r4 (ENDPOINT): Bind for 0.0.0.0:8080 failed: port is already allocated' +
        RUN_HELP,
    ],
  },
  {
    id: '-P skips an ephemeral port another container publishes',
    lines: ['docker run -d -p 32768:80 nginx', 'docker run -d --name pp -P nginx', 'docker port pp'],
    want: [0, '80/tcp -> 0.0.0.0:32769\n80/tcp -> [::]:32769\n', ''],
  },
  {
    id: '-P twice: the next ephemeral port each time',
    lines: ['docker run -d --name p1 -P nginx', 'docker run -d --name p2 -P nginx', 'docker port p2'],
    want: [0, '80/tcp -> 0.0.0.0:32769\n80/tcp -> [::]:32769\n', ''],
  },
  {
    // A server in a container listens in its own namespace, not on the host.
    id: "a container's own listener does not hold the host port",
    lines: ['docker run -d --name w1 nginx', 'docker run -d --name w2 -p 80:80 nginx', 'docker port w2'],
    want: [0, '80/tcp -> 0.0.0.0:80\n80/tcp -> [::]:80\n', ''],
  },
  {
    id: 'a UDP socket on the host does not hold the TCP port',
    lines: ['nc -lu -p 8080', 'docker run -d --name w3 -p 8080:80 nginx', 'docker port w3'],
    want: [0, '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n', ''],
  },
  {
    id: 'stopping one container keeps the port another holds on another address',
    lines: [
      'docker run -d --name a1 -p 127.0.0.1:8080:80 nginx',
      'docker run -d --name a2 -p 127.0.0.2:8080:80 nginx',
      'docker stop a1',
      'docker run -d --name a3 -p 127.0.0.2:8080:80 nginx',
    ],
    want: [
      125,
      '',
      'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint a3 (ENDPOINT): Bind for 127.0.0.2:8080 failed: port is already allocated' +
        RUN_HELP,
    ],
  },
  {
    id: 'a port given back is free for a host-mode server',
    lines: [
      'docker run -d --name pub -p 80:80 nginx',
      'docker stop pub',
      'docker run -d --name hostweb --net host nginx',
      "docker inspect -f '{{.State.Status}}' hostweb",
    ],
    want: [0, 'running\n', ''],
  },
  {
    // osallocator_linux.go formats a netip.AddrPort: an IPv6 address in brackets.
    id: 'a host process on the port, IPv6 binding: the kernel text with [::]',
    lines: ['nc -l -p 8080', 'docker run -d --name v6 -p [::]:8080:80 nginx'],
    want: [
      125,
      '',
      'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint v6 (ENDPOINT): failed to bind host port [::]:8080/tcp: address already in use' +
        RUN_HELP,
    ],
  },
  {
    // gateway_mode_ipv4=routed (moby bridge driver, portmappers/routed): IPv4 bindings open the container's
    // port without a host port or address; IPv6 still gets a host port.
    id: 'routed IPv4: no host port taken, only the routed entry',
    lines: [
      'docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed rt',
      'docker run -d --name rr --network rt -p 127.0.0.1:8080:80 -p 81 nginx',
      'docker port rr',
    ],
    want: [0, '80/tcp -> 0.0.0.0:\n81/tcp -> 0.0.0.0:\n81/tcp -> [::]:32768\n', ''],
  },
  {
    id: 'routed IPv4 with no host port takes no ephemeral port',
    lines: [
      'docker network create -o com.docker.network.bridge.gateway_mode_ipv4=routed rt',
      'docker run -d --name rr --network rt -p 0.0.0.0::81 nginx',
      'docker run -d --name pp -P nginx',
      'docker port pp',
    ],
    want: [0, '80/tcp -> 0.0.0.0:32768\n80/tcp -> [::]:32768\n', ''],
  },
];

describe('published ports (daemon/portBindings)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps } = replay(r.lines);
      const last = steps[steps.length - 1]!;
      // The endpoint's ID (64 hex digits) stands as ENDPOINT.
      const stderr = last.stderr.replace(/\([0-9a-f]{64}\)/, '(ENDPOINT)');
      assert.deepEqual([last.exitCode, last.stdout, stderr], r.want);
    });
  }

  it('-P wraps from the last ephemeral port (60999) to the first (32768)', () => {
    const { lab } = replay([]);
    // The allocator's position is part of the saved lab (Export Lab): a lab saved near the end of the range.
    lab.nextEphemeralPort = 60999;
    const session = new Session(lab);
    const out = [
      'docker run -d --name e1 -P nginx',
      'docker run -d --name e2 -P nginx',
      'docker port e1',
      'docker port e2',
    ].map((line) => session.execute(line).output.stdout);
    assert.deepEqual(out.slice(2), [
      '80/tcp -> 0.0.0.0:60999\n80/tcp -> [::]:60999\n',
      '80/tcp -> 0.0.0.0:32768\n80/tcp -> [::]:32768\n',
    ]);
  });
});
