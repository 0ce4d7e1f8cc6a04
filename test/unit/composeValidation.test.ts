// compose-go's load errors (loader/validate.go checkConsistency, schema, graph), word for word, each with the
// source range it is about; YAML syntax errors with line and column; the model's ranges.
import * as assert from 'node:assert/strict';
import { ComposeError } from '../../src/compose/errors';
import { type LoadOptions, diagnoseComposeText, loadProject } from '../../src/compose/loadProject';
import { planProject } from '../../src/compose/plan';
import { normalizeProjectName } from '../../src/compose/projectName';
import { composeDir, replayIn } from './composeFixture';

const FILE = '/home/learner/demo/compose.yaml';

function loadError(text: string, options: LoadOptions = {}): ComposeError {
  try {
    loadProject([{ path: FILE, text }], { projectName: 'demo', ...options });
  } catch (e) {
    if (e instanceof ComposeError) return e;
    throw e;
  }
  assert.fail('expected a load error');
}

/** The file text an error's range covers. */
function covered(text: string, e: ComposeError): string {
  assert.ok(e.range, `no range on: ${e.message}`);
  return text.slice(e.range[0], e.range[1]);
}

interface Case {
  id: string;
  text: string;
  message: string;
  /** The text the error's range must cover exactly. */
  covers: string;
  options?: LoadOptions;
}

