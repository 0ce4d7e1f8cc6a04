// Names for `docker run` without --name (src/core/daemon/names.ts), after moby pkg/namesgenerator
// GetRandomName: `left_right` from its two tables, never boring_wozniak ("Steve Wozniak is not
// boring"), and from the first retry on a random digit appended.
import * as assert from 'node:assert/strict';
import { randomContainerName } from '../../src/core/daemon/names';
import { Rng } from '../../src/core/lab/random';

/** An Rng that answers below() from a script, to pick table entries by index. */
class ScriptedRng extends Rng {
  constructor(private readonly script: number[]) {
    super(0);
  }
  override below(n: number): number {
    const v = this.script.shift();
    assert.ok(v !== undefined && v < n, `script exhausted or out of range for below(${n})`);
    return v;
  }
}

describe('random container names (daemon/names)', () => {
  const CASES: Array<{ id: string; script: number[]; taken: string[]; want: string }> = [
    { id: 'the first entries of both tables', script: [0, 0], taken: [], want: 'admiring_agnesi' },
    { id: 'the last entries of both tables', script: [107, 203], taken: [], want: 'zen_zhukovsky' },
    {
      id: 'boring_wozniak is drawn again, without a digit',
      script: [10, 198, 0, 0],
      taken: [],
      want: 'admiring_agnesi',
    },
    {
      id: 'a taken name: the retry gets a digit',
      script: [0, 0, 0, 0, 7],
      taken: ['admiring_agnesi'],
      want: 'admiring_agnesi7',
    },
    {
      id: 'a taken name with its digit: another retry',
      script: [0, 0, 0, 0, 7, 1, 1, 3],
      taken: ['admiring_agnesi', 'admiring_agnesi7'],
      want: 'adoring_albattani3',
    },
  ];
  for (const c of CASES) {
    it(c.id, () => {
      const rng = new ScriptedRng([...c.script]);
      assert.equal(
        randomContainerName(rng, (n) => c.taken.includes(n)),
        c.want,
      );
    });
  }
});
