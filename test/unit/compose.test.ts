// docker/compose pkg/compose and compose-go loader: `docker compose` replayed through command lines against compose
// files written to a temporary folder (the session's cwd).
import * as assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../../src/commandLine/session';
import { composeDir, lastIn, replayIn } from './composeFixture';
import type { Step } from './transcript';

const WEB_AND_DB = 'services:\n  web:\n    image: nginx\n  db:\n    image: redis\n';

describe('docker compose up (compose-go normalize.go, docker/compose create.go)', () => {
  it('one demo_default bridge network, demo-web-1 and demo-db-1; db resolves by service name, container name and short ID', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const { steps, lab } = replayIn(dir, ['docker compose up -d']);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    const nets = [...lab.networks.values()].filter((n) => n.composeProject === 'demo');
    assert.deepEqual(
      nets.map((n) => [n.name, n.driver]),
      [['demo_default', 'bridge']],
    );
    assert.deepEqual(nets[0]!.labels, {
      'com.docker.compose.network': 'default',
      'com.docker.compose.project': 'demo',
      'com.docker.compose.version': '5.5.0',
    });
    const web = lab.containerByName('demo-web-1')!;
    const db = lab.containerByName('demo-db-1')!;
    assert.equal(web.state, 'running');
    assert.equal(db.state, 'running');
    assert.deepEqual(web.networks['demo_default']!.aliases, ['demo-web-1', 'web']);
    const session = new Session(lab, { cwd: dir });
    const dbIp = session
      .execute("docker inspect -f '{{.NetworkSettings.Networks.demo_default.IPAddress}}' demo-db-1")
      .output.stdout.trim();
    assert.match(dbIp, /^172\.18\.0\.\d+$/);
    for (const name of ['db', 'demo-db-1', db.id.slice(0, 12)]) {
      // nginx has no nslookup: ask from a busybox sharing web's namespace (and resolv.conf).
      const out = session.execute(`docker run --rm --network container:demo-web-1 busybox nslookup ${name}`).output;
      assert.equal(out.exitCode, 0, out.stdout + out.stderr);
      assert.ok(out.stdout.includes(`Address: ${dbIp}`), `${name}:\n${out.stdout}`);
    }
  });

  it('prints compose v5 plain progress lines on stderr, networks then creates then starts in dependency order', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker compose up -d']);
    assert.equal(step.stdout, '');
    assert.equal(
      step.stderr,
      [
        ' Network demo_default Creating ',
        ' Network demo_default Created ',
        ' Container demo-db-1 Creating ',
        ' Container demo-db-1 Created ',
        ' Container demo-web-1 Creating ',
        ' Container demo-web-1 Created ',
        ' Container demo-db-1 Starting ',
        ' Container demo-db-1 Started ',
        ' Container demo-web-1 Starting ',
        ' Container demo-web-1 Started ',
        '',
      ].join('\n'),
    );
  });

  it('depends_on orders creation and start: the dependency first', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    command: sleep 3600\n    depends_on: [b]\n  b:\n    image: busybox\n    command: sleep 3600\n',
    });
    const step = lastIn(dir, ['docker compose up -d']);
    assert.ok(
      step.stderr.indexOf('Container demo-b-1 Creating') < step.stderr.indexOf('Container demo-a-1 Creating'),
      step.stderr,
    );
    assert.ok(
      step.stderr.indexOf('Container demo-b-1 Started') < step.stderr.indexOf('Container demo-a-1 Starting'),
      step.stderr,
    );
  });

  it('a second up leaves running containers alone', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker compose up -d', 'docker compose up -d']);
    assert.equal(step.exitCode, 0);
    assert.equal(step.stderr, ' Container demo-db-1 Running \n Container demo-web-1 Running \n');
  });

  it('up without -d runs detached and says so in one line', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker compose up']);
    assert.equal(step.exitCode, 0);
    const lines = step.stderr.trimEnd().split('\n');
    assert.equal(
      lines[lines.length - 1],
      'The lab cannot attach to containers: project demo was started detached, as with `up -d`.',
    );
  });

  it('aliases: a configured alias and the service name resolve from another service on the same network', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  web:\n    image: nginx\n    networks:\n      app:\n        aliases: [www]\n  client:\n    image: busybox\n    command: sleep 3600\n    networks: [app]\nnetworks:\n  app: {}\n',
    });
    const { steps } = replayIn(dir, [
      'docker compose up -d',
      'docker exec demo-client-1 nslookup web',
      'docker exec demo-client-1 nslookup www',
      'docker exec demo-client-1 wget -q -O - http://web',
    ]);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.ok(steps[1]!.stdout.includes('Address: 172.18.0.'), steps[1]!.stdout);
    assert.ok(steps[2]!.stdout.includes('Address: 172.18.0.'), steps[2]!.stdout);
    assert.equal(steps[3]!.exitCode, 0, steps[3]!.stderr);
  });

  it("network_mode: service:x shares x's namespace (container:<id>), and x starts first", () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  side:\n    image: busybox\n    command: sleep 3600\n    network_mode: "service:app"\n  app:\n    image: busybox\n    command: sleep 3600\n',
    });
    const { steps, lab } = replayIn(dir, [
      'docker compose up -d',
      'docker exec demo-app-1 readlink /proc/self/ns/net',
      'docker exec demo-side-1 readlink /proc/self/ns/net',
    ]);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.equal(lab.containerByName('demo-side-1')!.networkMode, `container:${lab.containerByName('demo-app-1')!.id}`);
    assert.equal(steps[1]!.stdout, steps[2]!.stdout);
    assert.deepEqual(lab.containerByName('demo-side-1')!.networks, {});
  });

  it('host, none and bridge modes pass through; bridge gets no aliases', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  h:\n    image: busybox\n    command: sleep 3600\n    network_mode: host\n  n:\n    image: busybox\n    command: sleep 3600\n    network_mode: none\n  b:\n    image: busybox\n    command: sleep 3600\n    network_mode: bridge\n',
    });
    const { steps, lab } = replayIn(dir, ['docker compose up -d']);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.equal(lab.containerByName('demo-h-1')!.networkMode, 'host');
    assert.equal(lab.containerByName('demo-n-1')!.networkMode, 'none');
    assert.deepEqual(lab.containerByName('demo-b-1')!.networks['bridge']!.aliases, []);
    assert.ok(
      ![...lab.networks.values()].some((n) => n.name === 'demo_default'),
      'no default network when every service has a network_mode',
    );
  });

  it('ports, expose, dns, extra_hosts, hostname and container_name are passed through', () => {
    const dir = composeDir({
      'compose.yaml': [
        'services:',
        '  web:',
        '    image: nginx',
        '    container_name: front',
        '    hostname: webhost',
        '    ports: ["8080:80", {target: 443, published: "8443", protocol: tcp}]',
        '    expose: ["9000"]',
        '    dns: 8.8.8.8',
        '    extra_hosts: {gw: 10.0.0.1}',
        '',
      ].join('\n'),
    });
    const { steps, lab } = replayIn(dir, [
      'docker compose up -d',
      'docker port front',
      'docker exec front cat /etc/hosts',
      'docker exec front hostname',
    ]);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    const c = lab.containerByName('front')!;
    assert.deepEqual(c.dns, ['8.8.8.8']);
    assert.deepEqual(c.extraHosts, ['gw:10.0.0.1']);
    assert.ok(c.exposedPorts.includes('9000/tcp'));
    assert.ok(steps[1]!.stdout.includes('80/tcp -> 0.0.0.0:8080'), steps[1]!.stdout);
    assert.ok(steps[1]!.stdout.includes('443/tcp -> 0.0.0.0:8443'), steps[1]!.stdout);
    assert.ok(steps[2]!.stdout.includes('10.0.0.1\tgw'), steps[2]!.stdout);
    assert.equal(steps[3]!.stdout, 'webhost\n');
  });

  it("service:db plus ports fails with the engine's message", () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  db:\n    image: redis\n  app:\n    image: busybox\n    network_mode: "service:db"\n    ports: ["8080:80"]\n',
    });
    const step = lastIn(dir, ['docker compose up -d']);
    assert.equal(step.exitCode, 1);
    assert.ok(
      step.stderr.includes(
        ' Container demo-app-1 Error response from daemon: conflicting options: port publishing and the container type network mode \n',
      ),
      step.stderr,
    );
    assert.ok(
      step.stderr.endsWith(
        'Error response from daemon: conflicting options: port publishing and the container type network mode\n',
      ),
      step.stderr,
    );
  });

  it('a missing external network', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    networks: [ext]\nnetworks:\n  ext:\n    external: true\n',
    });
    const step = lastIn(dir, ['docker compose up -d']);
    assert.equal(step.exitCode, 1);
    assert.equal(step.stderr, 'network ext declared as external, but could not be found\n');
  });

  it('an existing external network is used by its key as the name, and is not created or removed', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    command: sleep 3600\n    networks: [ext]\nnetworks:\n  ext:\n    external: true\n',
    });
    const { steps, lab } = replayIn(dir, ['docker network create ext', 'docker compose up -d', 'docker compose down']);
    assert.equal(steps[1]!.exitCode, 0, steps[1]!.stderr);
    assert.ok(!steps[1]!.stderr.includes('Network'), steps[1]!.stderr);
    assert.ok(lab.findNetwork('ext'));
  });

  it('a network with name: is created under that exact name', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    command: sleep 3600\n    networks: [custom]\nnetworks:\n  custom:\n    name: my-app-net\n',
    });
    const { steps, lab } = replayIn(dir, ['docker compose up -d']);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.ok(steps[0]!.stderr.includes(' Network my-app-net Created '), steps[0]!.stderr);
    assert.equal(lab.findNetwork('my-app-net')?.composeProject, 'demo');
    assert.ok(lab.containerByName('demo-a-1')!.networks['my-app-net']);
  });

  it('a same-named network not created by compose gives the warning and is reused', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker network create demo_default', 'docker compose up -d']);
    assert.equal(step.exitCode, 0, step.stderr);
    assert.ok(
      step.stderr.includes(
        'level=warning msg="a network with name demo_default exists but was not created by compose.\\nSet `external: true` to use an existing network"',
      ),
      step.stderr,
    );
    assert.ok(!step.stderr.includes('Network demo_default Creating'));
  });

  it('ipam, internal and labels reach the network create request', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n    command: sleep 3600\n    networks:\n      back:\n        ipv4_address: 10.5.0.9\nnetworks:\n  back:\n    internal: true\n    labels: [tier=db]\n    ipam:\n      config:\n        - subnet: 10.5.0.0/24\n          gateway: 10.5.0.254\n',
    });
    const { steps, lab } = replayIn(dir, ['docker compose up -d', 'docker exec demo-a-1 ip -o addr show eth0']);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    const net = lab.findNetwork('demo_back')!;
    assert.equal(net.internal, true);
    assert.equal(net.labels['tier'], 'db');
    assert.deepEqual(net.subnets, [{ subnet: '10.5.0.0/24', gateway: '10.5.0.254', ipRange: '' }]);
    assert.ok(steps[1]!.stdout.includes('inet 10.5.0.9/24'), steps[1]!.stdout);
  });
});

