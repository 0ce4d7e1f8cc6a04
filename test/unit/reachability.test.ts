// Embedded DNS (moby libnetwork resolver.go) and who reaches whom (the bridge driver's iptabler), through the busybox
// clients.
import * as assert from 'node:assert/strict';
import { parseIPv4 } from '../../src/core/net/ipv4';
import { reach } from '../../src/core/kernel/reach';
import { replay } from './transcript';

interface Case {
  name: string;
  setup: string[];
  command: string;
  exitCode: number;
  out?: string;
}

const APP = ['docker network create app', 'docker run -d --name web --network app --network-alias www nginx'];

const CASES: Case[] = [
  {
    name: 'container name resolves on a user-defined network',
    setup: APP,
    command: 'docker run --rm --network app busybox nslookup web',
    exitCode: 0,
    out: 'Address: 172.18.0.2',
  },
  {
    name: 'the alias resolves',
    setup: APP,
    command: 'docker run --rm --network app busybox nslookup www',
    exitCode: 0,
    out: 'Address: 172.18.0.2',
  },
  {
    name: 'name.network resolves',
    setup: APP,
    command: 'docker run --rm --network app busybox nslookup web.app',
    exitCode: 0,
    out: 'Address: 172.18.0.2',
  },
  {
    name: 'PTR on the embedded DNS gives container.network',
    setup: APP,
    command: 'docker run --rm --network app busybox nslookup 172.18.0.2',
    exitCode: 0,
    out: '2.0.18.172.in-addr.arpa\tname = web.app',
  },
  {
    name: 'none mode: nslookup reaches no server',
    setup: [],
    command: 'docker run --rm --net none busybox nslookup example.com',
    exitCode: 1,
    out: "nslookup: can't connect to remote host (192.168.1.1): Network is unreachable",
  },
  {
    name: 'busybox nslookup prints an answer block per query (A, then the empty AAAA)',
    setup: APP,
    command: 'docker run --rm --network app busybox nslookup web',
    exitCode: 0,
    out: 'Non-authoritative answer:\nName:\tweb\nAddress: 172.18.0.2\n\nNon-authoritative answer:\n\n',
  },
  {
    name: 'a dotless name is only tried under the search domains',
    setup: APP,
    command: 'docker run --rm --network app --dns-search corp busybox nslookup web',
    exitCode: 1,
    out: "** server can't find web.corp: NXDOMAIN",
  },
  {
    // The target is on the default bridge too, so only the no-DNS rule can make this fail to resolve.
    name: 'no Docker DNS on the default bridge',
    setup: ['docker run -d --name web nginx'],
    command: 'docker run --rm busybox nslookup web',
    exitCode: 1,
    out: "** server can't find web: NXDOMAIN",
  },
  {
    name: 'same network: HTTP by name',
    setup: APP,
    command: 'docker run --rm --network app busybox wget -qO- http://web',
    exitCode: 0,
    out: 'Welcome to nginx!',
  },
  {
    name: 'a port nothing listens on is refused',
    setup: APP,
    command: 'docker run --rm --network app busybox wget -qO- http://web:81',
    exitCode: 1,
    out: "wget: can't connect to remote host (172.18.0.2): Connection refused",
  },
  {
    name: 'networks are isolated until connected',
    setup: APP,
    command: 'docker run --rm busybox ping -c 1 172.18.0.2',
    exitCode: 1,
    out: '100% packet loss',
  },
  {
    name: 'default bridge: no name resolution between containers',
    setup: ['docker run -d --name aa busybox top'],
    command: 'docker run --rm busybox ping -c 1 aa',
    exitCode: 1,
    out: "ping: bad address 'aa'",
  },
  {
    name: 'default bridge: by address works',
    setup: ['docker run -d --name aa busybox top'],
    command: 'docker run --rm busybox ping -c 1 172.17.0.2',
    exitCode: 0,
    out: '64 bytes from 172.17.0.2: seq=0 ttl=64',
  },
  {
    name: 'a published port answers on the host',
    setup: ['docker run -d -p 8080:80 nginx'],
    command: 'wget -qO- http://localhost:8080',
    exitCode: 0,
    out: 'Welcome to nginx!',
  },
  {
    name: 'a published port answers other containers through the gateway',
    setup: ['docker run -d -p 8080:80 nginx'],
    command: 'docker run --rm busybox wget -qO- http://172.17.0.1:8080',
    exitCode: 0,
    out: 'Welcome to nginx!',
  },
  {
    name: 'a 127.0.0.1 binding is not reachable from containers',
    setup: ['docker run -d -p 127.0.0.1:9090:80 nginx'],
    command: 'docker run --rm busybox wget -qO- http://172.17.0.1:9090',
    exitCode: 1,
    out: 'Connection refused',
  },
  {
    name: 'a 127.0.0.1 binding answers on the host loopback',
    setup: ['docker run -d -p 127.0.0.1:9090:80 nginx'],
    command: 'wget -qO- http://127.0.0.1:9090',
    exitCode: 0,
    out: 'Welcome to nginx!',
  },
  {
    name: "an unpublished port is not on the host's address",
    setup: ['docker run -d nginx'],
    command: 'wget -qO- http://192.168.1.10:80',
    exitCode: 1,
    out: 'Connection refused',
  },
  {
    name: 'host mode binds the host port directly',
    setup: ['docker run -d --net host nginx'],
    command: 'wget -qO- http://127.0.0.1',
    exitCode: 0,
    out: 'Welcome to nginx!',
  },
  {
    name: 'none has no way out',
    setup: [],
    command: 'docker run --rm --net none busybox ping -c 1 8.8.8.8',
    exitCode: 1,
    out: 'Network is unreachable',
  },
  {
    name: 'the outside world is beyond the gateway',
    setup: [],
    command: 'docker run --rm busybox wget -qO- http://example.com',
    exitCode: 0,
    out: 'Example Domain',
  },
  {
    name: 'internal networks have no way out',
    setup: ['docker network create --internal priv'],
    command: 'docker run --rm --network priv busybox ping -c 1 8.8.8.8',
    exitCode: 1,
    out: 'Network is unreachable',
  },
  {
    name: 'container mode shares localhost',
    setup: ['docker run -d --name pod busybox nc -l -p 7000'],
    command: 'docker run --rm --net container:pod busybox nc -zv 127.0.0.1 7000',
    exitCode: 0,
    out: '127.0.0.1 (127.0.0.1:7000) open',
  },
  {
    name: 'curl is not in busybox',
    setup: [],
    command: 'docker run --rm busybox curl http://example.com',
    exitCode: 127,
    out: 'exec: "curl": executable file not found in $PATH',
  },
  {
    name: 'nginx has no ping',
    setup: ['docker run -d --name web nginx'],
    command: 'docker exec web ping -c 1 172.17.0.1',
    exitCode: 127,
    out: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "ping": executable file not found in $PATH: unknown',
  },
  {
    name: 'nginx has curl',
    setup: ['docker run -d --name web nginx'],
    command: 'docker exec web curl -s http://localhost',
    exitCode: 0,
    out: 'Welcome to nginx!',
  },
  {
    name: 'curl on the host reports refusals its own way',
    setup: [],
    command: 'curl http://localhost:5000',
    exitCode: 7,
    out: 'curl: (7) Failed to connect to localhost port 5000',
  },
];

