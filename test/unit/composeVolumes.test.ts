// Compose volumes, table by table, each row citing what it follows: compose-go v2 (format/volume.go
// ParseVolume, transform/volume.go, loader/normalize.go setNameFromKey, paths/resolve.go,
// loader/validate.go checkConsistency, validation/volume.go, types.ServiceVolumeConfig and
// VolumeConfig as marshalled) and docker/compose v5.5.0 (pkg/compose/create.go buildContainerVolumes,
// prepareVolumes, createVolume, checkExternalVolumes, warnUnmanagedVolumes; hash.go VolumeHash;
// down.go ensureVolumesDown, removeVolume; cmd/compose/config.go runVolumes).
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ComposeError } from '../../src/compose/errors';
import { type LoadOptions, loadProject } from '../../src/compose/loadProject';
import { planProject } from '../../src/compose/plan';
import { type VolumeSpec, VolumeSpecError, cleanPath, parseVolumeSpec } from '../../src/compose/volumeSpec';
import { loadLab, saveLab } from '../../src/core/lab/serialize';
import { sha256Hex } from '../../src/core/text/sha256';
import { composeDiagnostics } from '../../src/language/compose/composeDiagnostics';
import { COMPOSE_KEYS } from '../../src/knowledge/composeKeys';
import { composeHover } from '../../src/language/compose/composeHover';
import { ComposeModel } from '../../src/language/compose/composeModel';
import { composeQuickFixes } from '../../src/language/compose/composeQuickFixes';
import { simulateCompose } from '../../src/language/compose/composeSimulation';
import { Session } from '../../src/commandLine/session';
import { composeDir, replayIn } from './composeFixture';

const FILE = '/home/learner/demo/compose.yaml';
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const VOL = { nocopy: false, subpath: '' };
const BIND = { createHostPath: true, propagation: '', selinux: '' };

describe('compose volume short syntax (compose-go format/volume.go ParseVolume, transform/volume.go cleanTarget)', () => {
  const rows: Array<[string, string, VolumeSpec]> = [
    [
      'data:/var/lib',
      'a name is a volume, with an empty ServiceVolumeVolume (populateType)',
      { type: 'volume', source: 'data', target: '/var/lib', readOnly: false, volume: VOL },
    ],
    [
      './dir:/app:ro',
      'a relative path is a bind that creates its host path; ro sets ReadOnly',
      { type: 'bind', source: './dir', target: '/app', readOnly: true, bind: BIND },
    ],
    [
      '/abs:/x',
      'an absolute path is a bind',
      { type: 'bind', source: '/abs', target: '/x', readOnly: false, bind: BIND },
    ],
    ['~/x:/y', 'a home path is a bind', { type: 'bind', source: '~/x', target: '/y', readOnly: false, bind: BIND }],
    [
      '/cache',
      'one field: an anonymous volume (Source empty at the end of the spec)',
      { type: 'volume', source: '', target: '/cache', readOnly: false, volume: VOL },
    ],
    [
      '/x',
      'one or two bytes: a bare target, no ServiceVolumeVolume',
      { type: 'volume', source: '', target: '/x', readOnly: false },
    ],
    [
      'data:/x:ro,rw',
      'the last of ro and rw wins',
      { type: 'volume', source: 'data', target: '/x', readOnly: false, volume: VOL },
    ],
    [
      'data:/x:nocopy',
      'nocopy sets ServiceVolumeVolume.NoCopy',
      { type: 'volume', source: 'data', target: '/x', readOnly: false, volume: { nocopy: true, subpath: '' } },
    ],
    [
      './a:/b:rshared,Z',
      'propagation and SELinux are bind options',
      {
        type: 'bind',
        source: './a',
        target: '/b',
        readOnly: false,
        bind: { createHostPath: true, propagation: 'rshared', selinux: 'Z' },
      },
    ],
    [
      'data:/x:delegated',
      'unknown options are ignored',
      { type: 'volume', source: 'data', target: '/x', readOnly: false, volume: VOL },
    ],
    [
      'data:/a/../b/',
      'the target is cleaned (path.Clean)',
      { type: 'volume', source: 'data', target: '/b', readOnly: false, volume: VOL },
    ],
    [
      'C:\\data:/x',
      'a drive letter stays with its path (isWindowsDrive), which is a file path',
      { type: 'bind', source: 'C:\\data', target: '/x', readOnly: false, bind: BIND },
    ],
    [
      '${SRC:-x:y}:/x',
      'colons inside ${...} do not split',
      { type: 'volume', source: '${SRC:-x:y}', target: '/x', readOnly: false, volume: VOL },
    ],
  ];
  for (const [spec, why, want] of rows) {
    it(`${spec}: ${why}`, () => assert.deepEqual(parseVolumeSpec(spec), want));
  }

  const errors: Array<[string, string]> = [
    ['', 'invalid empty volume spec'],
    ['data::/x', 'invalid spec: data::/x: empty section between colons'],
    ['data:/b:/c:ro', 'invalid spec: data:/b:/c:ro: too many colons'],
    [':/x', 'invalid spec: :/x: empty section between colons'],
  ];
  for (const [spec, message] of errors) {
    it(`${JSON.stringify(spec)} is refused: ${message}`, () => {
      assert.throws(
        () => parseVolumeSpec(spec),
        (e: unknown) => e instanceof VolumeSpecError && e.message === message,
      );
    });
  }

  it("cleanPath is Go's path.Clean (rooted and relative, '' kept as cleanTarget keeps it)", () => {
    const rows: Array<[string, string]> = [
      ['/a//b/./c/', '/a/b/c'],
      ['/../a', '/a'],
      ['a/../../b', '../b'],
      ['./', '.'],
      ['', ''],
    ];
    for (const [input, want] of rows) assert.equal(cleanPath(input), want, input);
  });
});

