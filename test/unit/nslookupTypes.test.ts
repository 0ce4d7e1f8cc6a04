// busybox nslookup's options (networking/nslookup.c: the option loop before HOST, qtypes, add_query):
// -type=/-querytype= pick the queries, sent in qtypes order; an unknown type or option is refused in
// busybox's words. The embedded DNS answers A and AAAA from the network and an empty answer for other
// types of a name it knows (moby daemon/libnetwork/resolver.go serveDNS).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const LAB = [
  'docker network create app',
  'docker run -dit --name c1 --network app busybox',
  'docker run -d --name web --network app nginx',
];
const HEADER = 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n';
const A = 'Non-authoritative answer:\nName:\tweb\nAddress: 172.18.0.3\n\n';
const EMPTY = 'Non-authoritative answer:\n\n';
const USAGE =
  'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n';

const CASES: Array<[string, { stdout: string; stderr?: string; exitCode: number }]> = [
  ['nslookup -type=a web', { stdout: HEADER + A, exitCode: 0 }],
  ['nslookup -type=A web', { stdout: HEADER + A, exitCode: 0 }],
  ['nslookup -querytype=aaaa web', { stdout: HEADER + EMPTY, exitCode: 0 }],
  ['nslookup -type=mx web', { stdout: HEADER + EMPTY, exitCode: 0 }],
  // The A query goes first (qtypes order), whatever the order of the options.
  ['nslookup -type=aaaa -type=a web', { stdout: HEADER + A + EMPTY, exitCode: 0 }],
  ['nslookup -type=a nope', { stdout: `${HEADER}** server can't find nope: NXDOMAIN\n\n`, exitCode: 1 }],
  ['nslookup -type=foo web', { stdout: '', stderr: 'nslookup: invalid query type "foo"\n', exitCode: 1 }],
  ['nslookup -x web', { stdout: '', stderr: USAGE, exitCode: 1 }],
  ['nslookup web 8.8.8.8 extra', { stdout: '', stderr: USAGE, exitCode: 1 }],
];

describe("busybox nslookup's -type and its option loop", () => {
  for (const [line, want] of CASES)
    it(line, () => {
      const step = replay([...LAB, `docker exec c1 ${line}`]).steps[3]!;
      assert.deepEqual({ stdout: step.stdout, stderr: step.stderr, exitCode: step.exitCode }, { stderr: '', ...want });
    });
});
