// IPv6-only networks (`--ipv4=false --ipv6`) and AAAA answers, byte for byte: the embedded DNS answers a name with
// the records of the first network that knows it, an empty answer for a family it lacks (moby libnetwork
// network.go ResolveName, resolver.go handleIPQuery); busybox clients take an IPv4 answer when there is one, else
// the IPv6 one (libbb xconnect.c str2sockaddr, FEATURE_PREFER_IPV4_ADDRESS), and print IPv6 peers as ping.c,
// wget.c and nc_bloaty.c do.
// Servers answer over IPv6 only on an IPv6 socket (Listener.stack).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const V6 = [
  'docker network create --ipv4=false --ipv6 --subnet fd00:9::/64 v6only',
  'docker run -d --name web --network v6only nginx',
  'docker run -dit --name bb --network v6only busybox',
];
const DUAL = [
  'docker network create --ipv6 --subnet fd00:8::/64 dual',
  'docker run -d --name web --network dual nginx',
  'docker run -dit --name bb --network dual busybox',
];

const CASES: Array<{ source: string; lines: string[]; stdout: string; stderr?: string; exitCode?: number }> = [
  {
    source: 'busybox ping.c ping6 and unpack6: an AAAA-only name pings its IPv6 address, the same lines as IPv4',
    lines: [...V6, 'docker exec bb ping -c 2 web'],
    stdout:
      'PING web (fd00:9::2): 56 data bytes\n64 bytes from fd00:9::2: seq=0 ttl=64 time=0.050 ms\n' +
      '64 bytes from fd00:9::2: seq=1 ttl=64 time=0.120 ms\n\n--- web ping statistics ---\n' +
      '2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max = 0.050/0.085/0.120 ms\n',
  },
  {
    source: 'libbb xconnect.c str2sockaddr: with A and AAAA answers busybox prefers the IPv4 one',
    lines: [...DUAL, 'docker exec bb ping -c 1 web'],
    stdout:
      'PING web (172.18.0.2): 56 data bytes\n64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.050 ms\n\n' +
      '--- web ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n' +
      'round-trip min/avg/max = 0.050/0.050/0.050 ms\n',
  },
  {
    source: 'busybox ping.c: -6 asks for the AAAA answer (xhost_and_af2sockaddr AF_INET6)',
    lines: [...DUAL, 'docker exec bb ping -6 -c 1 web'],
    stdout:
      'PING web (fd00:8::2): 56 data bytes\n64 bytes from fd00:8::2: seq=0 ttl=64 time=0.050 ms\n\n' +
      '--- web ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n' +
      'round-trip min/avg/max = 0.050/0.050/0.050 ms\n',
  },
  {
    source: 'busybox ping.c: -4 on an AAAA-only name finds no address (bad address)',
    lines: [...V6, 'docker exec bb ping -4 -c 1 web'],
    stdout: '',
    stderr: "ping: bad address 'web'\n",
    exitCode: 1,
  },
  {
    source:
      'moby network.go ResolveName: the A query gets an empty answer, busybox nslookup.c parse_reply prints its header',
    lines: [...V6, 'docker exec bb nslookup web'],
    stdout:
      'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n\n' +
      'Non-authoritative answer:\nName:\tweb\nAddress: fd00:9::2\n\n',
  },
  {
    source: 'moby resolver.go handleIPQuery: A and AAAA answers for a container with both',
    lines: [...DUAL, 'docker exec bb nslookup web'],
    stdout:
      'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tweb\nAddress: 172.18.0.2\n\n' +
      'Non-authoritative answer:\nName:\tweb\nAddress: fd00:8::2\n\n',
  },
  {
    source: 'busybox nslookup.c make_ptr and moby resolver.go handlePTRQuery (ptrIPv6domain): an IPv6 PTR',
    lines: [...V6, 'docker exec bb nslookup fd00:9::2'],
    stdout:
      'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\n' +
      '2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.9.0.0.0.0.0.d.f.ip6.arpa\tname = web.v6only\n\n',
  },
  {
    source: 'busybox wget.c "Connecting to %s (%s)": the host as written, the peer as [addr]:port',
    lines: [...V6, 'docker exec bb wget -O /dev/null http://web'],
    stdout: '',
    stderr:
      "Connecting to web ([fd00:9::2]:80)\nsaving to '/dev/null'\n" +
      'null                 100% |********************************|   615  0:00:00 ETA\n' +
      "'/dev/null' saved\n",
  },
  {
    source: 'busybox wget.c parse_url: an [IPv6]:port URL, its host kept with the port',
    lines: [...V6, 'docker exec bb wget --spider http://[fd00:9::2]:80/'],
    stdout: '',
    stderr: 'Connecting to [fd00:9::2]:80 ([fd00:9::2]:80)\nremote file exists\n',
  },
  {
    source: 'libbb xconnect.c xconnect: only an IPv4 peer is named; mongod binds 0.0.0.0 only (--bind_ip_all)',
    lines: [...V6, 'docker run -d --name mg --network v6only mongo', 'docker exec bb wget -q http://mg:27017/'],
    stdout: '',
    stderr: "wget: can't connect to remote host: Connection refused\n",
    exitCode: 1,
  },
  {
    source: 'busybox nc_bloaty.c -zv: the peer as xmalloc_sockaddr2dotted prints it',
    lines: [...V6, 'docker exec bb nc -zv web 80'],
    stdout: '',
    stderr: 'web ([fd00:9::2]:80) open\n',
  },
  {
    source: 'busybox ping.c: ::1 is the loopback of any namespace with IPv6 on lo',
    lines: ['docker run -dit --name bb busybox', 'docker exec bb ping -c 1 ::1'],
    stdout:
      'PING ::1 (::1): 56 data bytes\n64 bytes from ::1: seq=0 ttl=64 time=0.050 ms\n\n' +
      '--- ::1 ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n' +
      'round-trip min/avg/max = 0.050/0.050/0.050 ms\n',
  },
  {
    source: 'bridge isolation (moby iptabler, ip6tables too): another IPv6 network is not reached',
    lines: [
      ...V6,
      'docker network create --ipv6 --subnet fd00:7::/64 other',
      'docker run -dit --name far --network other busybox',
      'docker exec bb ping -c 1 fd00:7::2',
    ],
    stdout:
      'PING fd00:7::2 (fd00:7::2): 56 data bytes\n\n--- fd00:7::2 ping statistics ---\n' +
      '1 packets transmitted, 0 packets received, 100% packet loss\n',
    exitCode: 1,
  },
  {
    source: 'busybox ping.c sendping: no IPv6 address at all is "Network is unreachable"',
    lines: ['docker run -dit --name bb busybox', 'docker exec bb ping -c 1 fd00:9::2'],
    stdout: 'PING fd00:9::2 (fd00:9::2): 56 data bytes\n',
    stderr: 'ping: sendto: Network is unreachable\n',
    exitCode: 1,
  },
  {
    source: 'moby docker-proxy: a port published on [::] takes an IPv6 connection on the host to the container',
    lines: ['docker run -d --name web -p 8080:80 httpd', 'curl -s http://[::1]:8080/'],
    stdout: '<html><body><h1>It works!</h1></body></html>\n',
  },
  {
    source: 'docker-proxy: a binding to 127.0.0.1 only has no [::] side',
    lines: ['docker run -d --name web -p 127.0.0.1:8080:80 httpd', 'curl -sS http://[::1]:8080/'],
    stdout: '',
    stderr: "curl: (7) Failed to connect to ::1 port 8080 after 0 ms: Couldn't connect to server\n",
    exitCode: 7,
  },
  {
    source: 'busybox wget.c: the host with its port as written (server.host), over IPv4 too',
    lines: [
      'docker network create app',
      'docker run -d --name api --network app httpd',
      'docker run --rm --network app busybox wget --spider http://api:80/',
    ],
    stdout: '',
    stderr: 'Connecting to api:80 (172.18.0.2:80)\nremote file exists\n',
  },
  {
    source: 'busybox ping.c ping6_main: ping6 is ping -6',
    lines: [...DUAL, 'docker exec bb ping6 -c 1 web'],
    stdout:
      'PING web (fd00:8::2): 56 data bytes\n64 bytes from fd00:8::2: seq=0 ttl=64 time=0.050 ms\n\n' +
      '--- web ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n' +
      'round-trip min/avg/max = 0.050/0.050/0.050 ms\n',
  },
];

describe('IPv6-only networks and AAAA answers (busybox clients, moby embedded DNS)', () => {
  for (const c of CASES) {
    it(c.source, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { stdout: step.stdout, stderr: step.stderr, exitCode: step.exitCode },
        { stdout: c.stdout, stderr: c.stderr ?? '', exitCode: c.exitCode ?? 0 },
      );
    });
  }
});