function load(text: string, options: LoadOptions = {}) {
  return loadProject([{ path: FILE, text }], { projectName: 'demo', ...options }).project;
}

function loadError(text: string, options: LoadOptions = {}): ComposeError {
  try {
    load(text, options);
  } catch (e) {
    if (e instanceof ComposeError) return e;
    throw e;
  }
  assert.fail('expected a load error');
}

describe('compose volumes loaded (compose-go loader)', () => {
  it('names: <project>_<key>, name: verbatim, external by its key or name (normalize.go setNameFromKey)', () => {
    const p = load(
      lines(
        'services:',
        '  a:',
        '    image: busybox',
        'volumes:',
        '  data:',
        '  named:',
        '    name: my-data',
        '  ext:',
        '    external: true',
        '  extnamed:',
        '    external: true',
        '    name: outside',
        '  labelled:',
        '    driver: local',
        '    driver_opts: {type: tmpfs, device: tmpfs}',
        '    labels: [team=a, tier]',
      ),
    );
    assert.deepEqual(
      p.volumes.map((v) => [v.key, v.name, v.external, v.driver, v.driverOpts, v.labels]),
      [
        ['data', 'demo_data', false, '', {}, {}],
        ['named', 'my-data', false, '', {}, {}],
        ['ext', 'ext', true, '', {}, {}],
        ['extnamed', 'outside', true, '', {}, {}],
        ['labelled', 'demo_labelled', false, 'local', { type: 'tmpfs', device: 'tmpfs' }, { team: 'a', tier: '' }],
      ],
    );
  });

  it('external.name is deprecated and names the volume (transform/external.go transformMaybeExternal)', () => {
    const loaded = loadProject(
      [
        {
          path: FILE,
          text: lines(
            'services:',
            '  a:',
            '    image: busybox',
            'volumes:',
            '  old:',
            '    external:',
            '      name: legacy',
          ),
        },
      ],
      { projectName: 'demo' },
    );
    assert.deepEqual(
      loaded.warnings.map((w) => w.message),
      ['volumes.old: external.name is deprecated. Please set name and external: true'],
    );
    assert.deepEqual(
      loaded.project.volumes.map((v) => [v.name, v.external]),
      [['legacy', true]],
    );
  });

  it('bind sources are made absolute against the project folder, ~ from HOME (paths/resolve.go absVolumeMount, home.go ExpandUser)', () => {
    const p = load(
      lines(
        'services:',
        '  a:',
        '    image: busybox',
        '    volumes:',
        '      - ./site:/site',
        '      - ../up:/up',
        '      - ~/cfg:/cfg',
        '      - /abs:/abs',
        '      - type: bind',
        '        source: rel',
        '        target: /rel/',
      ),
      { environment: (k) => (k === 'HOME' ? '/root' : undefined) },
    );
    assert.deepEqual(
      p.services[0]!.volumes.map((v) => [v.type, v.source, v.target]),
      [
        ['bind', '/home/learner/demo/site', '/site'],
        ['bind', '/home/learner/up', '/up'],
        ['bind', '/root/cfg', '/cfg'],
        ['bind', '/abs', '/abs'],
        // normalize.go cleans the long syntax's target too.
        ['bind', '/home/learner/demo/rel', '/rel'],
      ],
    );
  });

  it('a later entry on the same target replaces the earlier one in its place (override/uncity.go volumeIndexer)', () => {
    const p = load(
      lines(
        'services:',
        '  a:',
        '    image: busybox',
        '    volumes:',
        '      - one:/x',
        '      - /y',
        '      - two:/x/',
        'volumes:',
        '  one:',
        '  two:',
      ),
    );
    assert.deepEqual(
      p.services[0]!.volumes.map((v) => [v.source, v.target]),
      [
        ['two', '/x'],
        ['', '/y'],
      ],
    );
  });

  it('a second -f file merges service volumes by target and top-level volumes by key', () => {
    const project = loadProject(
      [
        {
          path: FILE,
          text: lines(
            'services:',
            '  a:',
            '    image: busybox',
            '    volumes: [one:/x, /y]',
            'volumes:',
            '  one:',
            '    labels: {a: b}',
          ),
        },
        {
          path: '/home/learner/demo/override.yaml',
          text: lines('services:', '  a:', '    volumes: ["one:/x:ro", /z]', 'volumes:', '  one:', '    name: renamed'),
        },
      ],
      { projectName: 'demo' },
    ).project;
    assert.deepEqual(
      project.services[0]!.volumes.map((v) => [v.source, v.target, v.readOnly]),
      [
        ['one', '/x', true],
        ['', '/y', false],
        ['', '/z', false],
      ],
    );
    assert.deepEqual(
      project.volumes.map((v) => [v.key, v.name, v.labels]),
      [['one', 'renamed', { a: 'b' }]],
    );
  });
});

