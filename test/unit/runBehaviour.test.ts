// moby daemon/libnetwork, daemon/oci_linux.go and the tutorial: addresses, namespaces, interfaces and files per mode.
import * as assert from 'node:assert/strict';
import { HOST_NETNS } from '../../src/core/lab/lab';
import { replay } from './transcript';

describe('addressing and namespaces', () => {
  it('containers on docker0 get .2, .3, and a freed .2 is reused', () => {
    const { steps } = replay([
      'docker run -d --name aa busybox top',
      'docker run -d --name bb busybox top',
      'docker exec aa ip addr show eth0',
      'docker rm -f aa',
      'docker run --rm busybox ip -o addr show eth0',
    ]);
    assert.ok(
      steps[2]!.stdout.includes('inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0'),
      steps[2]!.stdout + steps[2]!.stderr,
    );
    assert.ok(steps[4]!.stdout.includes('inet 172.17.0.2/16'), steps[4]!.stdout + steps[4]!.stderr);
  });

  it('a stopped container gives its address back', () => {
    const { lab } = replay([
      'docker run -d --name aa busybox top',
      'docker stop aa',
      'docker run -d --name bb busybox top',
    ]);
    assert.equal(lab.containerByName('bb')!.endpoints['bridge']!.ip, 0xac110002);
  });

  it('MACs are locally administered unicast and fixed by the seed', () => {
    const one = replay(['docker run -d --name aa busybox top'], 7).lab.containerByName('aa')!.endpoints['bridge']!.mac;
    const two = replay(['docker run -d --name aa busybox top'], 7).lab.containerByName('aa')!.endpoints['bridge']!.mac;
    assert.equal(one, two);
    const first = parseInt(one.slice(0, 2), 16);
    assert.equal(first & 0x03, 0x02);
  });

  it('none mode has only lo', () => {
    const { steps } = replay(['docker run --rm --net=none busybox ip addr']);
    assert.match(steps[0]!.stdout, /^1: lo: /);
    assert.ok(!steps[0]!.stdout.includes('eth0'));
  });

  it('host mode takes the host name, or -h', () => {
    const { steps } = replay([
      'docker run --rm --net=host busybox hostname',
      'docker run --rm --net=host -h foobar busybox hostname',
    ]);
    assert.equal(steps[0]!.stdout, 'docker-host\n');
    assert.equal(steps[1]!.stdout, 'foobar\n');
  });

  it("host mode and container:<host-mode container> are in the host's namespace", () => {
    const { steps } = replay([
      'readlink /proc/1/ns/net',
      'docker run --rm --net=host busybox readlink /proc/self/ns/net',
      'docker run -d --net=host --name hh busybox top',
      'docker run --rm --net=container:hh busybox readlink /proc/self/ns/net',
      'docker run --rm busybox readlink /proc/self/ns/net',
    ]);
    const host = `net:[${HOST_NETNS}]\n`;
    assert.equal(steps[0]!.stdout, host);
    assert.equal(steps[1]!.stdout, host);
    assert.equal(steps[3]!.stdout, host);
    assert.notEqual(steps[4]!.stdout, host);
  });

  it("tutorial 4.3.3: container B in A's namespace shows A's interfaces, address and hostname", () => {
    const { steps, lab } = replay([
      'docker run -dit --name container-a busybox /bin/sh',
      'docker run -it --network=container:container-a busybox /bin/sh',
      'ifconfig',
      'hostname',
      'exit',
    ]);
    const a = lab.containerByName('container-a')!;
    assert.equal(steps[1]!.exitCode, 0);
    assert.notEqual(steps[2]!.context, 'host');
    assert.ok(steps[2]!.stdout.includes('inet addr:172.17.0.2'));
    assert.ok(steps[2]!.stdout.includes(a.endpoints['bridge']!.mac.toUpperCase()));
    assert.equal(steps[3]!.stdout, `${a.id.slice(0, 12)}\n`);
    assert.equal(steps[4]!.context, steps[2]!.context);
    assert.equal(lab.containerByName(steps[2]!.context)!.state, 'exited');
  });

  it("tutorial 4.3.2: ifconfig in a host-mode container lists the host's interfaces", () => {
    const { steps } = replay(['ifconfig', 'docker run -it --network=host busybox /bin/sh', 'ifconfig', 'exit']);
    assert.equal(steps[2]!.stdout, steps[0]!.stdout);
    assert.ok(steps[2]!.stdout.includes('docker0') && steps[2]!.stdout.includes('inet addr:192.168.1.10'));
  });

  it('tutorial 4.3.4: a none container shows only lo with 127.0.0.1', () => {
    const { steps } = replay(['docker run -it --network=none busybox /bin/sh', 'ifconfig']);
    assert.match(steps[1]!.stdout, /^lo {8}Link encap:Local Loopback/);
    assert.ok(steps[1]!.stdout.includes('inet addr:127.0.0.1  Mask:255.0.0.0'));
    assert.equal(steps[1]!.stdout.split('Link encap').length, 2);
  });

  it('joiners keep the old, interface-less namespace when the owner restarts (moby oci_linux.go WithNamespaces)', () => {
    const { steps } = replay([
      'docker run -d --name owner busybox top',
      'docker run -d --name joiner --net container:owner busybox top',
      'docker restart owner',
      'docker exec joiner ip addr',
    ]);
    const out = steps[3]!;
    assert.equal(out.exitCode, 0, out.stderr);
    assert.match(out.stdout, /^1: lo: /);
    assert.ok(!out.stdout.includes('eth0'));
  });
});

