// YAML aliases that loop or explode are compose's errors, not a crash or a hang; a bug in loading
// is reported as the lab's own and the session goes on. Cases from compose-go loader/reset_test.go.
import * as assert from 'node:assert/strict';
import type { FileReader } from '../../src/core/files/fileReader';
import { MemoryFiles } from '../../src/core/files/memoryFiles';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import { timeLimit } from './timeLimit';

const PATH = '/p/compose.yaml';

function config(text: string): { exitCode: number; stdout: string; stderr: string; next: number } {
  const s = new Session(new Lab({ seed: 0 }), { cwd: '/p', files: new MemoryFiles({ [PATH]: text }) });
  const out = s.execute('docker compose config').output;
  return { ...out, next: s.execute('echo still here').output.exitCode };
}

/** `x-b: &b [*a, *a, ...]`, each level `width` aliases of the one before (compose-go TestAliasBombPrevented). */
function bomb(width: number, levels: number): string {
  const names = 'abcdefghijk'.split('').slice(0, levels);
  const lines = ['name: test', 'x-a: &a {k: v}'];
  for (let i = 1; i < names.length; i++)
    lines.push(
      `x-${names[i]!}: &${names[i]!} [${Array<string>(width)
        .fill(`*${names[i - 1]!}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\nservices:\n  svc:\n    image: alpine\n`;
}

describe('compose files with pathological aliases', () => {
  it('an alias inside its own anchor is a cycle, as compose-go reports it, and the session goes on', () => {
    const out = config('a: &a [*a]\nservices:\n  web:\n    image: nginx\n');
    assert.equal(out.exitCode, 1);
    assert.equal(
      out.stderr,
      `failed to parse ${PATH}: yaml: construct errors:\n  line 1: cycle detected: node at path a.0.0 references node at path a.0\n`,
    );
    assert.equal(out.next, 0);
  });

  it('a mapping merging itself is a cycle (reset_test.go direct_self_reference_cycle)', () => {
    const out = config('\nname: test\nx-healthcheck: &healthcheck\n  egress-service:\n    <<: *healthcheck\n');
    assert.equal(
      out.stderr,
      `failed to parse ${PATH}: yaml: construct errors:\n  line 2: cycle detected: node at path x-healthcheck.egress-service.egress-service references node at path x-healthcheck.egress-service\n`,
    );
  });

  it('a service that contains itself is a cycle too', () => {
    const out = config('services: &s\n  a:\n    image: busybox\n    x: *s\n');
    assert.ok(
      out.stderr.includes('cycle detected: node at path services.a.x.a.x references node at path services.a.x'),
      out.stderr,
    );
  });

  for (const [width, levels] of [
    [9, 10],
    [3, 11],
  ] as const) {
    it(`an alias bomb (${width} aliases a level, ${levels} levels) is refused at once as excessive aliasing`, () => {
      const started = Date.now();
      const out = config(bomb(width, levels));
      assert.equal(
        out.stderr,
        `failed to parse ${PATH}: yaml: construct errors:\n  line 1: yaml: document contains excessive aliasing\n`,
      );
      assert.ok(Date.now() - started < timeLimit(2000), `took ${Date.now() - started} ms`);
    });
  }

  it('ordinary anchors still work: merge keys in many services, one anchor behind dotted names', () => {
    const merged = config(
      'x-common: &common\n  restart: unless-stopped\nservices:\n  a:\n    <<: *common\n    image: alpine\n  b:\n    <<: *common\n    image: alpine\n',
    );
    assert.equal(merged.exitCode, 0, merged.stderr);
    assert.equal(merged.stdout.match(/restart: unless-stopped/g)?.length, 2);
    const dotted = config(
      'name: test\nservices:\n  test.unit: &shared\n    image: alpine\n  test: *shared\n  test.other: *shared\n',
    );
    assert.equal(dotted.exitCode, 0, dotted.stderr);
  });
});

describe('a bug while loading compose files', () => {
  it("is reported as the lab's internal error, not compose's answer, and the session goes on", () => {
    const broken: FileReader = {
      readText: () => {
        throw new TypeError('reader exploded');
      },
      exists: () => true,
      isDirectory: (path) => path === '/p',
    };
    const s = new Session(new Lab({ seed: 0 }), { cwd: '/p', files: broken });
    const out = s.execute('docker compose config').output;
    assert.equal(out.exitCode, 1);
    assert.ok(
      out.stderr.startsWith('netlab: internal error in docker compose: TypeError: reader exploded\n'),
      out.stderr,
    );
    assert.equal(s.execute('docker network ls -q').output.exitCode, 0);
  });
});