describe('compose volume load errors (compose-go), word for word with the range they are about', () => {
  const cases: Array<{ source: string; text: string; message: string; covers: string }> = [
    {
      source: 'loader/validate.go checkConsistency: a named volume must be declared at the top level',
      text: lines('services:', '  web:', '    image: nginx', '    volumes:', '      - data:/var/lib'),
      message: 'service "web" refers to undefined volume data: invalid compose project',
      covers: 'data:/var/lib',
    },
    {
      source: 'loader/validate.go checkConsistency: the long syntax, at its source',
      text: lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes:',
        '      - type: volume',
        '        source: logs',
        '        target: /logs',
        'volumes:',
        '  data:',
      ),
      message: 'service "web" refers to undefined volume logs: invalid compose project',
      covers: 'logs',
    },
    {
      source: 'loader/validate.go checkConsistency: two volumes on one target once normalize.go cleaned them',
      text: lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes:',
        '      - data:/x',
        '      - type: volume',
        '        source: data',
        '        target: /x/',
        'volumes:',
        '  data:',
      ),
      message: 'services.web.volumes[1]: target /x already mounted as services.web.volumes[0]',
      covers: 'type: volume\n        source: data\n        target: /x/',
    },
    {
      source: 'validation/volume.go checkVolume (validation/external.go checkExternal)',
      text: lines(
        'services:',
        '  web:',
        '    image: nginx',
        'volumes:',
        '  data:',
        '    external: true',
        '    driver: local',
      ),
      message: 'volumes.data: conflicting parameters "external" and "driver" specified',
      covers: 'driver',
    },
    {
      source: 'transform/external.go transformMaybeExternal: name and external.name differ',
      text: lines(
        'services:',
        '  web:',
        '    image: nginx',
        'volumes:',
        '  data:',
        '    name: a',
        '    external:',
        '      name: b',
      ),
      message: 'volumes.data: name and external.name conflict; only use name',
      covers: 'b',
    },
    {
      source: 'paths/resolve.go absVolumeMount: a bind without a source',
      text: lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes:',
        '      - type: bind',
        '        target: /x',
      ),
      message: 'invalid mount config for type "bind": field Source must not be empty',
      covers: 'type: bind\n        target: /x',
    },
    {
      source: 'format/volume.go ParseVolume, through transform/volume.go transformVolumeMount',
      text: lines('services:', '  web:', '    image: nginx', '    volumes:', '      - "data::/x"'),
      message: 'invalid spec: data::/x: empty section between colons',
      covers: '"data::/x"',
    },
    {
      // schema.go getMostSpecificError keeps the first of equally specific causes: oneOf's string branch.
      source: 'compose-spec.json service.volumes: a mapping without type fails both branches of oneOf',
      text: lines('services:', '  web:', '    image: nginx', '    volumes:', '      - target: /x'),
      message: `validating ${FILE}: services.web.volumes.0 must be a string`,
      covers: 'target: /x',
    },
    {
      source: 'compose-spec.json service.volumes: the long syntax has additionalProperties false',
      text: lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes:',
        '      - type: volume',
        '        target: /x',
        '        size: 1',
      ),
      message: `validating ${FILE}: services.web.volumes.0 additional properties 'size' not allowed`,
      covers: 'size: 1',
    },
    {
      source: 'compose-spec.json $defs.volume: additionalProperties false',
      text: lines('services:', '  web:', '    image: nginx', 'volumes:', '  data:', '    drive: x'),
      message: `validating ${FILE}: volumes.data additional properties 'drive' not allowed`,
      covers: 'drive: x',
    },
  ];
  for (const c of cases) {
    it(c.source, () => {
      const e = loadError(c.text);
      assert.equal(e.message, c.message);
      assert.ok(e.range, 'a range');
      assert.equal(c.text.slice(e.range[0], e.range[1]), c.covers);
    });
  }
});

