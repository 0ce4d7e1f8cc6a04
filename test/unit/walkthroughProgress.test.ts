// The walkthrough's data and its completion predicates together: each step's own lines, replayed
// through a session, bring the lab to the state that marks that step (and only that step) done;
// running a step twice works as well as once; states that fall short stay not done; and the
// pages of package.json show exactly the lines the buttons run.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WALKTHROUGH_ID, WALKTHROUGH_STEPS, type WalkthroughStepId } from '../../src/knowledge/walkthrough';
import { walkthroughProgress } from '../../src/viewModels/walkthroughProgress';
import { replay } from './transcript';

const linesOf = (id: WalkthroughStepId): readonly string[] => WALKTHROUGH_STEPS.find((s) => s.id === id)!.lines;
const doneAfter = (lines: readonly string[]): WalkthroughStepId[] =>
  Object.entries(walkthroughProgress(replay(lines).lab))
    .filter(([, done]) => done)
    .map(([id]) => id as WalkthroughStepId);

/** Lines expected to fail: they show what the mode does not allow. */
const EXPECTED_FAILURES: readonly string[] = [
  'docker exec client wget -qO- http://web', // no DNS on the default bridge
  'docker exec isolated ping -c 1 -W 1 8.8.8.8', // none: no route out
  // the default bridge cannot reach a user-defined network
  "docker run --rm busybox ping -c 1 -W 1 $(docker inspect -f '{{.NetworkSettings.Networks.app.IPAddress}}' api)",
];
const expectedToFail = (line: string) => EXPECTED_FAILURES.includes(line);
/** Removing leftovers fails when there are none, and succeeds on a second run: either is fine. */
const cleanup = (line: string) => / 2>\/dev\/null$/.test(line);

describe('walkthrough steps', () => {
  it('declares the five steps of package.json, in order', () => {
    assert.deepEqual(
      WALKTHROUGH_STEPS.map((s) => s.id),
      ['bridge', 'host', 'container', 'none', 'userDefined'],
    );
  });

  for (const step of WALKTHROUGH_STEPS) {
    describe(step.id, () => {
      it('runs its lines at the host prompt, failing only where the lesson says so', () => {
        const { steps } = replay(step.lines);
        for (const s of steps) {
          assert.equal(s.context, 'host', `${s.command} left the host prompt`);
          if (cleanup(s.command)) {
            assert.equal(s.stderr, '', `${s.command}: the shell did not drop stderr`);
            continue;
          }
          const failed = s.exitCode !== 0;
          assert.equal(failed, expectedToFail(s.command), `${s.command}: exit ${s.exitCode}\n${s.stderr}`);
        }
      });

      it('marks itself done, and no other step', () => {
        assert.deepEqual(doneAfter(step.lines), [step.id]);
      });

      it('runs again cleanly: its own leftovers are removed first', () => {
        const { steps, lab } = replay([...step.lines, ...step.lines]);
        const second = steps.slice(step.lines.length);
        for (const s of second) {
          const failed = s.exitCode !== 0;
          assert.equal(failed, expectedToFail(s.command), `${s.command} (second run): exit ${s.exitCode}\n${s.stderr}`);
        }
        assert.equal(walkthroughProgress(lab)[step.id], true);
      });
    });
  }

  it('all steps one after the other mark every step done (no names clash)', () => {
    const { steps, lab } = replay(WALKTHROUGH_STEPS.flatMap((s) => s.lines));
    for (const s of steps) {
      if (!cleanup(s.command)) assert.equal(s.exitCode !== 0, expectedToFail(s.command), `${s.command}\n${s.stderr}`);
    }
    assert.deepEqual(walkthroughProgress(lab), {
      bridge: true,
      host: true,
      container: true,
      none: true,
      userDefined: true,
    });
  });

  it('the bridge step shows the default bridge has no DNS, then the published port answers', () => {
    const { steps } = replay(linesOf('bridge'));
    const byCommand = new Map(steps.map((s) => [s.command, s]));
    assert.match(byCommand.get('docker exec client wget -qO- http://web')!.stderr, /bad address 'web'/);
    assert.match(byCommand.get('curl -s http://localhost:8080 | head -4')!.stdout, /Welcome to nginx!/);
  });

  it("the host step prints the host's eth0 inside the container", () => {
    const { steps } = replay(linesOf('host'));
    const inside = steps.find((s) => s.command === 'docker exec hostbox ifconfig eth0')!;
    const outside = steps.find((s) => s.command === 'ifconfig eth0')!;
    assert.equal(inside.stdout, outside.stdout);
    assert.match(inside.stdout, /inet addr:192\.168\.1\.10/);
  });
});

