// glibc's `getent hosts` (nss/getent.c hosts_keys and print_hosts, nss_files/files-hosts.c) in a
// Debian image and on the host. The shapes were checked against Debian 12's glibc 2.36 with the
// same /etc/hosts lines: AF_INET6 first, "%-15s %s", the line's other names, ::1 listed as
// 127.0.0.1 by gethostent, status 2 for a key not found.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const SETUP = [
  'docker network create app',
  'docker run -d --name web --network app --hostname www nginx',
  'docker run -d --name c2 --network app --network-alias api nginx',
];
const TRY = "Try `getent --help' or `getent --usage' for more information.\n";

describe('getent hosts (glibc nss/getent.c)', () => {
  const ROWS: Array<{ id: string; line: string; want: [number, string, string] }> = [
    {
      id: 'hosts_keys: an IPv6 line of /etc/hosts answers first, with the names of its line',
      line: 'docker exec web getent hosts localhost',
      want: [0, '::1             localhost ip6-localhost ip6-loopback\n', ''],
    },
    {
      id: 'hosts_keys: the container hostname line, IPv4 when no IPv6 is known',
      line: 'docker exec web getent hosts www',
      want: [0, '172.18.0.2      www\n', ''],
    },
    {
      id: 'hosts: files dns: a network alias from the embedded DNS, under the name asked for',
      line: 'docker exec web getent hosts api',
      want: [0, '172.18.0.3      api\n', ''],
    },
    {
      id: 'several keys, one line each; one not found makes the status 2',
      line: 'docker exec web getent hosts c2 nope',
      want: [2, '172.18.0.3      c2\n', ''],
    },
    {
      id: 'gethostbyaddr: an address gives the first line that holds it',
      line: 'docker exec web getent hosts 127.0.0.1',
      want: [0, '127.0.0.1       localhost\n', ''],
    },
    {
      id: 'gethostbyaddr: a container address on the network gets the embedded DNS PTR name',
      line: 'docker exec web getent hosts 172.18.0.3',
      want: [0, '172.18.0.3      c2.app\n', ''],
    },
    {
      id: 'gethostent: the file listed, IPv4 lines and ::1 read as 127.0.0.1 (files-hosts.c)',
      line: 'docker exec web getent hosts',
      want: [
        0,
        '127.0.0.1       localhost\n127.0.0.1       localhost ip6-localhost ip6-loopback\n172.18.0.2      www\n',
        '',
      ],
    },
    {
      id: 'no database',
      line: 'docker exec web getent',
      want: [1, '', `getent: wrong number of arguments\n${TRY}`],
    },
    {
      id: 'a database getent does not know',
      line: 'docker exec web getent foo x',
      want: [1, '', `Unknown database: foo\n${TRY}`],
    },
    {
      id: 'busybox has no getent applet',
      line: 'docker run --rm busybox getent hosts x',
      want: [
        127,
        '',
        'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "getent": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
      ],
    },
  ];
  for (const row of ROWS) {
    it(row.id, () => {
      const { steps } = replay([...SETUP, row.line]);
      const got = steps[steps.length - 1]!;
      assert.deepEqual([got.exitCode, got.stdout, got.stderr], row.want);
    });
  }
});
