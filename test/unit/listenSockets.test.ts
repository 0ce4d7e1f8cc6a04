// The sockets each catalogue server opens, as busybox netstat lists them (networking/netstat.c do_info: /proc/net/tcp,
// then /proc/net/tcp6; "tcp" for both) and the host's net-tools netstat ("tcp6"): each row names the image's own
// configuration it follows.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

/** `netstat -tln` in a server's namespace, as `proto local` rows: each catalogue server's sockets. */
const LISTENS: Array<{ source: string; image: string; rows: string[] }> = [
  {
    source: 'nginx default.conf + 10-listen-on-ipv6-by-default.sh',
    image: 'nginx',
    rows: ['tcp 0.0.0.0:80', 'tcp :::80'],
  },
  { source: 'httpd.conf Listen 80 (APR v4-mapped)', image: 'httpd', rows: ['tcp :::80'] },
  { source: 'redis.conf bind * -::*', image: 'redis', rows: ['tcp 0.0.0.0:6379', 'tcp :::6379'] },
  { source: "postgres listen_addresses = '*'", image: 'postgres', rows: ['tcp 0.0.0.0:5432', 'tcp :::5432'] },
  { source: "mysqld bind_address = '*'", image: 'mysql', rows: ['tcp :::3306', 'tcp :::33060'] },
  { source: 'mongod --bind_ip_all without --ipv6', image: 'mongo', rows: ['tcp 0.0.0.0:27017'] },
  { source: 'memcached without -l', image: 'memcached', rows: ['tcp 0.0.0.0:11211', 'tcp :::11211'] },
  { source: 'Go net.Listen(":80")', image: 'traefik', rows: ['tcp :::80'] },
];

describe("catalogue servers' listening sockets (netstat.c: /proc/net/tcp, then tcp6)", () => {
  for (const r of LISTENS) {
    it(`${r.image}: ${r.source}`, () => {
      const { steps } = replay([
        `docker run -d --name srv ${r.image}`,
        'docker run --rm --network container:srv busybox netstat -tln',
      ]);
      const rows = steps[1]!.stdout
        .split('\n')
        .slice(2)
        .filter((l) => l !== '')
        .map((l) => l.split(/\s+/))
        .map((w) => `${w[0]} ${w[3]}`);
      assert.deepEqual(rows, r.rows);
    });
  }

  it("the host's netstat (net-tools) says tcp6 for a [::] socket", () => {
    const { steps } = replay(['docker run -d --name srv --network host nginx', 'netstat -tln']);
    assert.match(steps[1]!.stdout, /\ntcp {8}0 {6}0 0\.0\.0\.0:80 .*\ntcp6 {7}0 {6}0 :::80 /s);
  });

  it('ss shows [::] peers for an IPv6 socket', () => {
    const { steps } = replay([
      'docker run -d --name srv traefik',
      'docker run --rm --network container:srv nicolaka/netshoot ss -tln',
    ]);
    assert.ok(steps[1]!.stdout.includes('tcp   LISTEN 0      4096   [::]:80            [::]:*\n'), steps[1]!.stdout);
  });
});