const CASES: Case[] = [
  {
    id: 'network_mode with networks',
    text: 'services:\n  a:\n    image: busybox\n    network_mode: host\n    networks: [x]\nnetworks:\n  x: {}\n',
    message: 'service a declares mutually exclusive `network_mode` and `networks`: invalid compose project',
    covers: 'networks: [x]',
  },
  {
    id: 'network_mode: bridge with networks (map form)',
    text: 'services:\n  myservice1:\n    image: busybox\n    network_mode: bridge\n    networks:\n      x:\n        aliases: [y]\nnetworks:\n  x: {}\n',
    message: 'service myservice1 declares mutually exclusive `network_mode` and `networks`: invalid compose project',
    covers: 'networks:\n      x:\n        aliases: [y]',
  },
  {
    id: 'service:nope on a full load',
    text: 'services:\n  a:\n    image: busybox\n    network_mode: "service:nope"\n',
    message: 'service "a" depends on undefined service "nope": invalid compose project',
    covers: '"service:nope"',
  },
  {
    id: 'service:nope with normalisation skipped',
    text: 'services:\n  a:\n    image: busybox\n    network_mode: "service:nope"\n',
    message: 'service "nope" not found for network_mode \'service:nope\'',
    covers: '"service:nope"',
    options: { skipNormalization: true },
  },
  {
    id: 'undefined network',
    text: 'services:\n  a:\n    image: busybox\n    networks: [missing]\n',
    message: 'service "a" refers to undefined network missing: invalid compose project',
    covers: 'missing',
  },
  {
    id: 'undefined depends_on',
    text: 'services:\n  a:\n    image: busybox\n    depends_on:\n      ghost:\n        condition: service_started\n',
    message: 'service "a" depends on undefined service "ghost": invalid compose project',
    covers: 'ghost:\n        condition: service_started',
  },
  {
    id: 'links to an undefined service (implicit depends_on)',
    text: 'services:\n  a:\n    image: busybox\n    links: ["db:database"]\n',
    message: 'service "a" depends on undefined service "db": invalid compose project',
    covers: '"db:database"',
  },
  {
    id: 'no image',
    text: 'services:\n  a:\n    command: echo hi\n',
    message: 'service "a" has neither an image nor a build context specified: invalid compose project',
    covers: 'a',
  },
  {
    id: 'dependency cycle',
    text: 'services:\n  a:\n    image: busybox\n    depends_on: [b]\n  b:\n    image: busybox\n    depends_on: [a]\n',
    message: 'dependency cycle detected: a -> b -> a',
    covers: 'b',
  },
  {
    id: 'cycle through network_mode and links',
    text: 'services:\n  x:\n    image: busybox\n    network_mode: service:y\n  y:\n    image: busybox\n    links: [x]\n',
    message: 'dependency cycle detected: x -> y -> x',
    covers: 'service:y',
  },
  {
    id: 'schema: unknown key under a service network',
    text: 'services:\n  a:\n    image: busybox\n    networks:\n      x:\n        foo: 1\nnetworks:\n  x: {}\n',
    message: `validating ${FILE}: services.a.networks.x additional properties 'foo' not allowed`,
    covers: 'foo: 1',
  },
  {
    id: 'schema: unknown service key',
    text: 'services:\n  a:\n    image: busybox\n    netwrks: [x]\n',
    message: `validating ${FILE}: services.a additional properties 'netwrks' not allowed`,
    covers: 'netwrks: [x]',
  },
  {
    id: 'schema: unknown network key',
    text: 'services:\n  a:\n    image: busybox\nnetworks:\n  x:\n    subnet: 10.0.0.0/8\n',
    message: `validating ${FILE}: networks.x additional properties 'subnet' not allowed`,
    covers: 'subnet: 10.0.0.0/8',
  },
  {
    id: 'schema: unknown top-level key',
    text: 'service:\n  a:\n    image: busybox\n',
    message: `validating ${FILE}:  additional properties 'service' not allowed`,
    covers: 'service:\n  a:\n    image: busybox',
  },
  {
    id: 'schema: wrong type',
    text: 'services:\n  a:\n    image: [busybox]\n',
    message: `validating ${FILE}: services.a.image must be a string`,
    covers: '[busybox]',
  },
  {
    id: 'schema: external of the wrong type',
    text: 'services:\n  a:\n    image: busybox\nnetworks:\n  x:\n    external: [1]\n',
    message: `validating ${FILE}: networks.x.external must be a boolean, mapping or string`,
    covers: '[1]',
  },
  {
    id: 'schema: depends_on entry without condition',
    text: 'services:\n  a:\n    image: busybox\n    depends_on:\n      b: {}\n  b:\n    image: busybox\n',
    message: `validating ${FILE}: services.a.depends_on.b missing property 'condition'`,
    covers: '{}',
  },
  {
    id: 'schema: x- extensions are allowed, other unknowns are not',
    text: 'x-common: &c {}\nservices:\n  a:\n    image: busybox\n    x-note: hi\n    bogus: 1\n',
    message: `validating ${FILE}: services.a additional properties 'bogus' not allowed`,
    covers: 'bogus: 1',
  },
  {
    id: 'external.name conflicting with name',
    text: 'services:\n  a:\n    image: busybox\n    networks: [x]\nnetworks:\n  x:\n    name: one\n    external:\n      name: two\n',
    message: 'networks.x: name and external.name conflict; only use name',
    covers: 'two',
  },
  {
    id: 'port host_ip that is not an IP (long syntax)',
    text: 'services:\n  a:\n    image: busybox\n    ports:\n      - target: 80\n        host_ip: 1.2.3\n',
    message: 'services.a.ports.[]: invalid ip address: 1.2.3',
    covers: 'target: 80\n        host_ip: 1.2.3',
  },
  {
    id: 'port host_ip that is not an IP (short syntax)',
    text: 'services:\n  a:\n    image: busybox\n    ports: ["localhost:8080:80"]\n',
    message: 'services.a.ports.[]: invalid ip address: localhost',
    covers: '"localhost:8080:80"',
  },
  {
    id: 'top level not a mapping',
    text: '- a\n- b\n',
    message: 'top-level object must be a mapping',
    covers: '- a\n- b',
  },
];

