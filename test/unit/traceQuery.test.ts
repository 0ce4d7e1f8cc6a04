// netlab.trace's argument object: what becomes the traced query, and what is refused before
// anything runs (with Docker's words for a container that does not exist).
import * as assert from 'node:assert/strict';
import { traceArgs } from '../../src/vscode/diagram/traceQuery';
import { replay } from './transcript';

const { lab } = replay([
  'docker network create app',
  'docker run -d --name web --network app nginx',
  'docker run -d --name client --network app busybox top',
  'docker network create --ipv6 --subnet fd00:7::/64 dual',
  'docker run -d --name six --network dual busybox top',
]);
const webId = lab.containerByName('web')!.id;

const ACCEPTED: [string, Record<string, unknown>, unknown][] = [
  ['from a container to a container', { from: 'client', to: 'web' }, { from: 'client', to: 'web' }],
  ['from the host by default', { to: 'web' }, { from: 'host', to: 'web' }],
  ['from the host named', { from: 'host', to: '172.18.0.2' }, { from: 'host', to: '172.18.0.2' }],
  ['a container by its full ID, as its name', { from: 'client', to: webId }, { from: 'client', to: 'web' }],
  ['a container by an ID prefix', { from: 'client', to: webId.slice(0, 12) }, { from: 'client', to: 'web' }],
  ['from an address of the host, as the host', { from: '192.168.1.10', to: 'web' }, { from: 'host', to: 'web' }],
  [
    'from a namespace, as its owner',
    { from: `net:[${lab.containerByName('web')!.netnsId}]`, to: '172.18.0.3' },
    { from: 'web', to: '172.18.0.3' },
  ],
  ['from the address of a container', { from: '172.18.0.3', to: 'web' }, { from: 'client', to: 'web' }],
  ['a port', { from: 'client', to: 'web', port: 80 }, { from: 'client', to: 'web', port: 80 }],
  ['a port given as text', { from: 'client', to: 'web', port: '80' }, { from: 'client', to: 'web', port: 80 }],
  [
    'a port and protocol',
    { from: 'client', to: 'web', port: 53, protocol: 'udp' },
    { from: 'client', to: 'web', port: 53, protocol: 'udp' },
  ],
  ['an IPv6 destination', { from: 'client', to: 'fd00:7::2' }, { from: 'client', to: 'fd00:7::2' }],
  ['from the IPv6 address of a container', { from: 'fd00:7::2', to: 'web' }, { from: 'six', to: 'web' }],
  ['from the IPv6 gateway of a bridge, as the host', { from: 'fd00:7::1', to: 'web' }, { from: 'host', to: 'web' }],
  ['from ::1, as the host', { from: '::1', to: 'web' }, { from: 'host', to: 'web' }],
  ['names trimmed', { from: ' client ', to: ' web ' }, { from: 'client', to: 'web' }],
];

const REFUSED: [string, Record<string, unknown>, unknown][] = [
  ['no destination', { from: 'client' }, { missing: 'to' }],
  [
    'a source that is no container',
    { from: 'ghost', to: 'web' },
    { docker: 'Error response from daemon: No such container: ghost' },
  ],
  [
    'a destination that is no container',
    { to: 'ghost' },
    { docker: 'Error response from daemon: No such container: ghost' },
  ],
  [
    'a source address no container has',
    { from: '10.9.9.9', to: 'web' },
    { docker: 'Error response from daemon: No such container: 10.9.9.9' },
  ],
  [
    'a source IPv6 address no container has',
    { from: 'fd00:7::99', to: 'web' },
    { docker: 'Error response from daemon: No such container: fd00:7::99' },
  ],
  ['port 0', { to: 'web', port: 0 }, { invalid: 'port', value: '0' }],
  ['port 65536', { to: 'web', port: 65536 }, { invalid: 'port', value: '65536' }],
  ['a port that is not a number', { to: 'web', port: 'http' }, { invalid: 'port', value: 'http' }],
  ['a fractional port', { to: 'web', port: 80.5 }, { invalid: 'port', value: '80.5' }],
  ['sctp', { to: 'web', port: 80, protocol: 'sctp' }, { invalid: 'protocol', value: 'sctp' }],
  ['a protocol without a port', { to: 'web', protocol: 'udp' }, { missing: 'port' }],
  ['a destination that is not text', { to: 42 }, { invalid: 'to', value: '42' }],
  ['a source that is not text', { from: ['client'], to: 'web' }, { invalid: 'from', value: '["client"]' }],
];

describe("netlab.trace's argument object", () => {
  for (const [why, args, query] of ACCEPTED) {
    it(`takes ${why}`, () => assert.deepEqual(traceArgs(lab, args), { query }));
  }
  for (const [why, args, problem] of REFUSED) {
    it(`refuses ${why}`, () => assert.deepEqual(traceArgs(lab, args), { problem }));
  }

  it("refuses an ID prefix that matches several containers with the engine's words", () => {
    // 17 IDs in 16 hex digits: two of them share their first digit.
    const { lab: many } = replay(Array.from({ length: 17 }, (_, i) => `docker create --name c${i} busybox`));
    const firsts = [...many.containers.keys()].map((id) => id[0]!);
    const prefix = firsts.find((d, i) => firsts.indexOf(d) !== i)!;
    assert.deepEqual(traceArgs(many, { to: prefix }), {
      problem: { docker: `Error response from daemon: Multiple IDs found with provided prefix: ${prefix}` },
    });
  });
});
