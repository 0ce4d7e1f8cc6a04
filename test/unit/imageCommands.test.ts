// docker pull, docker images / image ls and docker image inspect over the catalogue: each row
// cites the docker/cli or moby function whose output it follows.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';
import { humanSize } from '../../src/commandLine/print/humanSize';
import { tagExists } from '../../src/core/catalog/imageTags';
import { imageDigest, layerDigests } from '../../src/core/catalog/imageMeta';
import { loadLab, saveLab } from '../../src/core/lab/serialize';
import { Lab } from '../../src/core/lab/lab';

const DIGEST = imageDigest('nginx');
const SHORT = DIGEST.slice(7, 19);
const LAYERS = layerDigests('nginx').map((d) => d.slice(7, 19));

describe('docker pull', () => {
  const CASES: Array<{ source: string; lines: string[]; exitCode: number; stdout: string; stderr: string }> = [
    {
      source:
        'docker/cli image/pull.go runPull (default tag) + moby daemon/containerd/image_pull.go pullTag, progress.go',
      lines: ['docker pull nginx'],
      exitCode: 0,
      stdout: [
        'Using default tag: latest',
        'latest: Pulling from library/nginx',
        ...LAYERS.map((l) => `${l}: Pulling fs layer`),
        ...LAYERS.map((l) => `${l}: Download complete`),
        ...LAYERS.map((l) => `${l}: Pull complete`),
        `Digest: ${DIGEST}`,
        'Status: Downloaded newer image for nginx:latest',
        'docker.io/library/nginx:latest',
        '',
      ].join('\n'),
      stderr: '',
    },
    {
      source: 'moby image_pull.go writeStatus (up to date: no layer progress)',
      lines: ['docker pull nginx:latest', 'docker pull nginx:latest'],
      exitCode: 0,
      stdout: `latest: Pulling from library/nginx\nDigest: ${DIGEST}\nStatus: Image is up to date for nginx:latest\ndocker.io/library/nginx:latest\n`,
      stderr: '',
    },
    {
      source: 'docker/cli image/pull.go runPull: a container created from the image means it is present',
      lines: ['docker run -d --name web nginx', 'docker pull -q nginx'],
      exitCode: 0,
      stdout: 'docker.io/library/nginx:latest\n',
      stderr: '',
    },
    {
      source:
        'moby daemon/internal/distribution/errors.go notFoundError.Error, distribution registry/api/errcode/errors.go Error.Error',
      lines: ['docker pull nginx:lates'],
      exitCode: 1,
      stdout: '',
      stderr: 'Error response from daemon: manifest for nginx:lates not found: manifest unknown: manifest unknown\n',
    },
    {
      source: 'docker/cli container/create.go createContainer (pull on missing) + notFoundError.Error',
      lines: ['docker run nginx:lates'],
      exitCode: 125,
      stdout: '',
      stderr:
        "Unable to find image 'nginx:lates' locally\ndocker: Error response from daemon: manifest for nginx:lates not found: manifest unknown: manifest unknown\n\nRun 'docker run --help' for more information\n",
    },
    {
      source: 'docker/cli image/pull.go runPull: --all-tags with a tag',
      lines: ['docker pull -a nginx:1.27'],
      exitCode: 1,
      stdout: '',
      stderr: "tag can't be used with --all-tags/-a\n",
    },
    {
      source: 'docker/cli image/pull.go runPull: the last line is the normalised reference',
      lines: ['docker pull -q nicolaka/netshoot:v0.13'],
      exitCode: 0,
      stdout: 'docker.io/nicolaka/netshoot:v0.13\n',
      stderr: '',
    },
  ];
  for (const c of CASES)
    it(c.source, () => {
      const { steps } = replay(c.lines);
      const step = steps.at(-1)!;
      assert.deepEqual([step.exitCode, step.stdout, step.stderr], [c.exitCode, c.stdout, c.stderr]);
    });

  it('catalogue tags: latest, versions and variants exist; a misspelt tag does not', () => {
    const rows: Array<[string, boolean]> = [
      ['nginx', true],
      ['nginx:latest', true],
      ['nginx:1.27-alpine', true],
      ['python:3.12-slim-bookworm', true],
      ['alpine:3.20', true],
      ['nicolaka/netshoot:v0.13', true],
      ['nginx@sha256:' + '0'.repeat(64), true],
      ['nginx:lates', false],
      ['nginx:alpinee', false],
      ['redis:seven', false],
    ];
    for (const [ref, exists] of rows) assert.equal(tagExists(ref), exists, ref);
  });
});