describe('docker ps and the lifecycle', () => {
  it("lists running containers newest first with docker's columns, -a adds the rest", () => {
    const { steps } = replay([
      'docker run -d --name web -p 8080:80 nginx',
      'docker run --name once busybox true',
      'docker ps',
      'docker ps -a',
    ]);
    const ps = steps[2]!.stdout.split('\n');
    assert.deepEqual(ps[0]!.split(/ {3,}/), [
      'CONTAINER ID',
      'IMAGE',
      'COMMAND',
      'CREATED',
      'STATUS',
      'PORTS',
      'NAMES',
    ]);
    assert.equal(ps[0]!.indexOf('IMAGE'), 'CONTAINER ID'.length + 3);
    assert.ok(ps[1]!.includes('"/docker-entrypoint.…"'));
    assert.ok(ps[1]!.includes('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp'));
    assert.ok(ps[1]!.endsWith('web'));
    assert.equal(ps.length, 3);
    assert.ok(steps[3]!.stdout.includes('Exited (0)'));
  });

  it("docker run without -it runs a shell image's sh and exits 0; -d prints the full ID", () => {
    const { steps, lab } = replay(['docker run --name quick busybox', 'docker run -d --name bg busybox top']);
    assert.equal(lab.containerByName('quick')!.state, 'exited');
    assert.match(steps[1]!.stdout, /^[0-9a-f]{64}\n$/);
  });

  it('legacy links write the alias, hostname and name into /etc/hosts', () => {
    const { steps, lab } = replay([
      'docker run -d --name aa busybox top',
      'docker run --rm --link aa:db busybox cat /etc/hosts',
    ]);
    assert.ok(
      steps[1]!.stdout.includes(`172.17.0.2\tdb ${lab.containerByName('aa')!.id.slice(0, 12)} aa\n`),
      steps[1]!.stdout,
    );
  });

  it('a command that cannot be executed leaves the container created, with its address released', () => {
    const { lab } = replay(['docker run --name zz busybox nosuch', 'docker run -d --name aa busybox top']);
    assert.equal(lab.containerByName('zz')!.state, 'created');
    assert.equal(lab.containerByName('aa')!.endpoints['bridge']!.ip, 0xac110002);
  });

  it('--rm removes the container when its command ends', () => {
    const { lab } = replay(['docker run --rm --name gone busybox true']);
    assert.equal(lab.containerByName('gone'), undefined);
  });

  it('rm -f removes a running container and prints the name as given', () => {
    const { steps, lab } = replay(['docker run -d --name r1 busybox top', 'docker rm -f r1']);
    assert.equal(steps[1]!.stdout, 'r1\n');
    assert.equal(lab.containers.size, 0);
  });

  it('the same commands and seed give byte-identical output', () => {
    const lines = ['docker run -d --name aa busybox top', 'docker run -d busybox top', 'docker ps -a --no-trunc'];
    assert.deepEqual(replay(lines, 3).steps, replay(lines, 3).steps);
    assert.notDeepEqual(replay(lines, 3).steps, replay(lines, 4).steps);
  });
});