describe('walkthrough progress', () => {
  const cases: { id: string; lines: string[]; step: WalkthroughStepId; done: boolean }[] = [
    { id: 'an empty lab has nothing done', lines: [], step: 'bridge', done: false },
    {
      id: 'bridge: two running containers but no published port',
      lines: ['docker run -d --name aa busybox top', 'docker run -d --name bb busybox top'],
      step: 'bridge',
      done: false,
    },
    {
      id: 'bridge: one container with a published port is not two',
      lines: ['docker run -d --name web -p 8080:80 nginx'],
      step: 'bridge',
      done: false,
    },
    {
      id: 'bridge: a stopped container does not count',
      lines: ['docker run -d --name web -p 8080:80 nginx', 'docker run -d --name bb busybox top', 'docker stop bb'],
      step: 'bridge',
      done: false,
    },
    {
      id: 'bridge: -P publishes too',
      lines: ['docker run -d --name web -P nginx', 'docker run -d --name bb busybox top'],
      step: 'bridge',
      done: true,
    },
    {
      id: 'host: created but never started',
      lines: ['docker create --name hh --network host busybox'],
      step: 'host',
      done: false,
    },
    {
      id: 'host: ran and exited',
      lines: ['docker run --name hh --network host busybox ifconfig'],
      step: 'host',
      done: true,
    },
    {
      id: 'container: the owner stopped',
      lines: [
        'docker run -d --name aa busybox top',
        'docker run -d --name bb --network container:aa busybox top',
        'docker stop aa',
      ],
      step: 'container',
      done: false,
    },
    {
      id: 'none: a created none-mode container',
      lines: ['docker create --name nn --network none busybox'],
      step: 'none',
      done: true,
    },
    {
      id: 'user-defined: one container on the network',
      lines: ['docker network create app', 'docker run -d --name aa --network app busybox top'],
      step: 'userDefined',
      done: false,
    },
    {
      id: 'user-defined: two containers, one connected later',
      lines: [
        'docker network create app',
        'docker run -d --name aa --network app busybox top',
        'docker run -d --name bb busybox top',
        'docker network connect app bb',
      ],
      step: 'userDefined',
      done: true,
    },
    {
      id: 'user-defined: the default bridge is not one',
      lines: ['docker run -d --name aa busybox top', 'docker run -d --name bb busybox top'],
      step: 'userDefined',
      done: false,
    },
  ];
  for (const c of cases) {
    it(c.id, () => {
      const { steps, lab } = replay(c.lines);
      for (const s of steps) assert.equal(s.exitCode, 0, `${s.command}\n${s.stderr}`);
      assert.equal(walkthroughProgress(lab)[c.step], c.done);
    });
  }
});

describe('walkthrough contribution', () => {
  interface Contributed {
    contributes: {
      walkthroughs: { id: string; steps: { id: string; media: { markdown: string }; completionEvents: string[] }[] }[];
    };
  }
  const root = join(__dirname, '..', '..', '..');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Contributed;
  const contributed = manifest.contributes.walkthroughs.find((w) => w.id === WALKTHROUGH_ID)!;

  it('package.json declares the same steps, completed by their context keys', () => {
    assert.deepEqual(
      contributed.steps.map((s) => [s.id, s.completionEvents]),
      WALKTHROUGH_STEPS.map((s) => [s.id, [`onContext:netlab.walkthrough.${s.id}`]]),
    );
  });

  for (const step of contributed.steps) {
    it(`${step.id}: its page shows exactly the lines its button runs, and its picture exists`, () => {
      const page = readFileSync(join(root, step.media.markdown), 'utf8');
      const block = /```sh\n([\s\S]*?)```/.exec(page)?.[1];
      assert.deepEqual(block?.trimEnd().split('\n'), [...linesOf(step.id as WalkthroughStepId)]);
      const picture = /!\[[^\]]*\]\(([^)]+\.svg)\)/.exec(page)?.[1];
      assert.ok(picture, `${step.media.markdown} shows no picture`);
      assert.ok(existsSync(join(root, dirname(step.media.markdown), picture)), `${picture} is missing`);
    });
  }
});
