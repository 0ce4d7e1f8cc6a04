// Name resolution as a process sees it (src/core/kernel/dns.ts): /etc/hosts, then Docker's embedded
// DNS on user-defined networks (moby libnetwork sandbox_dns_unix.go, network.go ResolveName: names,
// aliases, `name.network`, per-endpoint --link aliases), then the upstream server the container's
// resolv.conf names (libnetwork internal/resolvconf, TransformForLegacyNw); every answer asserted whole.
import * as assert from 'node:assert/strict';
import { Session } from '../../src/commandLine/session';
import {
  type Resolution,
  resolveName,
  reverseLookup,
  unresolvedReason,
  upstreamServer,
  usesEmbeddedDns,
} from '../../src/core/kernel/dns';
import { DEFAULT_HOST_PROFILE } from '../../src/core/lab/hostProfile';
import { Lab } from '../../src/core/lab/lab';
import { parseIPv4 } from '../../src/core/net/ipv4';

const SETUP = [
  'docker network create --ipv6 --subnet fd00:1::/64 app',
  'docker network create other',
  'docker network create --internal priv',
  'docker run -dit --name web --network app busybox',
  'docker run -dit --name far --network other busybox',
  'docker run -dit --name cli --network app --link web:db --add-host extra:10.1.1.1 busybox',
  'docker network connect other cli',
  'docker run -dit --name joiner --network container:cli busybox',
  'docker run -dit --name b4 busybox',
  'docker run -dit --name dnsed --dns 1.1.1.1 busybox',
  'docker run -dit --name hostc --network host busybox',
  'docker run -dit --name inpriv --network priv busybox',
  'docker run -dit --name both --network priv busybox',
  'docker network connect bridge both',
  'docker run -dit --name gone --network app busybox',
  'docker stop gone',
];

function labWith(resolvConf = DEFAULT_HOST_PROFILE.resolvConf): { lab: Lab; session: Session } {
  const lab = new Lab({ seed: 0, hostProfile: { ...DEFAULT_HOST_PROFILE, resolvConf } });
  const session = new Session(lab);
  for (const line of SETUP) assert.equal(session.execute(line).output.exitCode, 0, line);
  return { lab, session };
}

const ip = (text: string) => parseIPv4(text)!;
/** An embedded answer; `v6` is the AAAA record of a name on the IPv6 network app (moby network.go ResolveName). */
const embedded = (name: string, addr: string, v6?: string): Resolution => ({
  name,
  ips: [ip(addr)],
  ...(v6 ? { ips6: [v6] } : {}),
  via: 'embedded',
  server: '127.0.0.11',
  explanation: `Docker's embedded DNS (127.0.0.11) knows ${name} on app, other: ${addr}${v6 ? `, ${v6}` : ''}`,
});
const upstream = (server: string): Resolution => ({
  name: 'example.com',
  ips: [ip('93.184.215.14')],
  via: 'upstream',
  server,
  explanation: 'the upstream DNS server answered for example.com',
});

