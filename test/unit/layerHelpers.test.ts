// The shared helpers that replaced hand copies (network modes, short IDs, natural sort, lookups by
// name, ID or prefix), and the defect they fixed: a network whose name starts with "container".
import * as assert from 'node:assert/strict';
import {
  PREDEFINED_NAMES,
  containerMode,
  containerModeTarget,
  isContainerMode,
  isPredefinedName,
  isUserDefined,
} from '../../src/core/daemon/networkMode';
import { DockerError } from '../../src/core/lab/errors';
import { shortId } from '../../src/core/lab/shortId';
import { naturalCompare } from '../../src/core/text/naturalSort';
import { replay } from './transcript';

describe('network mode helpers', () => {
  it('tells container:<x> from a network whose name starts with "container"', () => {
    assert.equal(isContainerMode('container:web'), true);
    assert.equal(isContainerMode('container'), true);
    assert.equal(isContainerMode('containernet'), false);
    assert.equal(isUserDefined('containernet'), true);
    assert.equal(containerModeTarget('container:web'), 'web');
    assert.equal(containerModeTarget('containernet'), '');
    assert.equal(containerMode('abc'), 'container:abc');
  });

  it('knows the predefined networks, and default as one of them', () => {
    assert.deepEqual([...PREDEFINED_NAMES], ['bridge', 'host', 'none']);
    assert.equal(isPredefinedName('default'), true);
    assert.equal(isPredefinedName('app'), false);
  });
});

describe('a network named container…', () => {
  it('keeps --ip and --network-alias', () => {
    const { steps } = replay([
      'docker network create containernet',
      'docker run -d --name aa --network containernet --ip 172.18.0.50 --network-alias foo busybox top',
      "docker inspect -f '{{.NetworkSettings.Networks.containernet.IPAddress}} {{.NetworkSettings.Networks.containernet.Aliases}}' aa",
    ]);
    assert.equal(steps[1]!.exitCode, 0, steps[1]!.stderr);
    assert.equal(steps[2]!.stdout, '172.18.0.50 [foo]\n');
  });
});

describe('short IDs and natural order', () => {
  it('cuts IDs to the 12 characters docker prints', () => {
    assert.equal(shortId('0123456789abcdef0123'), '0123456789ab');
  });

  it('orders digit runs by value, digits before other characters, as sortorder.NaturalLess', () => {
    assert.deepEqual(['net10', 'net9', 'net-a', 'net09', 'Net1'].sort(naturalCompare), [
      'Net1',
      'net9',
      'net09',
      'net10',
      'net-a',
    ]);
  });
});

describe('finding containers and networks by name, ID or prefix', () => {
  // 17 objects of a kind: by pigeonhole, two IDs share their first hex digit.
  const names = Array.from({ length: 17 }, (_, i) => `x${i}`);
  const { lab } = replay([
    ...names.map((n) => `docker create --name ${n} busybox`),
    ...names.slice(0, 14).map((n) => `docker network create ${n}`),
  ]);
  const sharedFirstDigit = (ids: string[]) => ids.map((id) => id[0]!).find((d, i, all) => all.indexOf(d) !== i)!;

  it('finds by full ID, exact name and unique prefix', () => {
    const c = lab.containerByName('x3')!;
    assert.equal(lab.findContainer(c.id), c);
    assert.equal(lab.findContainer('x3'), c);
    assert.equal(lab.findContainer(shortId(c.id)), c);
    assert.equal(lab.findNetwork('x3')?.name, 'x3');
    assert.equal(lab.findNetwork(shortId(lab.findNetwork('x3')!.id))?.name, 'x3');
  });

  it('answers undefined when nothing matches, for both kinds', () => {
    assert.equal(lab.findContainer('nosuch'), undefined);
    assert.equal(lab.findNetwork('nosuch'), undefined);
    assert.throws(() => lab.getContainer('nosuch'), /No such container: nosuch/);
    assert.throws(() => lab.getNetwork('nosuch'), /network nosuch not found/);
  });

  it('throws the daemon error for an ambiguous prefix, for both kinds', () => {
    const c = sharedFirstDigit([...lab.containers.keys()]);
    assert.throws(
      () => lab.findContainer(c),
      (e: unknown) => e instanceof DockerError && e.message === `Multiple IDs found with provided prefix: ${c}`,
    );
    const n = sharedFirstDigit([...lab.networks.keys()]);
    assert.throws(
      () => lab.findNetwork(n),
      (e: unknown) =>
        e instanceof DockerError && /^network . is ambiguous \(\d+ matches found based on ID prefix\)$/.test(e.message),
    );
  });
});