describe('compose volumes in the plan (docker/compose create.go buildContainerVolumes, prepareVolumes)', () => {
  it('declared volumes and binds go as Binds strings, anonymous ones and advanced options as Mounts, Binds first', () => {
    const plan = planProject(
      load(
        lines(
          'services:',
          '  a:',
          '    image: busybox',
          '    volumes:',
          '      - /anon',
          '      - data:/data:ro',
          '      - ./site:/site:z',
          '      - ./prop:/prop:rshared',
          '      - data:/nocopy:nocopy',
          '      - type: bind',
          '        source: /no-create',
          '        target: /nc',
          '        bind:',
          '          create_host_path: false',
          '      - type: tmpfs',
          '        target: /tmp',
          'volumes:',
          '  data:',
          '    name: shared-data',
        ),
      ),
    );
    assert.deepEqual(plan.containers[0]!.options.mounts, [
      // toBindString: the engine name, the target, rw|ro then SELinux, propagation, nocopy.
      {
        type: 'volume',
        source: 'shared-data',
        target: '/data',
        readOnly: true,
        mode: 'ro',
        raw: 'shared-data:/data:ro',
      },
      {
        type: 'bind',
        source: '/home/learner/demo/site',
        target: '/site',
        readOnly: false,
        mode: 'rw,z',
        raw: '/home/learner/demo/site:/site:rw,z',
      },
      { type: 'volume', source: '', target: '/anon', readOnly: false, mode: '' },
      // bindRequiresMountAPI: a propagation; create_host_path false.
      { type: 'bind', source: '/home/learner/demo/prop', target: '/prop', readOnly: false, mode: '' },
      // volumeRequiresMountAPI: nocopy.
      { type: 'volume', source: 'shared-data', target: '/nocopy', readOnly: false, mode: '', noCopy: true },
      { type: 'bind', source: '/no-create', target: '/nc', readOnly: false, mode: '' },
    ]);
  });

  it("volume create requests by key: compose's labels over the file's, config-hash of the VolumeConfig's JSON; external ones are not created", () => {
    const plan = planProject(
      load(
        lines(
          'services:',
          '  a:',
          '    image: busybox',
          'volumes:',
          '  zeta:',
          '    labels: {com.docker.compose.project: mine, team: "<a&b>"}',
          '  alpha:',
          '    driver_opts: {o: bind}',
          '  ext:',
          '    external: true',
        ),
      ),
    );
    // hash.go VolumeHash: json.Marshal(types.VolumeConfig) with the driver defaulted to local; Go escapes <, > and &.
    const hash = (json: string) => createHash('sha256').update(json).digest('hex');
    assert.deepEqual(plan.volumes, [
      {
        key: 'alpha',
        name: 'demo_alpha',
        external: false,
        request: {
          name: 'demo_alpha',
          driver: '',
          driverOpts: { o: 'bind' },
          labels: {
            'com.docker.compose.config-hash': hash('{"name":"demo_alpha","driver":"local","driver_opts":{"o":"bind"}}'),
            'com.docker.compose.project': 'demo',
            'com.docker.compose.version': '5.5.0',
            'com.docker.compose.volume': 'alpha',
          },
        },
      },
      { key: 'ext', name: 'ext', external: true },
      {
        key: 'zeta',
        name: 'demo_zeta',
        external: false,
        request: {
          name: 'demo_zeta',
          driver: '',
          driverOpts: {},
          labels: {
            'com.docker.compose.project': 'demo',
            team: '<a&b>',
            'com.docker.compose.config-hash': hash(
              '{"name":"demo_zeta","driver":"local","labels":{"com.docker.compose.project":"mine","team":"\\u003ca\\u0026b\\u003e"}}',
            ),
            'com.docker.compose.version': '5.5.0',
            'com.docker.compose.volume': 'zeta',
          },
        },
      },
    ]);
  });
});

const APP = lines(
  'services:',
  '  web:',
  '    image: nginx',
  '    volumes:',
  '      - data:/var/lib/data',
  '      - ./site:/usr/share/nginx/html:ro',
  '      - /cache',
  '  db:',
  '    image: redis',
  '    volumes:',
  '      - type: volume',
  '        source: dbdata',
  '        target: /data',
  '      - type: volume',
  '        source: shared',
  '        target: /shared',
  '        read_only: true',
  'volumes:',
  '  data:',
  '  dbdata:',
  '    name: my-db-data',
  '    driver_opts:',
  '      type: tmpfs',
  '  shared:',
  '    external: true',
  '  unused:',
);

const mountJson = (name: string, destination: string, mode: string, rw = true) =>
  `{"Type":"volume","Name":"${name}","Source":"/var/lib/docker/volumes/${name}/_data","Destination":"${destination}","Driver":"local","Mode":"${mode}","RW":${rw},"Propagation":""}`;