describe('docker images', () => {
  it('docker/cli image/tree.go printImageTree: the tree view off a terminal, In Use chip, sorted by name', () => {
    const { steps } = replay(['docker pull -q redis', 'docker run -d --name web nginx', 'docker images']);
    const redis = imageDigest('redis').slice(7, 19);
    assert.equal(
      steps[2]!.stdout,
      'IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA\n' +
        `nginx:latest   ${SHORT}        225MB         59.8MB   U    \n` +
        `redis:latest   ${redis}        200MB         49.1MB        \n`,
    );
  });

  it('docker/cli image/tree.go: an empty host prints only the header', () => {
    assert.equal(
      replay(['docker images']).steps[0]!.stdout,
      'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n',
    );
  });

  const FORMATS: Array<{ source: string; line: string; stdout: string; stderr?: string; exitCode?: number }> = [
    { source: 'formatter/image.go NewImageFormat: quiet is {{.ID}}', line: 'docker images -q', stdout: `${SHORT}\n` },
    {
      source: 'formatter/image.go defaultImageTableFormat (--no-trunc leaves the tree)',
      line: 'docker image ls --no-trunc',
      stdout:
        'REPOSITORY   TAG       IMAGE ID                                                                  CREATED       SIZE\n' +
        `nginx        latest    ${DIGEST}   3 weeks ago   225MB\n`,
    },
    {
      source: 'formatter/image.go imageContext fields in a template',
      line: "docker images --format '{{.Repository}}|{{.Tag}}|{{.ID}}|{{.Size}}|{{.Containers}}'",
      stdout: `nginx|latest|${SHORT}|225MB|1\n`,
    },
    {
      source: 'formatter/image.go headers of a table template',
      line: "docker images --format 'table {{.Repository}}\\t{{.CreatedAt}}'",
      stdout: 'REPOSITORY   CREATED AT\nnginx        2025-12-09 12:00:00 +0000 UTC\n',
    },
    {
      source: 'image/list.go runImages: the reference argument filters',
      line: 'docker images redis',
      stdout: 'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n',
    },
    {
      source: 'image/list.go printAmbiguousHint',
      line: 'docker images ls',
      stdout: 'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n',
      stderr: 'No images found matching "ls": did you mean "docker image ls"?\n',
    },
    {
      source: 'image/list.go shouldUseTree',
      line: 'docker images --tree -q',
      stdout: '',
      stderr: '--quiet is not yet supported with --tree\n',
      exitCode: 1,
    },
  ];
  for (const f of FORMATS)
    it(f.source, () => {
      const step = replay(['docker run -d --name web nginx', f.line]).steps[1]!;
      assert.deepEqual([step.exitCode, step.stdout, step.stderr], [f.exitCode ?? 0, f.stdout, f.stderr ?? '']);
    });

  it('go-units HumanSizeWithPrecision: decimal units, three significant digits', () => {
    const rows: Array<[number, string]> = [
      [0, '0B'],
      [999, '999B'],
      [1000, '1kB'],
      [20_300, '20.3kB'],
      [4_430_000, '4.43MB'],
      [4_400_000, '4.4MB'],
      [225_000_000, '225MB'],
      [1_150_000_000, '1.15GB'],
    ];
    for (const [n, text] of rows) assert.equal(humanSize(n), text, String(n));
  });
});

describe('docker image inspect', () => {
  it('moby daemon/containerd/image_inspect.go: ID is the index digest, RepoTags and layers', () => {
    const step = replay([
      'docker pull -q nginx',
      "docker image inspect -f '{{.Id}} {{index .RepoTags 0}} {{len .RootFS.Layers}} {{.Os}}/{{.Architecture}}' nginx",
    ]).steps[1]!;
    assert.equal(step.stdout, `${DIGEST} nginx:latest ${LAYERS.length} linux/amd64\n`);
  });

  it('an image the host lacks: No such image', () => {
    const step = replay(['docker image inspect redis']).steps[0]!;
    assert.deepEqual(
      [step.exitCode, step.stdout, step.stderr],
      [1, '[]\n', 'Error response from daemon: No such image: redis\n'],
    );
  });
});

describe('images in a saved lab', () => {
  it('round-trip keeps the pulled images; a lab saved before images loads with none', () => {
    const { lab } = replay(['docker pull -q busybox']);
    const copy = loadLab(JSON.parse(JSON.stringify(saveLab(lab))) as unknown);
    assert.deepEqual([...copy.images.keys()], ['busybox']);
    const old = saveLab(new Lab()) as unknown as Record<string, unknown>;
    delete old.images;
    assert.equal(loadLab(old).images.size, 0);
  });
});