describe('docker compose down / ps / config', () => {
  it("down stops and removes the project's containers (dependents first) and networks", () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const { steps, lab } = replayIn(dir, [
      'docker run -d --name other busybox top',
      'docker compose up -d',
      'docker compose down',
    ]);
    assert.equal(steps[2]!.exitCode, 0, steps[2]!.stderr);
    assert.equal(
      steps[2]!.stderr,
      [
        ' Container demo-web-1 Stopping ',
        ' Container demo-web-1 Stopped ',
        ' Container demo-web-1 Removing ',
        ' Container demo-web-1 Removed ',
        ' Container demo-db-1 Stopping ',
        ' Container demo-db-1 Stopped ',
        ' Container demo-db-1 Removing ',
        ' Container demo-db-1 Removed ',
        ' Network demo_default Removing ',
        ' Network demo_default Removed ',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      [...lab.containers.values()].map((c) => c.name),
      ['other'],
    );
    assert.deepEqual([...lab.networks.values()].map((n) => n.name).sort(), ['bridge', 'host', 'none']);
  });

  it('down with nothing to remove warns', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker compose down']);
    assert.equal(step.exitCode, 0);
    assert.ok(step.stderr.includes('msg="Warning: No resource found to remove for project \\"demo\\"."'), step.stderr);
  });

  it('down -p NAME works without a file', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const empty = composeDir({}, 'elsewhere');
    const { lab } = replayIn(dir, ['docker compose up -d']);
    const out = new Session(lab, { cwd: empty }).execute('docker compose -p demo down').output;
    assert.equal(out.exitCode, 0, out.stderr);
    assert.equal(lab.containers.size, 0);
  });

  it("ps lists the project's running containers by name", () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker run -d --name other busybox top', 'docker compose up -d', 'docker compose ps']);
    assert.equal(
      step.stdout,
      [
        'NAME         IMAGE     COMMAND                  SERVICE   CREATED        STATUS        PORTS',
        'demo-db-1    redis     "docker-entrypoint.s…"   db        1 second ago   Up 1 second   6379/tcp',
        'demo-web-1   nginx     "/docker-entrypoint.…"   web       1 second ago   Up 1 second   80/tcp',
        '',
      ].join('\n'),
    );
  });

  it('config prints the canonical model: default network filled in and named', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker compose config']);
    assert.equal(step.exitCode, 0, step.stderr);
    assert.equal(
      step.stdout,
      [
        'name: demo',
        'services:',
        '  db:',
        '    image: redis',
        '    networks:',
        '      default: null',
        '  web:',
        '    image: nginx',
        '    networks:',
        '      default: null',
        'networks:',
        '  default:',
        '    name: demo_default',
        '',
      ].join('\n'),
    );
  });

  it('config shows implicit depends_on from network_mode and links', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  a:\n    image: busybox\n  b:\n    image: busybox\n    network_mode: service:a\n  c:\n    image: busybox\n    links: ["a:alpha"]\n',
    });
    const out = lastIn(dir, ['docker compose config']).stdout;
    assert.ok(
      out.includes(
        '  b:\n    depends_on:\n      a:\n        condition: service_started\n        restart: true\n        required: true\n',
      ),
      out,
    );
    assert.ok(out.includes('  c:\n    depends_on:\n      a:\n'), out);
  });
});