describe('name resolution (kernel/dns)', () => {
  const { lab } = labWith();
  const who = (name: string) => (name === 'host' ? undefined : lab.containerByName(name)!);

  const ROWS: Array<{ id: string; from: string; name: string; useHosts?: boolean; want: Resolution | undefined }> = [
    {
      id: 'an address is its own answer',
      from: 'cli',
      name: '10.0.0.1',
      want: {
        name: '10.0.0.1',
        ips: [ip('10.0.0.1')],
        via: 'literal',
        server: '',
        explanation: '10.0.0.1 is an address',
      },
    },
    {
      id: '--add-host is in /etc/hosts, asked first (getaddrinfo, nsswitch files before dns)',
      from: 'cli',
      name: 'extra',
      want: {
        name: 'extra',
        ips: [ip('10.1.1.1')],
        via: 'hosts',
        server: '127.0.0.11',
        explanation: 'extra is in /etc/hosts',
      },
    },
    {
      id: 'a DNS-only query (nslookup) skips /etc/hosts',
      from: 'cli',
      name: 'extra',
      useHosts: false,
      want: undefined,
    },
    {
      id: "the container's localhost from /etc/hosts",
      from: 'cli',
      name: 'localhost',
      want: {
        name: 'localhost',
        ips: [ip('127.0.0.1')],
        ips6: ['::1'],
        via: 'hosts',
        server: '127.0.0.11',
        explanation: 'localhost is in /etc/hosts',
      },
    },
    {
      id: 'an IPv6-only /etc/hosts name answers with its IPv6 address only (hosts(5) lines of either family)',
      from: 'cli',
      name: 'ip6-localhost',
      want: {
        name: 'ip6-localhost',
        ips: [],
        ips6: ['::1'],
        via: 'hosts',
        server: '127.0.0.11',
        explanation: 'ip6-localhost is in /etc/hosts',
      },
    },
    {
      id: "the host's own /etc/hosts, with the host's server",
      from: 'host',
      name: 'localhost',
      want: {
        name: 'localhost',
        ips: [ip('127.0.0.1')],
        ips6: ['::1'],
        via: 'hosts',
        server: '192.168.1.1',
        explanation: 'localhost is in /etc/hosts',
      },
    },
    {
      id: 'a container name on a shared network',
      from: 'cli',
      name: 'web',
      want: embedded('web', '172.18.0.2', 'fd00:1::2'),
    },
    {
      id: 'name.network on that network',
      from: 'cli',
      name: 'web.app',
      want: embedded('web.app', '172.18.0.2', 'fd00:1::2'),
    },
    { id: 'a name on the second network', from: 'cli', name: 'far', want: embedded('far', '172.19.0.2') },
    {
      id: 'name.network of the second network',
      from: 'cli',
      name: 'far.other',
      want: embedded('far.other', '172.19.0.2'),
    },
    { id: 'name.network of a network the name is not on', from: 'cli', name: 'web.other', want: undefined },
    {
      id: 'a --link alias (links on a user-defined network)',
      from: 'cli',
      name: 'db',
      want: embedded('db', '172.18.0.2', 'fd00:1::2'),
    },
    { id: 'a --link alias is only for the container that has the link', from: 'web', name: 'db', want: undefined },
    {
      id: "a joiner asks the embedded DNS of its namespace owner's networks",
      from: 'joiner',
      name: 'web',
      want: embedded('web', '172.18.0.2', 'fd00:1::2'),
    },
    { id: 'the default bridge has no embedded DNS', from: 'b4', name: 'web', want: undefined },
    {
      id: 'upstream from a user-defined network: through 127.0.0.11',
      from: 'cli',
      name: 'example.com',
      want: upstream('127.0.0.11'),
    },
    {
      id: "upstream from the default bridge: the host's server",
      from: 'b4',
      name: 'example.com',
      want: upstream('192.168.1.1'),
    },
    { id: 'upstream with --dns: that server', from: 'dnsed', name: 'example.com', want: upstream('1.1.1.1') },
    {
      id: "upstream in host mode: the host's server",
      from: 'hostc',
      name: 'example.com',
      want: upstream('192.168.1.1'),
    },
    { id: 'upstream from the host', from: 'host', name: 'example.com', want: upstream('192.168.1.1') },
    { id: 'no upstream from an internal network only', from: 'inpriv', name: 'example.com', want: undefined },
    {
      id: 'an internal network and the default bridge: upstream through the bridge',
      from: 'both',
      name: 'example.com',
      want: upstream('127.0.0.11'),
    },
    { id: 'no upstream for a stopped container', from: 'gone', name: 'example.com', want: undefined },
    { id: 'a name nobody knows', from: 'host', name: 'nothing.invalid', want: undefined },
  ];
  for (const r of ROWS) {
    it(`${r.from} resolving ${r.name}${r.useHosts === false ? ' (DNS only)' : ''}: ${r.id}`, () => {
      assert.deepEqual(resolveName(lab, who(r.from), r.name, r.useHosts ?? true), r.want);
    });
  }

  it("the host's /etc/hosts read as resolv(5) lines: indented, tab- and space-separated, a # starts a comment anywhere (hosts(5))", () => {
    const l = new Lab({
      seed: 0,
      hostProfile: {
        ...DEFAULT_HOST_PROFILE,
        etcHosts: '# 10.9.9.8 bar\n  10.9.9.9\t\tfoo   bar\n10.9.9.7 baz#\n',
      },
    });
    assert.deepEqual(
      ['bar', 'foo', 'baz#', 'baz'].map((n) => resolveName(l, undefined, n)?.ips),
      [[ip('10.9.9.9')], [ip('10.9.9.9')], undefined, [ip('10.9.9.7')]],
    );
  });

  it('why a name did not resolve: a container on the default bridge, or no record anywhere', () => {
    assert.deepEqual(
      [
        unresolvedReason(lab, who('b4'), 'web'),
        unresolvedReason(lab, who('cli'), 'nope'),
        unresolvedReason(lab, undefined, 'web'),
      ],
      [
        'web is a container, but containers on the default bridge (and in host or none mode) get no Docker DNS: use a user-defined network',
        "no record for nope in /etc/hosts, Docker's DNS or upstream",
        "no record for web in /etc/hosts, Docker's DNS or upstream",
      ],
    );
  });

  it("PTR answers: <container>.<network> for an address on the asker's networks only", () => {
    assert.deepEqual(
      [
        reverseLookup(lab, who('cli')!, ip('172.19.0.2')),
        reverseLookup(lab, who('cli')!, ip('172.18.0.2')),
        reverseLookup(lab, who('joiner')!, ip('172.18.0.2')),
        reverseLookup(lab, who('b4')!, ip('172.17.0.2')),
        reverseLookup(lab, who('cli')!, ip('172.18.0.99')),
      ],
      ['far.other', 'web.app', 'web.app', undefined, undefined],
    );
  });

  // moby network.go ResolveName: the AAAA records of the network that knows the name, next to its A records.
  it('the AAAA answers come with the A answers of the same network, none for a network without IPv6', () => {
    assert.deepEqual(
      [
        resolveName(lab, who('cli'), 'web')?.ips6,
        resolveName(lab, who('cli'), 'far')?.ips6,
        resolveName(lab, who('web'), 'cli.app')?.ips6,
      ],
      [['fd00:1::2'], undefined, ['fd00:1::3']],
    );
  });

  it('who asks 127.0.0.11: a container with a user-defined network, or joined to one', () => {
    assert.deepEqual(
      ['cli', 'joiner', 'b4', 'hostc', 'both'].map((n) => usesEmbeddedDns(lab, who(n)!)),
      [true, true, false, false, true],
    );
  });

  // TransformForLegacyNw: the default bridge drops the host's loopback and IPv6 servers and falls
  // back to 8.8.8.8 only when none is left; host mode and the host keep the file as it is.
  const SERVERS: Array<{ resolvConf: string; b4: string; hostc: string; host: string }> = [
    { resolvConf: 'nameserver 192.168.1.1\n', b4: '192.168.1.1', hostc: '192.168.1.1', host: '192.168.1.1' },
    {
      resolvConf:
        '# systemd-resolved\nnameserver 127.0.0.53\nnameserver ::1\nnameserver fd00::53\nnameserver 10.0.0.2\n',
      b4: '10.0.0.2',
      hostc: '127.0.0.53',
      host: '127.0.0.53',
    },
    { resolvConf: 'nameserver 127.0.0.53\n', b4: '8.8.8.8', hostc: '127.0.0.53', host: '127.0.0.53' },
    { resolvConf: 'search lan\n', b4: '8.8.8.8', hostc: '8.8.8.8', host: '8.8.8.8' },
    {
      resolvConf: '# nameserver 9.9.9.9\n  nameserver \t 10.0.0.3\n',
      b4: '10.0.0.3',
      hostc: '10.0.0.3',
      host: '10.0.0.3',
    },
  ];
  for (const s of SERVERS) {
    it(`upstream servers for a host resolv.conf of ${JSON.stringify(s.resolvConf)}`, () => {
      const { lab: l } = labWith(s.resolvConf);
      assert.deepEqual(
        [
          upstreamServer(l, l.containerByName('b4')),
          upstreamServer(l, l.containerByName('hostc')),
          upstreamServer(l, undefined),
        ],
        [s.b4, s.hostc, s.host],
      );
      assert.equal(upstreamServer(l, l.containerByName('dnsed')), '1.1.1.1');
    });
  }

  it("nslookup on the default bridge names the first server of the container's own resolv.conf", () => {
    const { session } = labWith('nameserver 127.0.0.53\nnameserver 10.0.0.2\n');
    const conf = session.execute('docker exec b4 cat /etc/resolv.conf').output.stdout;
    const answer = session.execute('docker exec b4 nslookup example.com').output.stdout;
    assert.deepEqual(
      [/^nameserver (\S+)$/m.exec(conf)?.[1], answer.split('\n').slice(0, 2)],
      ['10.0.0.2', ['Server:\t\t10.0.0.2', 'Address:\t10.0.0.2:53']],
    );
  });
});