describe('compose-go load errors (loader.LoadWithContext)', () => {
  for (const c of CASES) {
    it(c.id, () => {
      const e = loadError(c.text, c.options);
      if (c.message.endsWith(': ')) assert.ok(e.message.startsWith(c.message), e.message);
      else assert.equal(e.message, c.message);
      assert.equal(e.file ?? FILE, FILE);
      assert.equal(covered(c.text, e), c.covers);
    });
  }

  it('a YAML syntax error names the file, line and column, with the range of the bad text', () => {
    const text = 'services:\n  a:\n    image: busybox\n   ports: 1\n';
    const e = loadError(text);
    assert.equal(
      e.message,
      `failed to parse ${FILE}: yaml: line 4, column 1: All mapping items must start at the same column`,
    );
    assert.equal(e.range![0], text.indexOf('   ports'));
  });

  it('a duplicate key is a syntax error', () => {
    const e = loadError('services:\n  a:\n    image: busybox\n    image: nginx\n');
    assert.match(
      e.message,
      /^failed to parse \/home\/learner\/demo\/compose.yaml: yaml: line 4, column 5: Map keys must be unique/,
    );
  });

  it('a schema error for a command that is not a string or list', () => {
    assert.equal(
      loadError('services:\n  a:\n    image: busybox\n    command: true\n').message,
      `validating ${FILE}: services.a.command must be a null`,
    );
  });

  it('an empty file', () => {
    assert.equal(loadError('').message, 'empty compose file');
    assert.equal(loadError('version: "3"\n').message, 'empty compose file');
  });

  it('network_mode: container:x is not validated', () => {
    assert.doesNotThrow(() =>
      loadProject(
        [{ path: FILE, text: 'services:\n  a:\n    image: busybox\n    network_mode: container:whatever\n' }],
        { projectName: 'demo' },
      ),
    );
  });

  it('the deprecated external.name warns and names the network', () => {
    const text =
      'services:\n  a:\n    image: busybox\n    networks: [x]\nnetworks:\n  x:\n    external:\n      name: shared\n';
    const loaded = loadProject([{ path: FILE, text }], { projectName: 'demo' });
    assert.deepEqual(
      loaded.warnings.map((w) => w.message),
      ['networks.x: external.name is deprecated. Please set name and external: true'],
    );
    assert.equal(loaded.project.networks[0]!.name, 'shared');
    assert.equal(loaded.project.networks[0]!.external, true);
  });

  it('version is obsolete (warning with its range)', () => {
    const text = 'version: "3.8"\nservices:\n  a:\n    image: busybox\n';
    const loaded = loadProject([{ path: FILE, text }], { projectName: 'demo' });
    assert.equal(
      loaded.warnings[0]!.message,
      `${FILE}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`,
    );
    assert.equal(text.slice(...loaded.warnings[0]!.range!), '"3.8"');
  });

  it('diagnoseComposeText returns the error with its range, or undefined', () => {
    assert.equal(diagnoseComposeText(FILE, 'services:\n  a:\n    image: busybox\n'), undefined);
    const e = diagnoseComposeText(FILE, 'services:\n  a:\n    image: busybox\n    networks: [nope]\n');
    assert.equal(e?.message, 'service "a" refers to undefined network nope: invalid compose project');
  });

  it('the command prints the message and exits 1, creating nothing', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    network_mode: host\n    networks: [x]\nnetworks:\n  x: {}\n',
    });
    const { steps, lab } = replayIn(dir, ['docker compose up -d']);
    assert.equal(steps[0]!.exitCode, 1);
    assert.equal(
      steps[0]!.stderr,
      'service a declares mutually exclusive `network_mode` and `networks`: invalid compose project\n',
    );
    assert.equal(lab.containers.size, 0);
    assert.equal(lab.networks.size, 3);
  });

  it('a schema error through the command names the absolute file', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    networks:\n      x:\n        foo: 1\nnetworks:\n  x: {}\n',
    });
    const step = replayIn(dir, ['docker compose config']).steps[0]!;
    assert.equal(
      step.stderr,
      `validating ${dir}/compose.yaml: services.a.networks.x additional properties 'foo' not allowed\n`,
    );
  });
});