describe('docker compose up, down and config with volumes (docker/compose v5)', () => {
  it('up creates the used, non-external volumes by key after the networks, mounts them, and down -v removes them', () => {
    const dir = composeDir({ 'compose.yaml': APP });
    const { steps } = replayIn(dir, [
      'docker volume create shared',
      'docker compose up -d',
      'docker volume ls',
      "docker inspect --format '{{json .Mounts}}' demo-web-1 demo-db-1",
      'docker volume inspect my-db-data',
      "docker ps --filter volume=my-db-data --format '{{.Names}}'",
      'docker compose down',
      'docker volume ls -q',
      'docker compose down -v',
      'docker volume ls',
    ]);
    for (const s of steps) assert.equal(s.exitCode, 0, `${s.command}: ${s.stderr}`);
    assert.equal(
      steps[1]!.stderr,
      lines(
        ' Network demo_default Creating ',
        ' Network demo_default Created ',
        ' Volume demo_data Creating ',
        ' Volume demo_data Created ',
        ' Volume my-db-data Creating ',
        ' Volume my-db-data Created ',
        ' Container demo-db-1 Creating ',
        ' Container demo-db-1 Created ',
        ' Container demo-web-1 Creating ',
        ' Container demo-web-1 Created ',
        ' Container demo-db-1 Starting ',
        ' Container demo-db-1 Started ',
        ' Container demo-web-1 Starting ',
        ' Container demo-web-1 Started ',
      ),
    );
    // The anonymous volume: the only name that is 64 hex digits.
    const anon = steps[2]!.stdout.match(/[0-9a-f]{64}/)?.[0];
    assert.ok(anon, steps[2]!.stdout);
    assert.equal(
      steps[2]!.stdout,
      lines(
        'DRIVER    VOLUME NAME',
        `local     ${anon}`,
        'local     demo_data',
        'local     my-db-data',
        'local     shared',
      ),
    );
    assert.equal(
      steps[3]!.stdout,
      lines(
        `[${mountJson('demo_data', '/var/lib/data', 'rw')},{"Type":"bind","Source":"${dir}/site","Destination":"/usr/share/nginx/html","Mode":"ro","RW":false,"Propagation":"rprivate"},${mountJson(anon, '/cache', 'z')}]`,
        `[${mountJson('my-db-data', '/data', 'rw')},${mountJson('shared', '/shared', 'ro', false)}]`,
      ),
    );
    const hash = createHash('sha256').update('{"name":"my-db-data","driver":"local","driver_opts":{"type":"tmpfs"}}');
    assert.equal(
      steps[4]!.stdout,
      lines(
        '[',
        '    {',
        '        "CreatedAt": "2026-01-01T09:00:02Z",',
        '        "Driver": "local",',
        '        "Labels": {',
        `            "com.docker.compose.config-hash": "${hash.digest('hex')}",`,
        '            "com.docker.compose.project": "demo",',
        '            "com.docker.compose.version": "5.5.0",',
        '            "com.docker.compose.volume": "dbdata"',
        '        },',
        '        "Mountpoint": "/var/lib/docker/volumes/my-db-data/_data",',
        '        "Name": "my-db-data",',
        '        "Options": {',
        '            "type": "tmpfs"',
        '        },',
        '        "Scope": "local"',
        '    }',
        ']',
      ),
    );
    assert.equal(steps[5]!.stdout, 'demo-db-1\n');
    // down keeps every volume; down -v removes the project's named ones (not the external one) and,
    // with their containers, the anonymous ones; with the containers gone, the anonymous one stays.
    assert.equal(steps[7]!.stdout, lines(anon, 'demo_data', 'my-db-data', 'shared'));
    assert.equal(
      steps[8]!.stderr,
      lines(
        ' Volume demo_data Removing ',
        ' Volume demo_data Removed ',
        ' Volume my-db-data Removing ',
        ' Volume my-db-data Removed ',
      ),
    );
    assert.equal(steps[9]!.stdout, lines('DRIVER    VOLUME NAME', `local     ${anon}`, 'local     shared'));
  });

  it('a volume without driver_opts has Options null, as compose sends no DriverOpts; a saved lab keeps both forms', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes: [plain:/a, opts:/b]',
        'volumes:',
        '  plain:',
        '  opts:',
        '    driver_opts: {o: size=1m}',
      ),
    });
    const { steps, lab } = replayIn(dir, [
      'docker compose up -d',
      'docker volume create cli',
      "docker volume inspect --format '{{.Name}} {{json .Options}}' demo_plain demo_opts cli",
    ]);
    const want = lines('demo_plain null', 'demo_opts {"o":"size=1m"}', 'cli {}');
    assert.equal(steps[2]!.stdout, want);
    const again = new Session(loadLab(JSON.parse(JSON.stringify(saveLab(lab)))), { cwd: dir });
    assert.equal(
      again.execute("docker volume inspect --format '{{.Name}} {{json .Options}}' demo_plain demo_opts cli").output
        .stdout,
      want,
    );
  });

  it("down -v removes the containers' anonymous volumes with them, and the named ones after the networks", () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes: [data:/data, /cache]',
        'volumes:',
        '  data:',
      ),
    });
    const { steps, lab } = replayIn(dir, ['docker compose up -d', 'docker compose down -v']);
    assert.equal(
      steps[1]!.stderr,
      lines(
        ' Container demo-web-1 Stopping ',
        ' Container demo-web-1 Stopped ',
        ' Container demo-web-1 Removing ',
        ' Container demo-web-1 Removed ',
        ' Network demo_default Removing ',
        ' Network demo_default Removed ',
        ' Volume demo_data Removing ',
        ' Volume demo_data Removed ',
      ),
    );
    assert.deepEqual([...lab.volumes.keys()], []);
  });

  it('down -v with -p alone removes the volumes labelled with the project (compose.go actualVolumes)', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes: [data:/data]',
        'volumes:',
        '  data:',
      ),
    });
    const { steps, lab } = replayIn(dir, [
      'docker compose up -d',
      'docker volume create other',
      'docker compose -p demo down -v',
    ]);
    assert.equal(steps[2]!.exitCode, 0, steps[2]!.stderr);
    assert.ok(
      steps[2]!.stderr.endsWith(lines(' Volume demo_data Removing ', ' Volume demo_data Removed ')),
      steps[2]!.stderr,
    );
    assert.deepEqual([...lab.volumes.keys()], ['other']);
  });

  it('down -v leaves a volume another container still uses: Resource is still in use (down.go removeResource)', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes: [data:/data]',
        'volumes:',
        '  data:',
      ),
    });
    const { steps, lab } = replayIn(dir, [
      'docker compose up -d',
      'docker run -d --name other -v demo_data:/x busybox sleep 100',
      'docker compose down -v',
    ]);
    assert.ok(
      steps[2]!.stderr.endsWith(lines(' Volume demo_data Removing ', ' Volume demo_data Resource is still in use ')),
      steps[2]!.stderr,
    );
    assert.ok(lab.volumes.has('demo_data'));
  });

  it('an external volume that does not exist stops up before anything is created (create.go checkExternalVolumes)', () => {
    const dir = composeDir({ 'compose.yaml': APP });
    const { steps, lab } = replayIn(dir, ['docker compose up -d']);
    assert.equal(steps[0]!.exitCode, 1);
    assert.equal(steps[0]!.stdout, '');
    assert.ok(steps[0]!.stderr.endsWith('external volume "shared" not found\n'), steps[0]!.stderr);
    assert.equal(lab.volumes.size, 0);
    assert.equal(lab.containers.size, 0);
  });

  it('a volume of that name compose did not create is reused, with a warning (create.go warnUnmanagedVolumes)', () => {
    const file = lines('services:', '  web:', '    image: nginx', '    volumes: [data:/data]', 'volumes:', '  data:');
    const dir = composeDir({ 'compose.yaml': file });
    const { steps } = replayIn(dir, [
      'docker volume create demo_data',
      'docker compose up -d',
      'docker compose down',
      'docker compose -p other up -d',
    ]);
    // Before anything is created, as create.go warns before executing the plan.
    assert.match(
      steps[1]!.stderr,
      /^time="[^"]+" level=warning msg="volume \\"demo_data\\" already exists but was not created by Docker Compose. Use `external: true` to use an existing volume"\n Network demo_default Creating \n/,
    );
    assert.ok(!steps[1]!.stderr.includes('Volume demo_data'), steps[1]!.stderr);
    // -p other names the volume other_data: a fresh one.
    assert.ok(steps[3]!.stderr.includes(' Volume other_data Created \n'), steps[3]!.stderr);
  });

  it('a volume another project created is reused with its warning', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    volumes: [data:/data]',
        'volumes:',
        '  data:',
        '    name: common',
      ),
    });
    const { steps } = replayIn(dir, ['docker compose -p first up -d', 'docker compose -p second up -d']);
    assert.ok(
      steps[1]!.stderr.includes(
        'msg="volume \\"common\\" already exists but was created for project \\"first\\" (expected \\"second\\"). Use `external: true` to use an existing volume"',
      ),
      steps[1]!.stderr,
    );
  });

  it('--force-recreate keeps the anonymous volume (create.go buildContainerMountOptions inherits it)', () => {
    const dir = composeDir({
      'compose.yaml': lines('services:', '  web:', '    image: nginx', '    volumes: [/cache]'),
    });
    const { steps, lab } = replayIn(dir, [
      'docker compose up -d',
      "docker inspect --format '{{range .Mounts}}{{.Name}}{{end}}' demo-web-1",
      'docker compose up -d --force-recreate',
      "docker inspect --format '{{range .Mounts}}{{.Name}}{{end}}' demo-web-1",
    ]);
    const before = steps[1]!.stdout;
    assert.match(before, /^[0-9a-f]{64}\n$/);
    assert.ok(steps[2]!.stderr.includes(' Container demo-web-1 Recreated \n'), steps[2]!.stderr);
    assert.equal(steps[3]!.stdout, before);
    assert.equal(lab.volumes.size, 1);
  });

  it('config prints the service volumes in the canonical long form and the used volumes (types.ServiceVolumeConfig, VolumeConfig)', () => {
    const dir = composeDir({ 'compose.yaml': APP });
    const { steps } = replayIn(dir, ['docker compose config', 'docker compose config --volumes']);
    assert.equal(
      steps[0]!.stdout,
      lines(
        'name: demo',
        'services:',
        '  db:',
        '    image: redis',
        '    networks:',
        '      default: null',
        '    volumes:',
        '      - type: volume',
        '        source: dbdata',
        '        target: /data',
        '      - type: volume',
        '        source: shared',
        '        target: /shared',
        '        read_only: true',
        '  web:',
        '    image: nginx',
        '    networks:',
        '      default: null',
        '    volumes:',
        '      - type: volume',
        '        source: data',
        '        target: /var/lib/data',
        '        volume: {}',
        '      - type: bind',
        `        source: ${dir}/site`,
        '        target: /usr/share/nginx/html',
        '        read_only: true',
        '        bind: {}',
        '      - type: volume',
        '        target: /cache',
        '        volume: {}',
        'networks:',
        '  default:',
        '    name: demo_default',
        'volumes:',
        '  data:',
        '    name: demo_data',
        '  dbdata:',
        '    name: my-db-data',
        '    driver_opts:',
        '      type: tmpfs',
        '  shared:',
        '    name: shared',
        '    external: true',
      ),
    );
    // runVolumes: the keys (WithoutUnnecessaryResources drops `unused`).
    assert.equal(steps[1]!.stdout, lines('data', 'dbdata', 'shared'));
  });

  it('config --format json: volumes last (MarshalJSON is a Go map), bind create_host_path false kept (OptOut)', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  a:',
        '    image: busybox',
        '    volumes:',
        '      - type: bind',
        '        source: /src',
        '        target: /dst',
        '        bind: {create_host_path: false, propagation: rslave}',
        '      - data:/d:nocopy',
        'volumes:',
        '  data:',
      ),
    });
    const { steps } = replayIn(dir, ['docker compose config --format json']);
    assert.deepEqual(JSON.parse(steps[0]!.stdout), {
      name: 'demo',
      networks: { default: { name: 'demo_default' } },
      services: {
        a: {
          command: null,
          entrypoint: null,
          image: 'busybox',
          networks: { default: null },
          volumes: [
            { type: 'bind', source: '/src', target: '/dst', bind: { propagation: 'rslave', create_host_path: false } },
            { type: 'volume', source: 'data', target: '/d', volume: { nocopy: true } },
          ],
        },
      },
      volumes: { data: { name: 'demo_data' } },
    });
    assert.deepEqual(Object.keys(JSON.parse(steps[0]!.stdout) as object), ['name', 'networks', 'services', 'volumes']);
  });

  it('up SERVICE creates only the volumes of that service and its dependencies (WithServices, WithoutUnnecessaryResources)', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  web:',
        '    image: nginx',
        '    depends_on: [db]',
        '    volumes: [site:/site]',
        '  db:',
        '    image: redis',
        '    volumes: [dbdata:/data]',
        '  other:',
        '    image: redis',
        '    volumes: [otherdata:/data]',
        'volumes:',
        '  site:',
        '  dbdata:',
        '  otherdata:',
      ),
    });
    const { steps } = replayIn(dir, [
      'docker compose up -d --no-deps web',
      'docker volume ls -q',
      'docker compose up -d db',
      'docker volume ls -q',
    ]);
    assert.equal(steps[1]!.stdout, lines('demo_dbdata', 'demo_site'));
    assert.equal(steps[3]!.stdout, lines('demo_dbdata', 'demo_site'));
  });

  it('run creates the project volumes too (run.go startDependencies runs Create) and mounts them', () => {
    const dir = composeDir({
      'compose.yaml': lines(
        'services:',
        '  job:',
        '    image: busybox',
        '    volumes: [data:/data]',
        'volumes:',
        '  data:',
      ),
    });
    const { steps, lab } = replayIn(dir, ['docker compose run -d job sleep 100']);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.ok(steps[0]!.stderr.includes(' Volume demo_data Created \n'), steps[0]!.stderr);
    const c = [...lab.containers.values()][0]!;
    assert.deepEqual(
      c.mounts?.map((m) => [m.name, m.destination]),
      [['demo_data', '/data']],
    );
  });
});

