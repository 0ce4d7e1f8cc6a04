// `docker ps --filter publish=|expose=` (src/core/daemon/psFilter.ts): moby daemon/list.go
// foldFilter/portOp reads each value with ParsePortRange (api/types/network/port.go): a port, a
// range, an optional protocol (tcp by default, case-insensitive), and ParseUint's errors wrapped as
// "error while looking up for KEY VALUE: ...".
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const SETUP = [
  'docker run -d --name w1 -p 8080:80 nginx',
  'docker run -d --name w2 --expose 5000-5002/udp busybox top',
];
const lookupError = (key: string, value: string, why: string) =>
  `Error response from daemon: error while looking up for ${key} ${value}: ${why}\n`;

describe('docker ps --filter publish and expose (daemon/psFilter ParsePortRange)', () => {
  const ROWS: Array<{ filter: string; names?: string; stderr?: string }> = [
    { filter: 'publish=8080', names: 'w1\n' },
    { filter: 'publish=8000-8090/tcp', names: 'w1\n' },
    { filter: 'publish=8080/udp', names: '' },
    { filter: 'publish=8080-08080', names: 'w1\n' },
    { filter: 'publish=8080-8080/TCP', names: 'w1\n' },
    { filter: 'publish=80', names: '' },
    { filter: 'expose=80', names: 'w1\n' },
    { filter: 'expose=5001/udp', names: 'w2\n' },
    { filter: 'expose=5001', names: '' },
    { filter: 'expose=5000-5002/udp', names: 'w2\n' },
    { filter: 'expose=4990-5000/udp', names: 'w2\n' },
    { filter: 'expose=5003-5010/udp', names: '' },
    { filter: 'publish=8x', stderr: lookupError('publish', '8x', "invalid start port '8x': invalid syntax") },
    { filter: 'expose=x8', stderr: lookupError('expose', 'x8', "invalid start port 'x8': invalid syntax") },
    { filter: 'publish=x', stderr: lookupError('publish', 'x', "invalid start port 'x': invalid syntax") },
    { filter: 'publish=/udp', stderr: lookupError('publish', '/udp', "invalid start port '': value is empty") },
    { filter: 'publish=-80', stderr: lookupError('publish', '-80', "invalid start port '': value is empty") },
    { filter: 'publish=80-x', stderr: lookupError('publish', '80-x', "invalid end port 'x': invalid syntax") },
    { filter: 'publish=80-', stderr: lookupError('publish', '80-', "invalid end port '': value is empty") },
    {
      filter: 'publish=80-70000',
      stderr: lookupError('publish', '80-70000', "invalid end port '70000': value out of range"),
    },
    { filter: 'publish=90-80', stderr: lookupError('publish', '90-80', 'invalid port range: 90-80') },
    {
      filter: 'expose=70000',
      stderr: lookupError('expose', '70000', "invalid start port '70000': value out of range"),
    },
    { filter: 'publish=65535', names: '' },
    { filter: 'publish=', stderr: lookupError('publish', '', 'invalid port range: value is empty') },
  ];
  for (const r of ROWS) {
    it(`--filter ${r.filter}`, () => {
      const { steps } = replay([...SETUP, `docker ps --filter ${r.filter} --format '{{.Names}}'`]);
      const last = steps[2]!;
      assert.deepEqual(
        [last.exitCode, last.stdout, last.stderr],
        r.stderr === undefined ? [0, r.names, ''] : [1, '', r.stderr],
      );
    });
  }
});
