// The official images' Alpine variants (core/catalog/images.ts lookupImage): built on Alpine, so
// busybox's ash and applets answer instead of Debian's dash and GNU tools; nginx's alpine variant adds
// curl (nginxinc/docker-nginx mainline/alpine/Dockerfile), its alpine-slim variant does not.
import * as assert from 'node:assert/strict';
import { isBusybox, lookupImage } from '../../src/core/catalog/images';
import { replay } from './transcript';

const OCI_NOT_FOUND = (program: string) =>
  `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\n`;

describe('Alpine variants of the official images', () => {
  const TOOLSETS: Array<[string, string]> = [
    ['nginx', 'debian+curl'],
    ['nginx:1.27', 'debian+curl'],
    ['nginx:alpine', 'busybox+curl'],
    ['nginx:1.27-alpine', 'busybox+curl'],
    ['nginx:alpine-slim', 'busybox'],
    ['redis:7-alpine', 'busybox'],
    ['postgres:alpine3.20', 'busybox'],
    ['docker.io/library/httpd:alpine', 'busybox'],
    ['busybox:musl', 'busybox'],
    ['nicolaka/netshoot', 'toolbox'],
  ];
  for (const [reference, toolset] of TOOLSETS) {
    it(`${reference} has the ${toolset} toolset`, () => assert.equal(lookupImage(reference)?.toolset, toolset));
  }

  it('isBusybox covers both busybox toolsets and nothing else', () => {
    assert.deepEqual(
      (['busybox', 'busybox+curl', 'debian', 'debian+curl', 'toolbox', 'none'] as const).map(isBusybox),
      [true, true, false, false, false, false],
    );
  });

  const ROWS: Array<{ id: string; lines: string[]; want: [number, string, string] }> = [
    {
      id: "busybox ls's words in nginx:alpine (Debian's nginx says GNU's)",
      lines: ['docker run -d --name w1 nginx:alpine', 'docker exec w1 ls /nope'],
      want: [1, '', 'ls: /nope: No such file or directory\n'],
    },
    {
      id: 'GNU ls in the Debian nginx',
      lines: ['docker run -d --name w1 nginx', 'docker exec w1 ls /nope'],
      want: [2, '', "ls: cannot access '/nope': No such file or directory\n"],
    },
    {
      id: 'nginx:alpine has curl',
      lines: [
        'docker run -d --name w1 nginx:alpine',
        'docker exec w1 curl -s -o /dev/null -w "%{http_code}" localhost',
      ],
      want: [0, '200', ''],
    },
    {
      id: 'redis:alpine has neither curl nor bash',
      lines: ['docker run -d --name r1 redis:alpine', 'docker exec r1 bash'],
      want: [127, '', OCI_NOT_FOUND('bash')],
    },
  ];
  for (const row of ROWS) {
    it(row.id, () => {
      const { steps } = replay(row.lines);
      const got = steps[steps.length - 1]!;
      assert.deepEqual([got.exitCode, got.stdout, got.stderr], row.want);
    });
  }
});