describe('compose model ranges', () => {
  const text = [
    'services:',
    '  web:',
    '    image: nginx',
    '    ports:',
    '      - "8080:80"',
    '      - target: 443',
    '        published: 8443',
    '    networks:',
    '      front:',
    '        aliases: [www]',
    '        ipv4_address: 10.1.0.5',
    '  side:',
    '    image: busybox',
    '    network_mode: "service:web"',
    'networks:',
    '  front:',
    '    ipam:',
    '      config:',
    '        - subnet: 10.1.0.0/24',
    '',
  ].join('\n');
  const loaded = loadProject([{ path: FILE, text }], { projectName: 'demo' });
  const at = (r: readonly [number, number] | undefined) => (r ? text.slice(r[0], r[1]) : undefined);

  it('services, keys and values keep their offsets', () => {
    const web = loaded.files[0]!.services[0]!;
    assert.equal(at(web.keyRange), 'web');
    assert.equal(at(web.image?.range), 'nginx');
    assert.deepEqual(
      web.keys.map((k) => [k.key, at(k.keyRange)]),
      [
        ['image', 'image'],
        ['ports', 'ports'],
        ['networks', 'networks'],
      ],
    );
    assert.equal(at(web.ports[0]!.range), '"8080:80"');
    assert.equal(at(web.ports[1]!.range), 'target: 443\n        published: 8443');
    assert.equal(web.ports[1]!.spec, '8443:443/tcp');
    const front = web.networks!.entries[0]!;
    assert.equal(at(front.keyRange), 'front');
    assert.equal(at(front.aliases[0]!.range), 'www');
    assert.equal(at(front.ipv4Address!.range), '10.1.0.5');
    const side = loaded.files[0]!.services[1]!;
    assert.equal(at(side.networkMode!.range), '"service:web"');
    const net = loaded.files[0]!.networks[0]!;
    assert.equal(at(net.keyRange), 'front');
    assert.equal(at(net.ipam!.config[0]!.subnet!.range), '10.1.0.0/24');
  });

  it('implicit parts point at what implied them', () => {
    const side = loaded.project.services.find((s) => s.name === 'side')!;
    assert.equal(side.dependsOn[0]!.implicit, 'network_mode');
    assert.equal(at(side.dependsOn[0]!.range), '"service:web"');
    assert.deepEqual(side.networks, []);
  });

  it('the plan: networks by key, containers in start order, aliases and shared namespace', () => {
    const plan = planProject(loaded.project);
    assert.deepEqual(
      plan.networks.map((n) => n.name),
      ['demo_front'],
    );
    assert.deepEqual(
      plan.containers.map((c) => c.name),
      ['demo-web-1', 'demo-side-1'],
    );
    assert.deepEqual(plan.containers[0]!.options.endpoints['demo_front']?.aliases, ['demo-web-1', 'web', 'www']);
    assert.equal(plan.containers[1]!.shareNamespaceWith, 'web');
  });
});

describe('project name normalisation (compose-go NormalizeProjectName)', () => {
  const cases: [string, string][] = [
    ['demo', 'demo'],
    ['My App', 'myapp'],
    ['Shop_App.v2', 'shop_appv2'],
    ['--x', 'x'],
    ['_-A-b', 'a-b'],
    ['日本', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () =>
      assert.equal(normalizeProjectName(input), expected));
  }

  it('an empty name from the folder is an error', () => {
    const e = loadError('services:\n  a:\n    image: busybox\n', { projectName: '', workingDir: '/srv/___' });
    assert.equal(e.message, 'project name must not be empty');
  });
});

describe('YAML anchors and merge keys', () => {
  it('an x- anchor merged into services with <<, and an alias as a whole value', () => {
    const text =
      'x-base: &base\n  image: busybox\n  command: sleep 3600\nservices:\n  a:\n    <<: *base\n    hostname: aa\n  b: *base\n';
    const { project } = loadProject([{ path: FILE, text }], { projectName: 'demo' });
    const a = project.services.find((s) => s.name === 'a')!;
    assert.equal(a.image, 'busybox');
    assert.deepEqual(a.command, ['sleep', '3600']);
    assert.equal(a.hostname, 'aa');
    assert.equal(project.services.find((s) => s.name === 'b')!.image, 'busybox');
    assert.equal(text.slice(...a.source.image!.range), 'busybox');
  });
});