describe('compose volume diagnostics (the load errors above, all at once, in the editor)', () => {
  it('undefined volumes, short syntax compose-go refuses, external volumes with other keys', () => {
    const text = lines(
      'services:',
      '  web:',
      '    image: nginx',
      '    volumes:',
      '      - data:/a',
      '      - "data::/b"',
      '      - type: volume',
      '        source: logs',
      '        target: /c',
      '      - /anonymous',
      '      - ./bind:/d',
      'volumes:',
      '  ext:',
      '    external: true',
      '    labels: [a=b]',
    );
    const model = ComposeModel.from(FILE, text);
    const found = composeDiagnostics(model.source()).map((d) => [
      d.code,
      d.message,
      text.slice(d.range[0], d.range[1]),
    ]);
    assert.deepEqual(found, [
      ['external-conflict', 'volumes.ext: conflicting parameters "external" and "labels" specified', 'labels'],
      ['undefined-volume', 'service "web" refers to undefined volume data: invalid compose project', 'data:/a'],
      ['invalid-volume-spec', 'invalid spec: data::/b: empty section between colons', '"data::/b"'],
      ['undefined-volume', 'service "web" refers to undefined volume logs: invalid compose project', 'logs'],
    ]);
  });
});

describe('compose volume quick fix: declare the undefined volume at the top level', () => {
  /** The one fix for the first undefined-volume diagnostic, applied; the file then loads cleanly. */
  function fixed(text: string): { title: string; text: string } {
    const model = ComposeModel.from(FILE, text);
    const d = composeDiagnostics(model.source()).find((x) => x.code === 'undefined-volume');
    assert.ok(d);
    const fixes = composeQuickFixes(text, model.source(), d);
    assert.equal(fixes.length, 1);
    let out = text;
    for (const e of [...fixes[0]!.edits].sort((a, b) => b.range[0] - a.range[0]))
      out = out.slice(0, e.range[0]) + e.newText + out.slice(e.range[1]);
    load(out);
    return { title: fixes[0]!.title, text: out };
  }

  it('adds it under the existing volumes, at their indentation, for the short and the long syntax', () => {
    const text = lines(
      'services:',
      '  a:',
      '    image: x',
      '    volumes:',
      '      - type: volume',
      '        source: logs',
      '        target: /logs',
      'volumes:',
      '    data:',
      '        driver: local',
      'networks: {}',
    );
    assert.deepEqual(fixed(text), {
      title: 'Add volume "logs" to the top-level volumes',
      text: lines(
        'services:',
        '  a:',
        '    image: x',
        '    volumes:',
        '      - type: volume',
        '        source: logs',
        '        target: /logs',
        'volumes:',
        '    data:',
        '        driver: local',
        '    logs: {}',
        'networks: {}',
      ),
    });
  });

  it('adds the top-level volumes when the file has none', () => {
    const text = lines('services:', '  a:', '    image: x', '    volumes: ["db-data:/var/lib/db"]');
    assert.equal(
      fixed(text).text,
      `${text}volumes:
  db-data: {}
`,
    );
  });
});