describe('compose files and project names', () => {
  it("no file: compose's message", () => {
    const dir = composeDir({});
    const step = lastIn(dir, ['docker compose up -d']);
    assert.equal(step.exitCode, 1);
    assert.equal(step.stderr, 'no configuration file provided: not found\n');
  });

  it('-f of a missing file: open /abs/path: no such file or directory', () => {
    const dir = composeDir({});
    const step = lastIn(dir, ['docker compose -f nope.yaml config']);
    assert.equal(step.exitCode, 1);
    assert.equal(step.stderr, `open ${join(dir, 'nope.yaml')}: no such file or directory\n`);
  });

  it("compose.yaml is preferred over docker-compose.yml (with compose-go's warning)", () => {
    const dir = composeDir({
      'compose.yaml': 'services:\n  one:\n    image: busybox\n',
      'docker-compose.yml': 'services:\n  two:\n    image: busybox\n',
    });
    const step = lastIn(dir, ['docker compose config']);
    assert.ok(step.stdout.includes('  one:'), step.stdout);
    assert.ok(step.stderr.includes('Found multiple config files with supported names: '), step.stderr);
  });

  it('docker-compose.yml is found when it is the only one, and the override file is merged', () => {
    const dir = composeDir({
      'docker-compose.yml': 'services:\n  one:\n    image: busybox\n',
      'compose.override.yml': 'services:\n  one:\n    image: alpine\n',
    });
    const step = lastIn(dir, ['docker compose config']);
    assert.ok(step.stdout.includes('    image: alpine'), step.stdout);
  });

  it('several -f files merge, later ones overriding', () => {
    const dir = composeDir({ 'a.yaml': WEB_AND_DB, 'b.yaml': 'services:\n  web:\n    image: httpd\n' });
    const step = lastIn(dir, ['docker compose -f a.yaml -f b.yaml config']);
    assert.ok(step.stdout.includes('  web:\n    image: httpd'), step.stdout);
    assert.ok(step.stdout.includes('  db:\n    image: redis'), step.stdout);
  });

  it('the folder name, lowercased and stripped to [a-z0-9_-], names the project', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB }, 'My App.v2');
    const { lab } = replayIn(dir, ['docker compose up -d']);
    assert.ok(lab.containerByName('myappv2-web-1'));
    assert.ok(lab.findNetwork('myappv2_default'));
  });

  it('top-level name: wins over the folder and is normalised; -p wins over both', () => {
    const dir = composeDir({ 'compose.yaml': `name: Shop\n${WEB_AND_DB}` });
    assert.ok(lastIn(dir, ['docker compose config']).stdout.startsWith('name: shop\n'));
    assert.ok(lastIn(dir, ['docker compose -p other config']).stdout.startsWith('name: other\n'));
  });

  it('-p must already be a valid name', () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, ['docker compose -p My_App config']);
    assert.equal(step.exitCode, 1);
    assert.equal(
      step.stderr,
      'invalid project name "My_App": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number\n',
    );
  });
});

