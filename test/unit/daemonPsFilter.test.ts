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

describe('docker ps --filter matching (daemon/psFilter, daemon/filterArgs)', () => {
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
