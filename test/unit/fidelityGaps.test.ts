// Issue 10, round two: the fidelity gaps a learner meets, one table per gap; each row names the
// upstream file and function its expected answer follows. Rows replay command lines through a
// fresh lab and check the last line.
import * as assert from 'node:assert/strict';
import { type ReplayCase, replay } from './transcript';

interface Row extends ReplayCase {
  /** repo/path function the expected answer comes from. */
  source: string;
  /** Whole stdout, when the row checks it exactly. */
  stdoutIs?: string;
  /** Whole stderr, when the row checks it exactly. */
  stderrIs?: string;
  /** A substring stdout must not contain. */
  stdoutLacks?: string;
}

function table(rows: readonly Row[]): void {
  for (const r of rows) {
    it(`${r.id} (${r.source})`, () => {
      const { steps } = replay(r.lines);
      const step = steps[steps.length - 1]!;
      assert.equal(step.exitCode, r.exitCode, `stderr: ${step.stderr}`);
      if (r.stderr !== undefined) assert.ok(step.stderr.includes(r.stderr), `stderr was:\n${step.stderr}`);
      if (r.stdout !== undefined) assert.ok(step.stdout.includes(r.stdout), `stdout was:\n${step.stdout}`);
      if (r.stdoutIs !== undefined) assert.equal(step.stdout, r.stdoutIs);
      if (r.stderrIs !== undefined) assert.equal(step.stderr, r.stderrIs);
      if (r.stdoutLacks !== undefined) assert.ok(!step.stdout.includes(r.stdoutLacks), `stdout was:\n${step.stdout}`);
    });
  }
}

const INSPECT_ALL = 'docker/cli cli/command/system/inspect.go inspectAll';

describe('gap 1: docker inspect finds images pulled so far', () => {
  table([
    {
      id: 'an image pulled by run is found without --type',
      source: INSPECT_ALL,
      lines: ['docker run --rm busybox true', "docker inspect -f '{{index .RepoTags 0}} {{.Os}}' busybox"],
      exitCode: 0,
      stdoutIs: 'busybox:latest linux\n',
    },
    {
      id: 'an image pulled by pull, JSON array of the InspectResponse',
      source: 'moby api/types/image/image_inspect.go InspectResponse',
      lines: ['docker pull nginx', 'docker inspect nginx:latest'],
      exitCode: 0,
      stdout: '[\n    {\n        "Id": "sha256:',
    },
    {
      id: 'a container named like an image wins: containers come first',
      source: INSPECT_ALL,
      lines: ['docker run -d --name nginx nginx', "docker inspect -f '{{.Name}}' nginx"],
      exitCode: 0,
      stdoutIs: '/nginx\n',
    },
    {
      id: 'an image not pulled yet is no object',
      source: INSPECT_ALL,
      lines: ['docker inspect redis'],
      exitCode: 1,
      stdoutIs: '[]\n',
      stderrIs: 'error: no such object: redis\n',
    },
    {
      id: '--type image: the daemon\'s "No such image"',
      source: INSPECT_ALL,
      lines: ['docker inspect --type image redis'],
      exitCode: 1,
      stderrIs: 'Error response from daemon: No such image: redis\n',
    },
    {
      id: '--type image finds the image even when a container has its name',
      source: INSPECT_ALL,
      lines: ['docker run -d --name nginx nginx', "docker inspect --type image -f '{{.Architecture}}' nginx"],
      exitCode: 0,
      stdoutIs: 'amd64\n',
    },
    {
      id: '--size on an image: a warning, then the object',
      source: INSPECT_ALL,
      lines: ['docker pull alpine', "docker inspect -s -f '{{.Os}}' alpine"],
      exitCode: 0,
      stdoutIs: 'linux\n',
      stderrIs: 'WARNING: --size ignored for image\n',
    },
    {
      id: 'an image and a network in one call',
      source: INSPECT_ALL,
      lines: ['docker pull alpine', "docker inspect -f '{{len .Id}}' alpine bridge"],
      exitCode: 0,
      stdoutIs: '71\n64\n',
    },
  ]);
});