describe('examples/compose/compose.yaml end to end', () => {
  const example = join(__dirname, '..', '..', '..', 'examples', 'compose', 'compose.yaml');

  it('up: networks shop_back and shop_front, four containers, alias, static IP, published port, shared namespace; down removes it all', () => {
    const dir = composeDir({}, 'anything');
    copyFileSync(example, join(dir, 'compose.yaml'));
    assert.ok(readFileSync(join(dir, 'compose.yaml'), 'utf8').includes('name: shop'));
    const { steps } = replayIn(dir, [
      'docker compose up -d',
      'docker exec shop-sidecar-1 nslookup backend',
      'docker run --rm --network container:shop-db-1 busybox ip -o addr show eth0',
      'docker exec shop-web-1 readlink /proc/self/ns/net',
      'docker exec shop-sidecar-1 readlink /proc/self/ns/net',
      'docker port shop-web-1',
      'docker run --rm --network container:shop-api-1 busybox nslookup web',
      'docker compose ps',
      'docker compose down',
      'docker ps -a -q',
      'docker network ls --format "{{.Name}}"',
    ]);
    const [up, alias, dbAddr, webNs, sideNs, port, webName, ps, down, psAfter, netsAfter] = steps.map((st) => st) as [
      Step,
      Step,
      Step,
      Step,
      Step,
      Step,
      Step,
      Step,
      Step,
      Step,
      Step,
    ];
    assert.equal(up.exitCode, 0, up.stderr);
    assert.ok(
      up.stderr.startsWith(
        ' Network shop_back Creating \n Network shop_back Created \n Network shop_front Creating \n Network shop_front Created \n',
      ),
      up.stderr,
    );
    assert.ok(
      up.stderr.indexOf('Container shop-web-1 Started') < up.stderr.indexOf('Container shop-sidecar-1 Starting'),
      up.stderr,
    );
    assert.ok(alias.stdout.includes('Address: 172.28.0.'), alias.stdout);
    assert.ok(dbAddr.stdout.includes('inet 172.28.0.10/16'), dbAddr.stdout);
    assert.equal(webNs.stdout, sideNs.stdout);
    assert.ok(port.stdout.includes('80/tcp -> 0.0.0.0:8080'), port.stdout);
    assert.equal(webName.exitCode, 0, webName.stdout);
    assert.deepEqual(
      ps.stdout
        .split('\n')
        .slice(1, -1)
        .map((l) => l.split(/\s+/)[0]),
      ['shop-api-1', 'shop-db-1', 'shop-sidecar-1', 'shop-web-1'],
    );
    assert.equal(down.exitCode, 0, down.stderr);
    assert.ok(
      down.stderr.indexOf('Container shop-sidecar-1 Removed') < down.stderr.indexOf('Container shop-web-1 Stopping'),
      down.stderr,
    );
    assert.equal(psAfter.stdout, '');
    assert.equal(netsAfter.stdout, 'bridge\nhost\nnone\n');
  });
});

