// `docker network ls --filter` as the daemon applies it (src/core/daemon/networkFilter.ts): moby
// daemon/network/filter.go NewFilter and Filter.Matches (dangling, scope, id and name through
// filters.Args Match: exact, else the value as an unanchored regular expression).
import * as assert from 'node:assert/strict';
import { filterNetworks } from '../../src/core/daemon/networkFilter';
import { replay } from './transcript';

const SETUP = [
  'docker network create app',
  'docker network create app2',
  'docker network create idle',
  'docker run -d --name rr busybox top',
  'docker network connect app rr',
];
const ls = (...filters: string[]) => `docker network ls --format {{.Name}} ${filters.map((f) => `-f ${f}`).join(' ')}`;

const ROWS: Array<{ id: string; line: string; stdout: string }> = [
  // filters.Args Match: any one value matching is enough.
  { id: 'two name values, one matching', line: ls('name=app', 'name=zzz'), stdout: 'app\napp2\n' },
  { id: 'an exact name', line: ls('name=idle'), stdout: 'idle\n' },
  // A value that is no regular expression matches nothing (regexp.Compile fails, Match skips it).
  { id: 'a name value that is not a regular expression', line: ls('name=['), stdout: '' },
  // filter.go: dangling accepts 1/true and 0/false; predefined networks are never dangling, and a network
  // with any endpoint of a running container is in use (even when the container is on other networks too).
  { id: 'dangling=1', line: ls('dangling=1'), stdout: 'app2\nidle\n' },
  { id: 'dangling=true', line: ls('dangling=true'), stdout: 'app2\nidle\n' },
  { id: 'dangling=0', line: ls('dangling=0'), stdout: 'app\nbridge\nhost\nnone\n' },
  { id: 'dangling=false', line: ls('dangling=false'), stdout: 'app\nbridge\nhost\nnone\n' },
  // filter.go: every network here is local-scoped.
  { id: 'scope=local', line: ls('scope=local'), stdout: 'app\napp2\nbridge\nhost\nidle\nnone\n' },
  { id: 'scope=swarm', line: ls('scope=swarm'), stdout: '' },
];

describe('docker network ls --filter (daemon/networkFilter)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { steps } = replay([...SETUP, r.line]);
      const last = steps[steps.length - 1]!;
      assert.deepEqual([last.exitCode, last.stdout, last.stderr], [0, r.stdout, '']);
    });
  }

  it('id: a prefix of the ID matches, another does not', () => {
    const { lab } = replay(SETUP);
    const all = [...lab.networks.values()];
    const app = lab.findNetwork('app')!;
    const names = (id: string) => filterNetworks(lab, all, new Map([['id', [id]]])).map((n) => n.name);
    assert.deepEqual(names(app.id.slice(0, 12)), ['app']);
    assert.deepEqual(names(app.id), ['app']);
    assert.deepEqual(names('zzzz'), []);
  });

  const refusal = (byKey: Map<string, string[]>) => {
    const { lab } = replay([]);
    try {
      filterNetworks(lab, [...lab.networks.values()], byKey);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };
  const ERRORS: Array<{ byKey: Array<[string, string[]]>; want: string }> = [
    { byKey: [['colour', ['red']]], want: "invalid filter 'colour'" },
    { byKey: [['dangling', ['true', 'false']]], want: 'got more than one value for filter key "dangling"' },
    {
      byKey: [['dangling', ['yes']]],
      want: `invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`,
    },
    { byKey: [['type', ['other']]], want: "invalid filter: 'type'='other'" },
  ];
  for (const r of ERRORS) {
    it(`refuses ${JSON.stringify(r.byKey)}`, () => assert.equal(refusal(new Map(r.byKey)), r.want));
  }
});
