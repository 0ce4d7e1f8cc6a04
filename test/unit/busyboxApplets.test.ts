// The networking applets busybox ships, byte for byte: each row cites the busybox file and
// function whose printf it follows.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const APP = [
  'docker network create app',
  'docker run -d --name web --network app nginx',
  'docker run -dit --name bb --network app -e FOO=bar busybox',
];

const CASES: Array<{ source: string; lines: string[]; stdout: string; stderr?: string; exitCode?: number }> = [
  {
    source: 'networking/route.c bb_displayroutes: default and * without -n',
    lines: [...APP, 'docker exec bb route'],
    stdout:
      'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
      'default         172.18.0.1      0.0.0.0         UG    0      0        0 eth0\n' +
      '172.18.0.0      *               255.255.0.0     U     0      0        0 eth0\n',
  },
  {
    source: 'networking/route.c bb_displayroutes: -n numeric',
    lines: [...APP, 'docker exec bb route -n'],
    stdout:
      'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n' +
      '0.0.0.0         172.18.0.1      0.0.0.0         UG    0      0        0 eth0\n' +
      '172.18.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n',
  },
  {
    source: 'networking/route.c bb_displayroutes: -e netstat format',
    lines: [...APP, 'docker exec bb route -ne'],
    stdout:
      'Kernel IP routing table\nDestination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n' +
      '0.0.0.0         172.18.0.1      0.0.0.0         UG        0 0          0 eth0\n' +
      '172.18.0.0      0.0.0.0         255.255.0.0     U         0 0          0 eth0\n',
  },
  {
    source: 'networking/arp.c arp_show: an empty cache prints nothing',
    lines: [...APP, 'docker exec bb arp -a'],
    stdout: '',
  },
  {
    source: 'networking/arp.c arp_disp: after a ping, the PTR name from the embedded DNS',
    lines: [...APP, 'docker exec bb ping -c 1 web', 'docker exec bb arp -a'],
    stdout: 'web.app (172.18.0.2) at MAC [ether]  on eth0\n',
  },
  {
    source: 'networking/arp.c arp_show: -n leaves the name as ?',
    lines: [...APP, 'docker exec bb ping -c 1 web', 'docker exec bb arp -n'],
    stdout: '? (172.18.0.2) at MAC [ether]  on eth0\n',
  },
  {
    source: 'networking/arp.c arp_show: No match found',
    lines: [...APP, 'docker exec bb arp -n 172.18.0.9'],
    stdout: 'No match found in 0 entries\n',
  },
  {
    source: 'networking/traceroute.c: one hop on the same network',
    lines: [...APP, 'docker exec bb traceroute -n web'],
    stdout:
      'traceroute to web (172.18.0.2), 30 hops max, 46 byte packets\n 1  172.18.0.2  0.120 ms  0.090 ms  0.060 ms\n',
  },
  {
    source: 'networking/traceroute.c: the bridge gateway, the LAN gateway, silent routers, the target',
    lines: [...APP, 'docker exec bb traceroute -n -m 4 8.8.8.8'],
    stdout:
      'traceroute to 8.8.8.8 (8.8.8.8), 4 hops max, 46 byte packets\n 1  172.18.0.1  0.120 ms  0.090 ms  0.060 ms\n 2  192.168.1.1  12.040 ms  12.010 ms  12.080 ms\n 3  *  *  *\n 4  *  *  *\n',
  },
  {
    source: 'networking/traceroute.c: an isolated network stops after the gateway',
    lines: ['docker run -d --name other nginx', ...APP, 'docker exec bb traceroute -n -m 3 172.17.0.2'],
    stdout:
      'traceroute to 172.17.0.2 (172.17.0.2), 3 hops max, 46 byte packets\n 1  172.18.0.1  0.120 ms  0.090 ms  0.060 ms\n 2  *  *  *\n 3  *  *  *\n',
  },
  {
    source:
      'networking/libiproute/ipaddress.c ipaddr_list_or_flush: -6 drops interfaces without IPv6 and the link line',
    lines: [...APP, 'docker exec bb ip -6 addr'],
    stdout:
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n',
  },
  {
    source: 'networking/libiproute/ipaddress.c print_linkinfo: -4 has no link/ line',
    lines: [...APP, 'docker exec bb ip -4 addr show dev lo'],
    stdout:
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n',
  },
  {
    source: 'networking/libiproute/iproute.c print_route: -4',
    lines: [...APP, 'docker exec bb ip -4 route'],
    stdout: 'default via 172.18.0.1 dev eth0 \n172.18.0.0/16 dev eth0 scope link  src 172.18.0.3 \n',
  },
  {
    source: 'networking/libiproute/iproute.c print_route: -6 on a dual-stack network (metric 256 / 1024)',
    lines: [
      'docker network create --ipv6 --subnet 2001:db8:1::/64 v6',
      'docker run -dit --name bb --network v6 busybox',
      'docker exec bb ip -6 route',
    ],
    stdout:
      '2001:db8:1::/64 dev eth0  metric 256 \nfe80::/64 dev eth0  metric 256 \ndefault via 2001:db8:1::1 dev eth0  metric 1024 \n',
  },
  {
    source: 'moby container.CreateDaemonEnvironment: PATH, HOSTNAME, TERM with a TTY, Config.Env, then HOME',
    lines: [...APP, 'docker exec bb env'],
    stdout:
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=ID\nTERM=xterm\nFOO=bar\nHOME=/root\n',
  },
  {
    source: "networking/netstat.c: -p adds PID/Program name; the daemon's DNS socket is not this container's",
    lines: [...APP, 'docker exec bb netstat -tlnp'],
    stdout:
      'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
      'tcp        0      0 127.0.0.11:46617        0.0.0.0:*               LISTEN      -\n',
  },
  {
    source:
      'networking/netstat.c prg_cache_get: a container sees its own process as PID 1 (nc_bloaty.c: one [::] socket)',
    lines: ['docker run -dit --name bb busybox', 'docker exec -d bb nc -l -p 8080', 'docker exec bb netstat -tlnp'],
    stdout:
      'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n' +
      'tcp        0      0 :::8080                 :::*                    LISTEN      1/nc\n',
  },
  {
    source: 'images without the applet: dash says not found (sh: 1:)',
    lines: ['docker run -d --name web nginx', "docker exec web sh -c 'route -n'"],
    stdout: '',
    stderr: 'sh: 1: route: not found\n',
    exitCode: 127,
  },
];

describe('busybox networking applets', () => {
  for (const c of CASES)
    it(c.source, () => {
      const { steps, lab } = replay(c.lines);
      const step = steps.at(-1)!;
      const bb = lab.containerByName('bb');
      const web = lab.containerByName('web');
      const expected = c.stdout
        .replace('MAC', web ? (Object.values(web.endpoints)[0]?.mac ?? '') : '')
        .replace('HOSTNAME=ID', `HOSTNAME=${bb?.id.slice(0, 12) ?? ''}`);
      assert.deepEqual([step.exitCode, step.stdout, step.stderr], [c.exitCode ?? 0, expected, c.stderr ?? '']);
    });
});
