// The embedded DNS's answers that a hand-made mutation run showed untested: network aliases,
// records for containers started after the first lookup, and no upstream answers without a way
// out (moby libnetwork sandbox_dns_unix.go / network.go ResolveName, resolver.go forwardExtDNS).
import * as assert from 'node:assert/strict';
import { resolveName } from '../../src/core/kernel/dns';
import { formatIPv4 } from '../../src/core/net/ipv4';
import { replay } from './transcript';

/** The addresses nslookup printed in its A answer block. */
const addresses = (stdout: string) => [...stdout.matchAll(/^Address: (\S+)$/gm)].map((m) => m[1]);

describe('embedded DNS answers', () => {
  it('a network alias answers with the address of the container holding it (libnetwork addSvcRecords per alias)', () => {
    const { steps } = replay([
      'docker network create app',
      'docker run -d --name web --network app busybox top', // 172.18.0.2, named web
      'docker run -d --name other --network app --network-alias web busybox top', // 172.18.0.3, alias web
      'docker run -d --name cli --network app busybox top',
      'docker exec cli nslookup web',
      'docker exec cli nslookup other',
    ]);
    const web = steps[4]!;
    assert.equal(web.exitCode, 0, web.stdout);
    assert.ok(addresses(web.stdout).includes('172.18.0.3'), `the alias holder is missing:\n${web.stdout}`);
    assert.deepEqual(addresses(steps[5]!.stdout), ['172.18.0.3']);
  });

  it('a container started after a lookup is found by the next lookup (the index follows the lab)', () => {
    const { steps } = replay([
      'docker network create app',
      'docker run -d --name cli --network app busybox top',
      'docker exec cli nslookup later',
      'docker run -d --name later --network app busybox top',
      'docker exec cli nslookup later',
      'docker stop later',
      'docker exec cli nslookup later',
    ]);
    assert.equal(steps[2]!.exitCode, 1);
    assert.ok(steps[2]!.stdout.includes("** server can't find later: NXDOMAIN"), steps[2]!.stdout);
    assert.equal(steps[4]!.exitCode, 0, steps[4]!.stdout);
    assert.deepEqual(addresses(steps[4]!.stdout), ['172.18.0.3']);
    assert.equal(steps[6]!.exitCode, 1, `a stopped container still answers:\n${steps[6]!.stdout}`);
  });

  it('resolveName sees a container connected after a first lookup, and forgets one disconnected', () => {
    const { lab, session } = replay([
      'docker network create app',
      'docker run -d --name cli --network app busybox top',
      'docker run -d --name db busybox top',
    ]);
    const cli = lab.containerByName('cli')!;
    assert.equal(resolveName(lab, cli, 'db'), undefined);
    assert.equal(session.execute('docker network connect app db').output.exitCode, 0);
    const found = resolveName(lab, cli, 'db');
    assert.deepEqual([found?.via, found?.ips.map(formatIPv4)], ['embedded', ['172.18.0.3']]);
    assert.equal(session.execute('docker network disconnect app db').output.exitCode, 0);
    assert.equal(resolveName(lab, cli, 'db'), undefined);
  });

  // moby: a none container has no interface but lo; an --internal network has no route out and its
  // embedded resolver does not forward (libnetwork sandbox_dns_unix.go, setupResolutionFiles /
  // resolver.go: no external servers for internal networks).
  const NO_WAY_OUT: Array<{ id: string; setup: string[]; run: string }> = [
    { id: 'none', setup: [], run: 'docker run --rm --net none busybox' },
    {
      id: '--internal',
      setup: ['docker network create --internal priv'],
      run: 'docker run --rm --network priv busybox',
    },
  ];
  for (const c of NO_WAY_OUT) {
    it(`${c.id}: no upstream answer for an outside name, where the default bridge gets one`, () => {
      const { steps } = replay([
        ...c.setup,
        `${c.run} ping -c 1 example.com`,
        `${c.run} wget -qO- http://example.com`,
        'docker run --rm busybox ping -c 1 example.com',
      ]);
      const [ping, wget, control] = steps.slice(c.setup.length);
      assert.deepEqual([ping!.exitCode, ping!.stderr], [1, "ping: bad address 'example.com'\n"]);
      assert.deepEqual([wget!.exitCode, wget!.stderr], [1, "wget: bad address 'example.com'\n"]);
      assert.equal(control!.exitCode, 0, control!.stderr);
      assert.ok(control!.stdout.startsWith('PING example.com (93.184.215.14)'), control!.stdout);
    });
  }

  it('--internal: resolveName gives nothing for an outside name, a container name still resolves', () => {
    const { lab, steps } = replay([
      'docker network create --internal priv',
      'docker run -d --name one --network priv busybox top',
      'docker run -d --name two --network priv busybox top',
    ]);
    assert.deepEqual(
      steps.map((s) => s.exitCode),
      [0, 0, 0],
    );
    const one = lab.containerByName('one')!;
    assert.equal(resolveName(lab, one, 'example.com'), undefined);
    assert.deepEqual(resolveName(lab, one, 'two')?.ips.map(formatIPv4), ['172.18.0.3']);
  });
});