describe('compose labels', () => {
  it("containers carry compose's labels, visible to docker inspect", () => {
    const dir = composeDir({ 'compose.yaml': WEB_AND_DB });
    const step = lastIn(dir, [
      'docker compose up -d',
      `docker inspect -f '{{index .Config.Labels "com.docker.compose.service"}} {{index .Config.Labels "com.docker.compose.project"}}' demo-web-1`,
    ]);
    assert.equal(step.stdout, 'web demo\n');
  });
});

describe('docker compose logs', () => {
  it("prefixes each container's lines with its name, padded", () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  web:\n    image: nginx\n  sidecar:\n    image: busybox\n    command: ["sleep", "3600"]\n    network_mode: "service:web"\n',
    });
    const { steps } = replayIn(dir, [
      'docker compose up -d',
      'docker exec demo-sidecar-1 wget -qO /dev/null http://localhost',
      'docker compose logs web',
    ]);
    const lines = steps[2]!.stdout.split('\n');
    assert.ok(lines[0]!.startsWith('demo-web-1  | /docker-entrypoint.sh: '), lines[0]);
    assert.match(
      lines[lines.length - 2]!,
      /^demo-web-1 {2}\| 127\.0\.0\.1 - - \[.*\] "GET \/ HTTP\/1\.1" 200 615 "-" "Wget" "-"$/,
    );
  });
});