describe('reachability and DNS through the shell tools', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { steps } = replay([...c.setup, c.command]);
      const step = steps[steps.length - 1]!;
      assert.equal(step.exitCode, c.exitCode, step.stdout + step.stderr);
      if (c.out) assert.ok((step.stdout + step.stderr).includes(c.out), step.stdout + step.stderr);
    });
  }

  it('connecting a container to a second network makes the first reachable by name', () => {
    const { steps } = replay([
      ...APP,
      'docker run -d --name cli busybox top',
      'docker network connect app cli',
      'docker exec cli wget -qO- http://www',
    ]);
    const got = steps[steps.length - 1]!;
    assert.equal(got.exitCode, 0, got.stderr);
    assert.ok(got.stdout.includes('<title>Welcome to nginx!</title>'), got.stdout);
  });

  it('every answer explains its path, and isolation names the missing network', () => {
    const { lab } = replay([...APP, 'docker run -d --name other busybox top']);
    const other = lab.containerByName('other')!;
    const result = reach(lab, other.netnsId!, parseIPv4('172.18.0.2')!);
    assert.equal(result.ok, false);
    assert.ok(result.path.at(-1)!.includes('app'), result.path.join(' | '));
  });

  it('two servers on one port in one namespace: the second exits as nginx would', () => {
    const { lab } = replay([
      'docker run -d --name first nginx',
      'docker run -d --name second --net container:first nginx',
    ]);
    const second = lab.containerByName('second')!;
    assert.equal(second.state, 'exited');
    assert.equal(second.exitCode, 1);
    assert.ok(second.logs.join('\n').includes('bind() to 0.0.0.0:80 failed (98: Address already in use)'));
  });
});

describe('busybox nc -z', () => {
  it('-zv reports an open port on stderr; a closed one only fails', () => {
    const { steps } = replay([
      'docker run -d --name web nginx',
      'docker run --rm busybox nc -zv 172.17.0.2 80',
      'docker run --rm busybox nc -zv 172.17.0.2 81',
    ]);
    assert.deepEqual([steps[1]!.exitCode, steps[1]!.stderr], [0, '172.17.0.2 (172.17.0.2:80) open\n']);
    assert.deepEqual([steps[2]!.exitCode, steps[2]!.stderr], [1, '']);
  });
});
