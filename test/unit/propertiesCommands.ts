// Generators of command lines for the property tests: a small vocabulary of docker and busybox
// lines that reaches the interesting paths (modes, static IPs, ports, shared namespaces, removal),
// plus garbage (random text, unbalanced quotes, unknown flags, empty values).
import * as fc from 'fast-check';

/** Container names. They are hex on purpose: a name nobody holds may still match an ID prefix, as in the engine. */
export const NAMES = ['aa', 'bb', 'cc'] as const;
/** User network names. */
export const NETWORKS = ['n1', 'n2', 'front'] as const;
export const HOST_PORTS = ['8080', '8081', '9000'] as const;

const name = fc.constantFrom(...NAMES);
const network = fc.constantFrom(...NETWORKS);
const octet = fc.integer({ min: 1, max: 3 });

/** An address inside one of the subnets `network create` may use (edges included). */
const staticIp = fc.tuple(octet, fc.constantFrom(2, 3, 4, 1, 255)).map(([x, host]) => `10.${x}.0.${host}`);
/** The prelude gives n1 10.1.0.0/24, n2 10.2.0.0/24, front 10.3.0.0/24 (when it gives a subnet). */
const subnetOctet = (net: string) => NETWORKS.indexOf(net as (typeof NETWORKS)[number]) + 1;
/** Mostly an address of the network's own subnet, sometimes any. */
const staticIpOn = (net: string): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(2, 3, 4, 1, 255).map((host) => `10.${subnetOctet(net)}.0.${host}`), weight: 3 },
    { arbitrary: staticIp, weight: 1 },
  );

const networkFlag: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: fc.constant<string[]>([]), weight: 3 },
  { arbitrary: fc.constantFrom('bridge', 'host', 'none').map((m) => [`--network ${m}`]), weight: 2 },
  { arbitrary: name.map((n) => [`--network container:${n}`]), weight: 3 },
  { arbitrary: network.map((n) => [`--network ${n}`]), weight: 4 },
  { arbitrary: network.chain((n) => staticIpOn(n).map((ip) => [`--network ${n}`, `--ip ${ip}`])), weight: 3 },
  // --ip on the default bridge is refused (moby validateEndpointSettings).
  { arbitrary: staticIp.map((ip) => [`--ip ${ip}`]), weight: 1 },
);

const publish: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...HOST_PORTS), fc.constantFrom('80', '6379', '1234')).map(([h, c]) => `-p ${h}:${c}`),
  fc.constantFrom(...HOST_PORTS).map((h) => `-p 127.0.0.1:${h}:80`),
  fc.constantFrom(...HOST_PORTS).map((h) => `-p ${h}:53/udp`),
  fc.constant('-p 8080-8081:80'),
  fc.constant('-p 80'),
  fc.constant('-P'),
);

const image: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('busybox top', 'nginx', 'redis', 'busybox sleep 1000'), weight: 4 },
  { arbitrary: fc.constantFrom('80', '1234', '8080').map((p) => `busybox nc -l -p ${p}`), weight: 2 },
  { arbitrary: fc.constantFrom('busybox true', 'busybox'), weight: 1 },
);

const runMode = fc.constantFrom('-d', '-d', '-dit', '--rm', '-d --rm', '');

/** `docker run` / `docker create` with a mode, maybe a name, a network, ports and an image. */
const runLine: fc.Arbitrary<string> = fc
  .record({
    verb: fc.constantFrom('run', 'run', 'run', 'create'),
    mode: runMode,
    name: fc.option(name, { nil: undefined, freq: 3 }),
    net: networkFlag,
    ports: fc.oneof(
      { arbitrary: fc.constant<string[]>([]), weight: 2 },
      { arbitrary: fc.array(publish, { minLength: 1, maxLength: 2 }), weight: 1 },
    ),
    image,
  })
  .map(({ verb, mode, name: n, net, ports, image: img }) => {
    const parts = ['docker', verb];
    if (verb === 'run' && mode) parts.push(mode);
    else if (verb === 'create' && mode.includes('-d')) parts.push('-it');
    if (n !== undefined) parts.push(`--name ${n}`);
    parts.push(...net, ...ports, img);
    return parts.join(' ');
  });

const lifecycleLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('start', 'stop', 'restart', 'rm', 'rm -f'), name).map(([v, n]) => `docker ${v} ${n}`),
  name.map((n) => `docker exec ${n} ip addr`),
);

const networkCreateNamed = (n: string): fc.Arbitrary<string> =>
  fc
    .record({
      internal: fc.constantFrom(false, false, false, true),
      subnet: fc.oneof(
        { arbitrary: fc.constant(subnetOctet(n)), weight: 3 },
        { arbitrary: fc.option(octet, { nil: undefined }), weight: 1 },
      ),
    })
    .map(({ internal, subnet }) =>
      [
        'docker network create',
        internal ? '--internal' : '',
        subnet !== undefined ? `--subnet 10.${subnet}.0.0/24` : '',
        n,
      ]
        .filter(Boolean)
        .join(' '),
    );
const networkCreate: fc.Arbitrary<string> = network.chain(networkCreateNamed);

const networkLine: fc.Arbitrary<string> = fc.oneof(
  networkCreate,
  fc
    .tuple(fc.constantFrom(...NETWORKS, 'bridge'), name, fc.option(staticIp, { nil: undefined, freq: 3 }))
    .map(([net, n, ip]) =>
      ip === undefined ? `docker network connect ${net} ${n}` : `docker network connect --ip ${ip} ${net} ${n}`,
    ),
  fc
    .tuple(fc.constantFrom(...NETWORKS, 'bridge', 'host', 'none'), name, fc.boolean())
    .map(([net, n, f]) => `docker network disconnect ${f ? '-f ' : ''}${net} ${n}`),
  fc.constantFrom(...NETWORKS, 'bridge').map((n) => `docker network rm ${n}`),
);

/** Lines the CLI must reject (or shrug off) without the simulator falling over. */
export const garbageLine: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'docker run "busybox',
    "docker run --name 'aa busybox top",
    'docker run --bogus busybox',
    'docker run -d --name= busybox top',
    'docker run -d --name "" busybox top',
    'docker run --network "" busybox',
    'docker run --network container: busybox',
    'docker run --network container:aa --network n1 busybox',
    'docker run -p : busybox',
    'docker run -p 99999:80 nginx',
    'docker run --ip "" --network n1 busybox',
    'docker run --ip 10.1.0.999 --network n1 busybox',
    'docker network create',
    "docker network create ''",
    'docker network create --subnet 10.1.0.1/24 n1',
    'docker network create --subnet nonsense n2',
    'docker network create --driver host n1',
    'docker network connect',
    'docker network rm',
    'docker rm',
    'docker stop --time',
    'docker exec',
    'docker exec aa',
    'docker',
    'docker ps -a',
    'docker network ls',
    'docker ps --nope',
    'exit',
    '',
    '   ',
    '\\',
    'docker run busybox echo "unterminated',
  ),
);

/** The compose file the property sessions find in their folder (/lab: project `lab`, network `lab_default`). */
export const COMPOSE_DIR = '/lab';
export const COMPOSE_FILE = [
  'services:',
  '  web:',
  '    image: nginx',
  '    networks:',
  '      default:',
  '        aliases: [www]',
  '  client:',
  '    image: busybox',
  '    command: top',
  '',
].join('\n');

/** Names a lookup asks for: containers, aliases, name.network, compose services, the outside, nothing. */
const lookupName = fc.constantFrom(...NAMES, 'www', 'aa.n1', 'bb.front', 'web', 'lab-web-1', 'example.com', 'nowhere');

/** A client to look from: a container of the session, or a throwaway one on a network. */
const lookupClient: fc.Arbitrary<string> = fc.oneof(
  name.map((n) => `docker exec ${n}`),
  fc.constantFrom(...NETWORKS, 'bridge', 'none', 'lab_default').map((n) => `docker run --rm --network ${n} busybox`),
);

/** nslookup, ping and wget: reads of the lab that go through its name and address indexes. */
export const lookupLine: fc.Arbitrary<string> = fc
  .tuple(lookupClient, fc.constantFrom('nslookup', 'ping -c 1', 'wget -qO- -T 1'), lookupName)
  .map(([client, tool, target]) => `${client} ${tool} ${tool.startsWith('wget') ? `http://${target}` : target}`);

const pauseLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('pause', 'unpause'), name)
  .map(([verb, n]) => `docker ${verb} ${n}`);

const aliasConnectLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...NETWORKS), name)
  .map(([net, n]) => `docker network connect --alias www ${net} ${n}`);

/** A named container on a user network: what a lookup just before may have missed. */
const startNamedLine: fc.Arbitrary<string> = fc
  .tuple(name, fc.constantFrom(...NETWORKS))
  .map(([n, net]) => `docker run -d --name ${n} --network ${net} busybox top`);

const composeLine: fc.Arbitrary<string> = fc.constantFrom(
  'docker compose up -d',
  'docker compose down',
  'docker compose stop web',
  'docker compose start web',
  'docker compose ps',
);

/** One line of the session vocabulary (mostly docker lines, some garbage). */
export const commandLine: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: runLine, weight: 5 },
  { arbitrary: lifecycleLine, weight: 6 },
  { arbitrary: networkLine, weight: 4 },
  { arbitrary: garbageLine, weight: 1 },
);

/** The session vocabulary plus lookups, pause/unpause, aliases and compose: for the replay property. */
export const widerLine: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: commandLine, weight: 6 },
  { arbitrary: lookupLine, weight: 3 },
  { arbitrary: startNamedLine, weight: 3 },
  { arbitrary: pauseLine, weight: 1 },
  { arbitrary: aliasConnectLine, weight: 1 },
  { arbitrary: composeLine, weight: 2 },
);

/** Most of the user networks and a few containers first (so later lines find them), then the session. */
const prelude: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.tuple(...NETWORKS.map((n) => fc.option(networkCreateNamed(n), { nil: undefined, freq: 5 }))),
    fc.array(runLine, { maxLength: 3 }),
  )
  .map(([nets, runs]) => [...nets.filter((l): l is string => l !== undefined), ...runs]);

export const commandLines = (maxLength = 25): fc.Arbitrary<string[]> =>
  fc.tuple(prelude, fc.array(commandLine, { maxLength })).map(([first, lines]) => [...first, ...lines]);

/** The prelude, then lines each after a lookup: a lookup before and after every change, where stale indexes show. */
export const lookupHistory = (maxLength = 12): fc.Arbitrary<string[]> =>
  fc
    .tuple(prelude, fc.array(fc.tuple(lookupLine, widerLine), { maxLength }), lookupLine)
    .map(([first, pairs, end]) => [...first, ...pairs.flat(), end]);

/** Tokens to glue into hostile lines: docker words, shell metacharacters, unicode, controls. */
const hostileToken: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'docker',
    'run',
    'create',
    'network',
    'connect',
    'exec',
    'rm',
    '-f',
    '-d',
    '-it',
    '--rm',
    '--name',
    '--network',
    '--net=',
    '--ip',
    '-p',
    '-P',
    'busybox',
    'nginx',
    'redis',
    'top',
    'sh',
    'nc',
    '-l',
    'container:',
    'container:aa',
    'aa',
    'n1',
    '"',
    "'",
    '\\',
    '|',
    '||',
    '&&',
    ';',
    '&',
    '>',
    '<',
    '$(',
    '`',
    '$',
    '${',
    '#',
    '=',
    '--',
    '-',
    '\t',
    '\n',
    '\r',
    '\u0000',
    // Names an object literal inherits: a lookup table keyed by command name must not find them.
    'valueOf',
    'toString',
    'constructor',
    '__proto__',
    'hasOwnProperty',
    '\u001b[31m',
    '\u00e9',
    '\u200b',
    '\ud83d\udc33',
    '\ud800',
    '10.1.0.2',
    '8080:80',
    '::',
    '[::1]:80:80',
    'ip',
    'addr',
    'exit',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

/** Arbitrary lines: pure random text, or hostile tokens glued with spaces or nothing. */
export const hostileLine: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .tuple(fc.array(hostileToken, { maxLength: 10 }), fc.constantFrom(' ', ''))
    .map(([tokens, sep]) => tokens.join(sep)),
  commandLine,
);