describe('compose volume hovers (compose-spec services.md#volumes, volumes.md)', () => {
  const text = lines(
    'services:',
    '  web:',
    '    image: nginx',
    '    volumes:',
    '      - data:/data',
    'volumes:',
    '  data:',
    '    name: web-data',
    '    driver: local',
    '    driver_opts: {type: tmpfs}',
    '    labels: [a=b]',
    '  ext:',
    '    external: true',
  );
  const model = ComposeModel.from(FILE, text);
  const rows: Array<[string, number, keyof typeof COMPOSE_KEYS, string]> = [
    ['volumes:', 0, 'service.volumes', 'https://docs.docker.com/reference/compose-file/services/#volumes'],
    ['volumes:', 1, 'volumes', 'https://docs.docker.com/reference/compose-file/volumes/'],
    ['data:', 1, 'volume.entry', 'https://docs.docker.com/reference/compose-file/volumes/'],
    ['name:', 0, 'volume.name', 'https://docs.docker.com/reference/compose-file/volumes/#name'],
    ['driver:', 0, 'volume.driver', 'https://docs.docker.com/reference/compose-file/volumes/#driver'],
    ['driver_opts', 0, 'volume.driver_opts', 'https://docs.docker.com/reference/compose-file/volumes/#driver_opts'],
    ['labels', 0, 'volume.labels', 'https://docs.docker.com/reference/compose-file/volumes/#labels'],
    ['external', 0, 'volume.external', 'https://docs.docker.com/reference/compose-file/volumes/#external'],
  ];
  for (const [needle, nth, key, link] of rows) {
    it(`${key}: its text in English and Simplified Chinese, what it conflicts with, its reference page`, () => {
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
      for (const locale of ['en', 'zh-cn'] as const) {
        const hover = composeHover(model, model.positionAt(at + 1), locale);
        assert.ok(hover, `${key} ${locale}`);
        const doc = COMPOSE_KEYS[key];
        const conflicts = 'conflicts' in doc ? doc.conflicts[locale] : undefined;
        const heading = locale === 'en' ? 'Conflicts' : '冲突';
        assert.equal(
          hover.markdown,
          [doc.text[locale], ...(conflicts ? [`**${heading}:** ${conflicts}`] : [])].join('\n\n'),
        );
        assert.equal(hover.link, link);
      }
    });
  }
});