describe('routes', () => {
  it('the default route goes through the first network by name (Endpoint.Less)', () => {
    const { steps } = replay([
      'docker network create zz',
      'docker network create aa',
      'docker run -d --name cc --network zz busybox top',
      'docker network connect aa cc',
      'docker exec cc ip route',
    ]);
    assert.equal(steps[4]!.stdout.split('\n')[0], 'default via 172.19.0.1 dev eth1 ');
  });

  it('an internal network gives no default route', () => {
    const { steps } = replay([
      'docker network create --internal priv',
      'docker run --rm --network priv busybox ip route',
    ]);
    assert.ok(!steps[1]!.stdout.includes('default'), steps[1]!.stdout);
  });
});

describe('docker ps --format and --filter', () => {
  const SETUP = [
    'docker network create app',
    'docker run -d --name web --network app nginx',
    'docker run --name once busybox true',
  ];

  it('prints one template line per container', () => {
    const { steps } = replay([...SETUP, "docker ps --format '{{.Names}} {{.State}}'"]);
    assert.equal(steps[3]!.stdout, 'web running\n');
  });

  it('table formats get the CLI headers and tab-aligned columns', () => {
    const { steps } = replay([...SETUP, "docker ps -a --format 'table {{.Names}}\\t{{.Networks}}'"]);
    assert.deepEqual(steps[3]!.stdout.split('\n'), ['NAMES     NETWORKS', 'once      bridge', 'web       app', '']);
  });

  it('filters: same key ORs, different keys AND; status implies -a', () => {
    const { steps } = replay([
      ...SETUP,
      'docker ps -f status=exited --format {{.Names}}',
      'docker ps -a -f name=web -f name=once --format {{.Names}}',
      'docker ps -a -f network=app -f status=exited -q',
      'docker ps -f bogus=1',
    ]);
    assert.equal(steps[3]!.stdout, 'once\n');
    assert.equal(steps[4]!.stdout, 'once\nweb\n');
    assert.equal(steps[5]!.stdout, '');
    assert.equal(steps[6]!.exitCode, 1);
    assert.ok(steps[6]!.stderr.includes("invalid filter 'bogus'"));
  });
});

describe('docker ps --filter network= (moby daemon/list.go includeContainerInList)', () => {
  // The value matches a key of NetworkSettings.Networks (the network's name) or is a prefix of a
  // NetworkID; a stopped container keeps its NetworkSettings.Networks, so -a lists it too.
  const SETUP = [
    'docker network create app',
    'docker run -d --name web --network app nginx',
    'docker run -d --name other busybox top',
    'docker run --name once --network app busybox true',
  ];
  const names = (filter: string, all = false) => {
    const { steps } = replay([...SETUP, `docker ps ${all ? '-a ' : ''}--filter ${filter} --format {{.Names}}`]);
    const step = steps[steps.length - 1]!;
    assert.equal(step.exitCode, 0, step.stderr);
    return step.stdout;
  };

  it('by name: the running containers on that network, not the others', () => {
    assert.equal(names('network=app'), 'web\n');
    assert.equal(names('network=bridge'), 'other\n');
  });

  it('by ID prefix, and a name prefix is no match', () => {
    const { lab } = replay(SETUP);
    const id = lab.findNetwork('app')!.id;
    assert.equal(names(`network=${id.slice(0, 6)}`), 'web\n');
    assert.equal(names('network=ap'), '');
  });

  it('two values match either network', () => {
    assert.equal(names('network=app --filter network=bridge'), 'other\nweb\n');
  });

  it('-a: a stopped container on the network is listed too', () => {
    assert.equal(names('network=app', true), 'once\nweb\n');
    assert.equal(names('network=app --filter status=exited', true), 'once\n');
  });
});

