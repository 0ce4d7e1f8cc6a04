// moby deriveULABaseNetwork and defaultipam: networks created with --ipv6 give containers a global address from their
// /64.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

describe('IPv6 on user-defined networks', () => {
  const SETUP = ['docker network create --ipv6 v6net', 'docker run -d --name web --network v6net busybox top'];

  it('the gateway is ::1 and the first container gets ::2 of the /64', () => {
    const { steps } = replay([...SETUP, "docker inspect -f '{{json .NetworkSettings.Networks.v6net}}' web"]);
    const ep = JSON.parse(steps[2]!.stdout) as {
      GlobalIPv6Address: string;
      IPv6Gateway: string;
      GlobalIPv6PrefixLen: number;
    };
    assert.match(ep.GlobalIPv6Address, /^fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::2$/);
    assert.equal(ep.IPv6Gateway, ep.GlobalIPv6Address.replace(/::2$/, '::1'));
    assert.equal(ep.GlobalIPv6PrefixLen, 64);
  });

  it('ip addr shows the global and link-local addresses, lo keeps ::1', () => {
    const { steps } = replay([...SETUP, 'docker exec web ip addr']);
    assert.match(steps[2]!.stdout, /inet6 fd[0-9a-f:]+::2\/64 scope global/);
    assert.match(steps[2]!.stdout, /inet6 fe80::[0-9a-f:]+\/64 scope link/);
    assert.ok(steps[2]!.stdout.includes('inet6 ::1/128 scope host'));
  });

  it("/etc/hosts gets the IPv6 defaults and the container's IPv6 line", () => {
    const { steps } = replay([...SETUP, 'docker exec web cat /etc/hosts']);
    assert.ok(steps[2]!.stdout.includes('::1\tlocalhost ip6-localhost ip6-loopback\n'));
    assert.match(steps[2]!.stdout, /\nfd[0-9a-f:]+::2\t[0-9a-f]{12}\n$/);
  });

  it('without --ipv6 only lo has IPv6 (::1); --network none has none at all', () => {
    const { steps } = replay([
      'docker network create plain',
      'docker run --rm --network plain busybox ip addr show eth0',
      'docker run --rm --network plain busybox cat /etc/hosts',
      'docker run --rm --network none busybox ip addr',
      'docker run --rm --network none busybox cat /etc/hosts',
    ]);
    assert.ok(!steps[1]!.stdout.includes('inet6'));
    assert.ok(steps[2]!.stdout.includes('::1\tlocalhost ip6-localhost ip6-loopback\n'));
    assert.ok(!steps[3]!.stdout.includes('inet6'));
    assert.ok(!steps[4]!.stdout.includes('::1'));
  });

  it('--ip6 picks the address, and one outside the subnet is refused', () => {
    const { steps } = replay([
      'docker network create --ipv6 --subnet fd00:1::/64 six',
      'docker run --rm --network six --ip6 fd00:1::99 busybox ip addr show eth0',
      'docker run --rm --network six --ip6 fd00:2::5 busybox true',
    ]);
    assert.ok(steps[1]!.stdout.includes('inet6 fd00:1::99/64 scope global'), steps[1]!.stdout + steps[1]!.stderr);
    assert.equal(steps[2]!.exitCode, 125);
    assert.ok(
      steps[2]!.stderr.includes(
        'invalid config for network six: invalid endpoint settings:\nno configured subnet contains IP address fd00:2::5',
      ),
      steps[2]!.stderr,
    );
  });

  it('DNS answers AAAA as well', () => {
    const { steps } = replay([...SETUP, 'docker run --rm --network v6net busybox nslookup web']);
    assert.match(
      steps[2]!.stdout,
      /Address: 172\.18\.0\.2\n\nNon-authoritative answer:\nName:\tweb\nAddress: fd[0-9a-f:]+::2\n/,
    );
  });
});
