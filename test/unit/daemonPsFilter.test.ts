// How `docker ps --filter` values match (src/core/daemon/psFilter.ts, filterArgs.ts): moby
// api/types/filters/parse.go ParseFlag (the CLI side), daemon/internal/filters/parse.go Match
// (any value, exact or as a regular expression) and MatchKVList (every label given, a value
// only when given), daemon/list.go includeContainerInList and daemon/container/view.go transform
// (the health a container that never started reports).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const SETUP = [
  'docker run -d --name web --label team=a --label tier=front nginx',
  'docker run -d --name idle --label tier=back busybox top',
  'docker create --name probed --health-cmd true busybox top',
  'docker run -d --name checked --health-cmd true busybox top',
];
const FILTERS = 'moby daemon/internal/filters/parse.go';

const ROWS: Array<{ filter: string; source: string; stdout?: string; stderr?: string }> = [
  { filter: '-f label=team', source: `${FILTERS} MatchKVList (a key alone)`, stdout: 'web\n' },
  { filter: '-f label=team=a', source: `${FILTERS} MatchKVList (key and value)`, stdout: 'web\n' },
  { filter: '-f label=team=b', source: `${FILTERS} MatchKVList (the value differs)`, stdout: '' },
  { filter: '-f label=tier=back', source: `${FILTERS} MatchKVList`, stdout: 'idle\n' },
  {
    filter: '-f name=^we -f name=^nomatch',
    source: `${FILTERS} Match (values of one key OR, each a regular expression)`,
    stdout: 'web\n',
  },
  {
    filter: '-f isolation=',
    source: `${FILTERS} Match (HostConfig.Isolation is empty on Linux)`,
    stdout: 'checked\nprobed\nidle\nweb\n',
  },
  { filter: '-f isolation=hyperv', source: `${FILTERS} Match`, stdout: '' },
  {
    filter: '-f ancestor=docker.io/library/nginx:latest',
    source: 'moby daemon/list.go foldFilter (the ancestor image by its full reference)',
    stdout: 'web\n',
  },
  { filter: '-f ancestor=library/nginx', source: 'moby daemon/list.go foldFilter', stdout: 'web\n' },
  {
    filter: '-f name=^web$',
    source: 'moby daemon/list.go includeContainerInList (the name with and without its slash)',
    stdout: 'web\n',
  },
  { filter: '-f name=dl', source: `${FILTERS} Match (unanchored)`, stdout: 'idle\n' },
  {
    filter: '-f health=none',
    source: 'moby daemon/container/view.go transform (no Health before the first start)',
    stdout: 'probed\nidle\nweb\n',
  },
  { filter: '-f health=starting', source: 'moby daemon/health.go (the first probe is due)', stdout: 'checked\n' },
  {
    filter: '-f =x',
    source: 'moby api/types/filters/parse.go ParseFlag (an empty key), then Validate',
    stderr: "Error response from daemon: invalid filter ''\n",
  },
];

// The Summary's Ports that publish= and expose= match (moby daemon/container/view.go transform):
// a running container's NetworkSettings.Ports, which host, none and container: modes do not have
// and a stop clears; a port without a binding has PublicPort 0.
const PORTS_SETUP = [
  'docker run -d --name bridged -p 8080:80 nginx',
  'docker run -d --name exposed --expose 80 --expose 7000 busybox top',
  'docker run -d --name onhost --network host nginx',
  'docker run -d --name nonet --network none --expose 80 busybox top',
  'docker run -d --name shared --network container:bridged redis',
  'docker run -d --name cache redis',
  'docker run -d --name stopped --expose 80 busybox top',
  'docker stop stopped',
];
const PORT_ROWS: Array<{ filter: string; source: string; stdout: string }> = [
  {
    filter: 'expose=80',
    source: 'moby daemon/container/view.go transform (only bridge-mode, running containers have Ports)',
    stdout: 'exposed\nbridged\n',
  },
  {
    filter: 'publish=0',
    source: 'moby daemon/list.go includeContainerInList (PublicPort 0 for a port without a binding)',
    stdout: 'cache\nexposed\n',
  },
  {
    filter: 'expose=6379',
    source: 'moby daemon/container/view.go transform (a container: mode container has no Ports)',
    stdout: 'cache\n',
  },
  { filter: 'publish=8080', source: 'moby daemon/list.go includeContainerInList (PublicPort)', stdout: 'bridged\n' },
];

// exited= is read with strconv.Atoi (moby daemon/list.go foldFilter) and is-task with
// GetBoolOrDefault (daemon/internal/filters/parse.go): 0/false and 1/true.
const EXIT_SETUP = [
  'docker create --name fresh busybox',
  "docker run --name twelve busybox sh -c 'exit 12'",
  'docker run --name zero busybox true',
  'docker run -d --name up busybox top',
];
const atoi = (v: string) =>
  `Error response from daemon: invalid filter 'exited=${v}': strconv.Atoi: parsing "${v}": invalid syntax\n`;
const EXIT_ROWS: Array<{ filter: string; stdout?: string; stderr?: string }> = [
  { filter: 'exited=12', stdout: 'twelve\n' },
  { filter: 'exited=+12', stdout: 'twelve\n' },
  { filter: 'exited=-1', stdout: '' },
  { filter: 'exited=0', stdout: 'zero\n' },
  { filter: 'exited=x1', stderr: atoi('x1') },
  { filter: 'exited=1x', stderr: atoi('1x') },
  { filter: 'is-task=false', stdout: 'up\nzero\ntwelve\nfresh\n' },
  { filter: 'is-task=0', stdout: 'up\nzero\ntwelve\nfresh\n' },
  { filter: 'is-task=1', stdout: '' },
];