describe('busybox ip output', () => {
  it('link lines carry the operstate, M-DOWN for veth peers elsewhere, and the bridge master on the host', () => {
    const { steps } = replay(['docker run -d --name aa busybox top', 'docker exec aa ip link', 'ip link']);
    const inside = steps[1]!.stdout.split('\n');
    assert.equal(inside[0], '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000');
    assert.match(
      inside[2]!,
      /^\d+: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP $/,
    );
    assert.match(
      steps[2]!.stdout,
      /: veth[0-9a-f]{7}@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue master docker0 state UP \n/,
    );
  });

  it('ip -o addr prints one line per address', () => {
    const { steps } = replay(['docker run --rm busybox ip -o -4 addr']);
    assert.deepEqual(
      steps[0]!.stdout.split('\n').map((l) => l.replace(/^\d+/, 'N')),
      [
        'N: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
        'N: eth0    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\\       valid_lft forever preferred_lft forever',
        '',
      ],
    );
  });

  it('the host lists its routes in ascending order', () => {
    const { steps } = replay(['ip route']);
    assert.deepEqual(
      steps[0]!.stdout.split('\n').map((l) => l.split(' ')[0]),
      ['default', '172.17.0.0/16', '192.168.1.0/24', ''],
    );
  });
});

describe('the PORTS column (DisplayablePorts)', () => {
  const ports = (run: string) => replay([run, "docker ps --format '{{.Ports}}'"]).steps[1]!.stdout;

  it('groups same-number ranges and lists them before other mappings', () => {
    assert.equal(
      ports('docker run -d -p 9000-9002:9000-9002 busybox top'),
      '0.0.0.0:9000-9002->9000-9002/tcp, [::]:9000-9002->9000-9002/tcp\n',
    );
    assert.equal(
      ports('docker run -d -p 8080:80 -p 443:443 nginx'),
      '0.0.0.0:443->443/tcp, [::]:443->443/tcp, 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n',
    );
  });

  it('exposed-only ports group too', () => {
    assert.equal(ports('docker run -d --expose 7000-7002 --expose 53/udp busybox top'), '53/udp, 7000-7002/tcp\n');
  });
});

describe('--format json and templates on networks', () => {
  it('docker ps --format json prints {{json .}} of the CLI fields, sorted', () => {
    const { steps } = replay(['docker run -d --name web nginx', 'docker ps --format json']);
    const row = JSON.parse(steps[1]!.stdout) as Record<string, string>;
    assert.deepEqual(Object.keys(row), [...Object.keys(row)].sort());
    assert.equal(row['Names'], 'web');
    assert.equal(row['State'], 'running');
  });

  it('docker network inspect -f runs real templates (range, index)', () => {
    const { steps } = replay([
      'docker network create app',
      'docker run -d --name w3 --network app busybox top',
      "docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' app",
      `docker network inspect -f '{{index .Options "com.docker.network.bridge.name"}}' bridge`,
      "docker network ls --format '{{.Name}}' --filter driver=bridge",
    ]);
    assert.equal(steps[2]!.stdout, 'w3 172.18.0.2/16\n');
    assert.equal(steps[3]!.stdout, 'docker0\n');
    assert.equal(steps[4]!.stdout, 'app\nbridge\n');
  });
});