describe('compose profiles and config listings', () => {
  const FILE = 'services:\n  web:\n    image: nginx\n  debug:\n    image: busybox\n    profiles: [debug]\n';

  it('a service whose profiles are all inactive is left out; --profile enables it', () => {
    const dir = composeDir({ 'compose.yaml': FILE });
    const { steps, lab } = replayIn(dir, [
      'docker compose config --services',
      'docker compose --profile debug config --services',
      'docker compose up -d',
    ]);
    assert.equal(steps[0]!.stdout, 'web\n');
    assert.equal(steps[1]!.stdout, 'web\ndebug\n');
    assert.equal(lab.containerByName('demo-debug-1'), undefined);
    assert.equal(lab.containerByName('demo-web-1')?.state, 'running');
  });

  it('COMPOSE_PROFILES in the project .env enables profiles too', () => {
    const dir = composeDir({ 'compose.yaml': FILE, '.env': 'COMPOSE_PROFILES=debug\n' });
    assert.equal(lastIn(dir, ['docker compose config --services']).stdout, 'web\ndebug\n');
  });

  it('down takes -v', () => {
    const dir = composeDir({ 'compose.yaml': FILE });
    const step = lastIn(dir, ['docker compose up -d', 'docker compose down -v']);
    assert.equal(step.exitCode, 0, step.stderr);
  });
});

describe('compose healthchecks and depends_on conditions', () => {
  const HEALTHY =
    'services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: redis\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n      interval: 2s\n';

  it('waits for a healthy dependency before starting the dependent', () => {
    const dir = composeDir({ 'compose.yaml': HEALTHY });
    const { steps } = replayIn(dir, ['docker compose up -d', "docker inspect -f '{{.State.Health.Status}}' demo-db-1"]);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.ok(
      steps[0]!.stderr.includes(
        ' Container demo-db-1 Started \n Container demo-db-1 Waiting \n Container demo-db-1 Healthy \n Container demo-web-1 Starting \n',
      ),
      steps[0]!.stderr,
    );
    assert.equal(steps[1]!.stdout, 'healthy\n');
  });

  it('a service_healthy dependency without a healthcheck stops the up, leaving the dependent created', () => {
    const dir = composeDir({ 'compose.yaml': HEALTHY.replace(/ {4}healthcheck:[\s\S]*$/, '') });
    const { steps, lab } = replayIn(dir, ['docker compose up -d']);
    assert.equal(steps[0]!.exitCode, 1);
    assert.ok(
      steps[0]!.stderr.includes(' Container demo-db-1 Error dependency db failed to start \n'),
      steps[0]!.stderr,
    );
    assert.ok(
      steps[0]!.stderr.endsWith('dependency failed to start: container demo-db-1 has no healthcheck configured\n'),
      steps[0]!.stderr,
    );
    assert.equal(lab.containerByName('demo-web-1')!.state, 'created');
  });
});

