// The world beyond the host's gateway (src/core/kernel/outside.ts), seen through the tools a learner
// types: which addresses count as the internet (the special-purpose ranges never do), how many hops
// away a known host is (ping's TTL), which names the upstream DNS knows, and which ports answer.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

/** busybox ping -c 1's whole output for one reply (networking/ping.c, unpack4 and print_stats). */
const pingReply = (ip: string, ttl: number, shown = ip) =>
  `PING ${shown} (${ip}): 56 data bytes\n` +
  `64 bytes from ${ip}: seq=0 ttl=${ttl} time=12.000 ms\n\n` +
  `--- ${shown} ping statistics ---\n` +
  '1 packets transmitted, 1 packets received, 0% packet loss\n' +
  'round-trip min/avg/max = 12.000/12.000/12.000 ms\n';

/** busybox ping -c 1's whole output when nothing answers. */
const pingLost = (ip: string) =>
  `PING ${ip} (${ip}): 56 data bytes\n\n` +
  `--- ${ip} ping statistics ---\n` +
  '1 packets transmitted, 0 packets received, 100% packet loss\n';

/** An address nobody in the lab's catalogue of remote hosts owns is 10 hops out: TTL 64 - 10. */
const UNKNOWN_PUBLIC_TTL = 54;

describe('the world beyond the host (kernel/outside)', () => {
  // Special-purpose ranges are never routed to the internet: RFC 1918 private space, RFC 6598 shared
  // (carrier-grade NAT) space, RFC 3927 link-local, RFC 1122 "this network", RFC 5771 multicast and
  // RFC 1112 reserved class E. Each row is an address just inside or just outside a range's edge.
  const RANGES: Array<{ ip: string; internet: boolean; source: string }> = [
    { ip: '9.255.255.254', internet: true, source: 'below RFC 1918 10/8' },
    { ip: '10.0.0.1', internet: false, source: 'RFC 1918 10/8' },
    { ip: '10.255.255.254', internet: false, source: 'RFC 1918 10/8' },
    { ip: '11.0.0.1', internet: true, source: 'above RFC 1918 10/8' },
    { ip: '0.1.2.3', internet: false, source: 'RFC 1122 0/8 this network' },
    { ip: '172.15.255.254', internet: true, source: 'below RFC 1918 172.16/12' },
    { ip: '172.16.0.1', internet: false, source: 'RFC 1918 172.16/12' },
    { ip: '172.31.255.254', internet: false, source: 'RFC 1918 172.16/12' },
    { ip: '172.32.0.1', internet: true, source: 'above RFC 1918 172.16/12' },
    { ip: '171.20.0.1', internet: true, source: 'RFC 1918 172.16/12: another first octet' },
    { ip: '192.167.0.1', internet: true, source: 'below RFC 1918 192.168/16' },
    { ip: '192.168.200.1', internet: false, source: 'RFC 1918 192.168/16 (off the host LAN)' },
    { ip: '192.169.0.1', internet: true, source: 'above RFC 1918 192.168/16' },
    { ip: '191.168.0.1', internet: true, source: 'RFC 1918 192.168/16: another first octet' },
    { ip: '169.253.0.1', internet: true, source: 'below RFC 3927 169.254/16' },
    { ip: '169.254.1.1', internet: false, source: 'RFC 3927 169.254/16' },
    { ip: '169.255.0.1', internet: true, source: 'above RFC 3927 169.254/16' },
    { ip: '168.254.0.1', internet: true, source: 'RFC 3927 169.254/16: another first octet' },
    { ip: '100.63.255.254', internet: true, source: 'below RFC 6598 100.64/10' },
    { ip: '100.64.0.1', internet: false, source: 'RFC 6598 100.64/10' },
    { ip: '100.127.255.254', internet: false, source: 'RFC 6598 100.64/10' },
    { ip: '100.128.0.1', internet: true, source: 'above RFC 6598 100.64/10' },
    { ip: '101.64.0.1', internet: true, source: 'RFC 6598 100.64/10: another first octet' },
    { ip: '223.255.255.254', internet: true, source: 'below RFC 5771 224/4' },
    { ip: '224.0.0.1', internet: false, source: 'RFC 5771 224/4 multicast' },
    { ip: '225.1.2.3', internet: false, source: 'RFC 5771 224/4 multicast' },
    { ip: '240.0.0.1', internet: false, source: 'RFC 1112 240/4 reserved' },
  ];
  for (const r of RANGES) {
    it(`ping ${r.ip} from the host ${r.internet ? 'goes out to the internet' : 'stays unanswered'} (${r.source})`, () => {
      const [step] = replay([`ping -c 1 ${r.ip}`]).steps;
      assert.deepEqual(
        [step!.exitCode, step!.stdout, step!.stderr],
        r.internet ? [0, pingReply(r.ip, UNKNOWN_PUBLIC_TTL), ''] : [1, pingLost(r.ip), ''],
      );
    });
  }

  it('a container on the default bridge reaches the internet through the host, one hop more', () => {
    const [step] = replay(['docker run --rm busybox ping -c 1 11.0.0.1']).steps;
    assert.deepEqual([step!.exitCode, step!.stdout], [0, pingReply('11.0.0.1', UNKNOWN_PUBLIC_TTL - 1)]);
  });

  // Each known host's TTL is 64 minus its distance; a name is looked up case-insensitively and with
  // or without its final root dot (RFC 4343 case insensitivity; RFC 1034 fully qualified names).
  const KNOWN: Array<{ name: string; ip: string; ttl: number }> = [
    { name: 'example.com', ip: '93.184.215.14', ttl: 52 },
    { name: 'EXAMPLE.COM.', ip: '93.184.215.14', ttl: 52 },
    { name: 'Google.Com', ip: '142.250.74.46', ttl: 55 },
    { name: 'www.google.com.', ip: '142.250.74.36', ttl: 55 },
    { name: 'dns.google', ip: '8.8.8.8', ttl: 56 },
    { name: 'one.one.one.one', ip: '1.1.1.1', ttl: 57 },
    { name: 'registry-1.docker.io', ip: '54.236.113.205', ttl: 50 },
  ];
  for (const k of KNOWN) {
    it(`ping -c 1 ${k.name} resolves upstream to ${k.ip} and answers with TTL ${k.ttl}`, () => {
      const [step] = replay([`ping -c 1 ${k.name}`]).steps;
      assert.deepEqual([step!.exitCode, step!.stdout, step!.stderr], [0, pingReply(k.ip, k.ttl, k.name), '']);
    });
  }

  it('a name the upstream DNS does not know fails as busybox ping says (networking/ping.c, xhost2sockaddr)', () => {
    const [step] = replay(['ping -c 1 example.com.x']).steps;
    assert.deepEqual([step!.exitCode, step!.stdout, step!.stderr], [1, '', "ping: bad address 'example.com.x'\n"]);
  });

  // Known hosts accept exactly their service ports; public resolvers also accept DNS over TCP on 53
  // (RFC 7766); any other public address accepts nothing (nc -z's exit code, busybox networking/nc.c).
  const PORTS: Array<{ ip: string; port: number; open: boolean }> = [
    { ip: '93.184.215.14', port: 80, open: true },
    { ip: '93.184.215.14', port: 443, open: true },
    { ip: '93.184.215.14', port: 53, open: false },
    { ip: '93.184.215.14', port: 8080, open: false },
    { ip: '54.236.113.205', port: 443, open: true },
    { ip: '54.236.113.205', port: 80, open: false },
    { ip: '8.8.8.8', port: 443, open: true },
    { ip: '8.8.8.8', port: 53, open: true },
    { ip: '8.8.8.8', port: 80, open: false },
    { ip: '8.8.4.4', port: 53, open: true },
    { ip: '8.8.4.4', port: 80, open: false },
    { ip: '8.8.4.4', port: 443, open: false },
    { ip: '1.1.1.1', port: 53, open: true },
    { ip: '9.9.9.10', port: 53, open: false },
    { ip: '11.0.0.1', port: 80, open: false },
  ];
  for (const p of PORTS) {
    it(`nc -z ${p.ip} ${p.port} finds the port ${p.open ? 'open' : 'closed'}`, () => {
      const [step] = replay([`nc -z -w 1 ${p.ip} ${p.port}`]).steps;
      assert.deepEqual([step!.exitCode, step!.stdout, step!.stderr], [p.open ? 0 : 1, '', '']);
    });
  }
});
