// Which stored network settings belong to a network (src/core/daemon/networkLookup.ts settingsKeysFor):
// a key names the network by its name, its ID, or whatever moby daemon/network.go FindNetwork resolves
// it to (full ID first, then name, then ID prefix).
import * as assert from 'node:assert/strict';
import { settingsKeysFor } from '../../src/core/daemon/networkLookup';
import { replay } from './transcript';

describe('settingsKeysFor (daemon/networkLookup)', () => {
  const { lab, session } = replay(['docker network create yy']);
  const yy = lab.findNetwork('yy')!;
  // A network named with yy's full ID: FindNetwork(its name) resolves to yy, not to it.
  assert.equal(session.execute(`docker network create ${yy.id}`).output.exitCode, 0);
  const twin = [...lab.networks.values()].find((n) => n.name === yy.id)!;
  const keys = (networks: string[], net: typeof yy) =>
    settingsKeysFor(lab, { networks: Object.fromEntries(networks.map((k) => [k, {}])) }, net);

  const ROWS: Array<{ id: string; stored: string[]; net: () => typeof yy; want: string[] }> = [
    { id: 'by name', stored: ['yy', 'bridge'], net: () => yy, want: ['yy'] },
    { id: 'by ID prefix', stored: ['bridge', yy.id.slice(0, 12)], net: () => yy, want: [yy.id.slice(0, 12)] },
    { id: 'by full ID', stored: [yy.id], net: () => yy, want: [yy.id] },
    { id: "by name, when the name is another network's ID", stored: [twin.name], net: () => twin, want: [twin.name] },
    { id: 'not a key naming another network', stored: ['bridge', 'host'], net: () => yy, want: [] },
    { id: 'not an unknown key', stored: ['ghost'], net: () => twin, want: [] },
  ];
  for (const r of ROWS) {
    it(r.id, () => assert.deepEqual(keys(r.stored, r.net()), r.want));
  }
});