describe('docker run healthchecks', () => {
  it('(health: starting) until the first interval has passed, then (healthy)', () => {
    const { steps } = replayIn(composeDir({}), [
      "docker run -d --name hh --health-cmd 'curl -f localhost' --health-interval 5s nginx",
      'docker ps --format {{.Status}}',
      'sleep 5',
      'docker ps --format {{.Status}}',
    ]);
    assert.match(steps[1]!.stdout, /\(health: starting\)\n$/);
    assert.match(steps[3]!.stdout, /\(healthy\)\n$/);
  });
});

describe('compose environment, restart and healthcheck', () => {
  it('config prints them; containers get the environment', () => {
    const dir = composeDir({
      'compose.yaml':
        'services:\n  app:\n    image: busybox\n    command: ["sleep", "3600"]\n    restart: unless-stopped\n    environment:\n      A: 1\n      GREETING: hi\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 5s\n',
    });
    const { steps } = replayIn(dir, [
      'docker compose config',
      'docker compose up -d',
      "docker exec demo-app-1 sh -c 'echo $GREETING $A'",
    ]);
    assert.ok(steps[0]!.stdout.includes('    environment:\n      A: "1"\n      GREETING: hi\n'), steps[0]!.stdout);
    assert.ok(
      steps[0]!.stdout.includes('    healthcheck:\n      test:\n        - CMD\n        - "true"\n      interval: 5s\n'),
      steps[0]!.stdout,
    );
    assert.ok(steps[0]!.stdout.includes('    restart: unless-stopped\n'), steps[0]!.stdout);
    assert.equal(steps[2]!.stdout, 'hi 1\n');
  });
});

describe('resources no service uses (docker/compose pkg/compose/loader.go postProcessProject, compose-go WithoutUnnecessaryResources)', () => {
  const FILE = [
    'services:',
    '  web:',
    '    image: nginx',
    '    networks: [front]',
    '  db:',
    '    image: redis',
    '    networks: [back]',
    'networks:',
    '  front: {}',
    '  back: {}',
    '  spare: {}',
    '',
  ].join('\n');
  const NETWORKS = "docker network ls --format '{{.Name}}' --filter name=demo_";
  const ROWS: Array<{ id: string; lines: string[]; want: string }> = [
    {
      id: 'up creates only the networks a service joins',
      lines: ['docker compose up -d', NETWORKS],
      want: 'demo_back\ndemo_front\n',
    },
    {
      id: '--all-resources keeps the unused network, so up creates it',
      lines: ['docker compose --all-resources up -d', NETWORKS],
      want: 'demo_back\ndemo_front\ndemo_spare\n',
    },
    {
      id: 'up SERVICE keeps the networks of that service and its dependencies only',
      lines: ['docker compose up -d web', NETWORKS],
      want: 'demo_front\n',
    },
    {
      id: 'config leaves the unused network out',
      lines: ['docker compose config --format json | grep -c \'"spare"\''],
      want: '0\n',
    },
    {
      id: 'config --all-resources prints it',
      lines: ['docker compose --all-resources config --format json | grep -c \'"spare"\''],
      want: '1\n',
    },
  ];
  for (const row of ROWS) {
    it(row.id, () => {
      const dir = composeDir({ 'compose.yaml': FILE });
      assert.equal(lastIn(dir, row.lines).stdout, row.want);
    });
  }
});