describe('docker ps --filter exited= and is-task= (daemon/psFilter foldFilter)', () => {
  for (const r of EXIT_ROWS) {
    it(`-f ${r.filter}`, () => {
      const { steps } = replay([...EXIT_SETUP, `docker ps -a -f ${r.filter} --format '{{.Names}}'`]);
      const last = steps[steps.length - 1]!;
      assert.deepEqual(
        [last.exitCode, last.stdout, last.stderr],
        r.stderr === undefined ? [0, r.stdout, ''] : [1, '', r.stderr],
      );
    });
  }
});

// before= and since= name a container as the daemon looks it up (moby daemon/list.go
// idOrNameFilter): its ID, or its name with or without the leading slash.
// They walk every container, newest first, before the stopped ones are left out
// (includeContainerInList checks them first), so they may name a stopped container without -a.
const REF_ROWS: Array<{ filter: string; stdout?: string; stderr?: string }> = [
  { filter: 'before=/idle', stdout: 'web\n' },
  { filter: 'since=/idle', stdout: 'checked\nprobed\n' },
  { filter: 'since=checked', stdout: '' },
  { filter: 'before=web', stdout: '' },
  { filter: 'before=idle/', stderr: 'Error response from daemon: No such container: idle/\n' },
];

describe('docker ps --filter publish/expose: the ports a container lists (daemon/psFilter)', () => {
  for (const r of PORT_ROWS) {
    it(`-f ${r.filter} (${r.source})`, () => {
      const { steps } = replay([...PORTS_SETUP, `docker ps -a -f ${r.filter} --format '{{.Names}}'`]);
      assert.deepEqual(
        steps.map((s) => s.exitCode),
        steps.map(() => 0),
      );
      const last = steps[steps.length - 1]!;
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], [0, r.stdout, '']);
    });
  }
});

describe('docker ps --filter before/since: the container named (daemon/psFilter idOrName)', () => {
  for (const r of REF_ROWS) {
    it(`-f ${r.filter}`, () => {
      const { steps } = replay([...SETUP, `docker ps -a -f ${r.filter} --format '{{.Names}}'`]);
      const last = steps[steps.length - 1]!;
      assert.deepEqual(
        [last.exitCode, last.stdout, last.stderr],
        r.stderr === undefined ? [0, r.stdout, ''] : [1, '', r.stderr],
      );
    });
  }

  it('without -a, before= and since= a container that is not running', () => {
    const { session } = replay(SETUP);
    const ps = (f: string) => session.execute(`docker ps -f ${f} --format '{{.Names}}'`).output.stdout;
    assert.deepEqual([ps('before=probed'), ps('since=probed')], ['idle\nweb\n', 'checked\n']);
  });
});

describe('docker ps --filter matching (daemon/psFilter, daemon/filterArgs)', () => {
  it('network= by ID matches only containers that started once (moby daemon/list.go includeContainerInList)', () => {
    // A created container has its network's name in NetworkSettings.Networks but no NetworkID yet
    // (daemon/container_operations.go updateNetworkSettings sets it at start; a stop keeps it).
    const { steps, lab, session } = replay([
      'docker network create app',
      'docker create --name fresh --network app busybox top',
      'docker run -d --name live --network app busybox top',
      'docker run -d --name gone --network app busybox top',
      'docker stop gone',
      'docker network create other',
      'docker network connect other live',
    ]);
    assert.deepEqual(
      steps.map((s) => s.exitCode),
      [0, 0, 0, 0, 0, 0, 0],
    );
    const names = (filter: string) => session.execute(`docker ps -a -f ${filter} --format '{{.Names}}'`).output.stdout;
    assert.deepEqual(
      [names('network=app'), names(`network=${lab.getNetwork('app').id.slice(0, 8)}`), names('network=nosuch')],
      ['gone\nlive\nfresh\n', 'gone\nlive\n', ''],
    );
  });

  for (const r of ROWS) {
    it(`${r.filter} (${r.source})`, () => {
      const { steps } = replay([...SETUP, `docker ps -a ${r.filter} --format '{{.Names}}'`]);
      const last = steps[steps.length - 1]!;
      assert.deepEqual(
        [last.exitCode, last.stdout, last.stderr],
        r.stderr === undefined ? [0, r.stdout, ''] : [1, '', r.stderr],
      );
    });
  }
});

describe('docker ps --filter id= (moby daemon/list.go filterByNameIDMatches, truncindex)', () => {
  it('an empty id matches nothing, even with one container (truncindex ErrEmptyPrefix)', () => {
    const { steps } = replay(['docker run -d --name only busybox top', "docker ps -a -f id= --format '{{.Names}}'"]);
    assert.deepEqual([steps[1]!.exitCode, steps[1]!.stdout, steps[1]!.stderr], [0, '', '']);
  });

  it('a prefix two containers share matches neither (truncindex ErrAmbiguousPrefix); a unique one matches', () => {
    const { lab, session } = replay(Array.from({ length: 20 }, (_, i) => `docker create --name c${i} busybox`));
    const ids = [...lab.containers.values()].map((c) => c.id);
    const shared = ids.find((id) => ids.filter((other) => other[0] === id[0]).length > 1)!.slice(0, 1);
    const unique = ids[0]!.slice(0, 12);
    const ps = (v: string) => session.execute(`docker ps -a -f id=${v} --format '{{.Names}}'`).output;
    assert.deepEqual(
      [ps(shared), ps(unique)].map((o) => [o.exitCode, o.stdout, o.stderr]),
      [
        [0, '', ''],
        [0, `${lab.containers.get(ids[0]!)!.name}\n`, ''],
      ],
    );
  });
});