describe('compose volumes in the simulation (Simulate this file)', () => {
  it('takes the file at its word that its external volumes exist, so up gets to the services', () => {
    const text = lines(
      'services:',
      '  web:',
      '    image: nginx',
      '    volumes: [data:/data, shared:/shared]',
      'volumes:',
      '  data:',
      '  shared:',
      '    external: true',
      '    name: team-files',
    );
    const facts = simulateCompose(FILE, text);
    assert.equal(facts.failure, undefined);
    assert.deepEqual(
      facts.services.map((s) => [s.name, s.state]),
      [['web', 'running']],
    );
  });

  it('an undefined volume is the failure the simulation reports, in compose-go words', () => {
    const text = lines('services:', '  web:', '    image: nginx', '    volumes: [data:/data]');
    const facts = simulateCompose(FILE, text);
    assert.equal(facts.failure?.message, 'service "web" refers to undefined volume data: invalid compose project');
  });
});

describe('sha256Hex (FIPS 180-4 test vectors)', () => {
  const rows: Array<[string, string]> = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ];
  for (const [input, want] of rows) it(JSON.stringify(input), () => assert.equal(sha256Hex(input), want));
  it('lengths around the block boundaries and non-ASCII text, as node:crypto', () => {
    for (const text of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119), '卷 ✓ volume'])
      assert.equal(sha256Hex(text), createHash('sha256').update(text).digest('hex'), text);
  });
});
