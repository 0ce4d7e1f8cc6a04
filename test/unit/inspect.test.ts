// `docker inspect`: the JSON per mode (moby daemon/inspect.go, getPortMapInfo), `-f` templates, and errors.
import * as assert from 'node:assert/strict';
import { last, replay } from './transcript';

interface Case {
  id: string;
  lines: string[];
  exitCode?: number;
  stdout?: string;
  stderr?: string;
}

const WEB = 'docker run -d --name web busybox top';
const fmt = (template: string, ...names: string[]) => `docker inspect -f '${template}' ${names.join(' ')}`;

const CASES: Case[] = [
  {
    id: 'bridge: IPAddress, prefix and gateway',
    lines: [
      WEB,
      fmt('{{range .NetworkSettings.Networks}}{{.IPAddress}}/{{.IPPrefixLen}} via {{.Gateway}}{{end}}', 'web'),
    ],
    stdout: '172.17.0.2/16 via 172.17.0.1\n',
  },
  { id: 'bridge: NetworkMode', lines: [WEB, fmt('{{.HostConfig.NetworkMode}}', 'web')], stdout: 'bridge\n' },
  {
    // API 1.52 dropped the top-level fields (moby daemon/server/router/container/inspect.go getContainersByName).
    id: 'bridge: no legacy top-level IPAddress at API 1.52',
    lines: [WEB, fmt('{{.NetworkSettings.IPAddress}}', 'web')],
    exitCode: 1,
    stdout: '\n',
    stderr:
      'template parsing error: template: :1:18: executing "" at <.NetworkSettings.IPAddress>: map has no entry for key "IPAddress"\n',
  },
  {
    id: 'index on Networks',
    lines: [WEB, fmt('{{(index .NetworkSettings.Networks "bridge").IPAddress}}', 'web')],
    stdout: '172.17.0.2\n',
  },
  {
    id: 'Name, Status',
    lines: [WEB, fmt('{{.Name}} {{.State.Status}} {{.State.Running}}', 'web')],
    stdout: '/web running true\n',
  },
  {
    id: 'one line per object',
    lines: [WEB, 'docker run -d --name db busybox top', fmt('{{.Name}}', 'web', 'db')],
    stdout: '/web\n/db\n',
  },
  {
    id: 'DNSNames are null on the default bridge',
    lines: [WEB, fmt('{{json .NetworkSettings.Networks.bridge.DNSNames}}', 'web')],
    stdout: 'null\n',
  },
  {
    id: 'Networks in the api v1.52 EndpointSettings order',
    lines: [WEB, fmt('{{json .NetworkSettings.Networks}}', 'web')],
    stdout: '{"bridge":{"IPAMConfig":null,"Links":null,"Aliases":null,"DriverOpts":null,"GwPriority":0,"NetworkID":"',
  },
  {
    id: 'host mode: Ports is {}',
    lines: ['docker run -d --name hh --net=host -p 8080:80 nginx', fmt('{{json .NetworkSettings.Ports}}', 'hh')],
    stdout: '{}\n',
  },
  {
    id: 'host mode: host hostname, no address',
    lines: [
      'docker run -d --name hh --net=host busybox top',
      fmt('{{.Config.Hostname}} [{{.NetworkSettings.Networks.host.IPAddress}}]', 'hh'),
    ],
    // The typed EndpointSettings.IPAddress is a zero netip.Addr: Addr.String is "invalid IP".
    stdout: 'docker-host [invalid IP]\n',
  },
  {
    id: 'none: Networks.none.IPAddress is empty',
    lines: [
      'docker run -d --name nn --net=none busybox top',
      fmt('{{json .NetworkSettings.Networks.none.IPAddress}}', 'nn'),
    ],
    stdout: '""\n',
  },
  {
    id: 'container mode: no Networks, no sandbox',
    lines: [
      WEB,
      'docker run -d --name side --net container:web busybox top',
      fmt('{{json .NetworkSettings.Networks}} [{{.NetworkSettings.SandboxKey}}]', 'side'),
    ],
    stdout: '{} []\n',
  },
  {
    id: '-p: both address families',
    lines: ['docker run -d --name ng -p 8080:80 nginx', fmt('{{json .NetworkSettings.Ports}}', 'ng')],
    stdout: '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}]}\n',
  },
  {
    id: '-p: HostConfig keeps the request',
    lines: ['docker run -d --name ng -p 8080:80 nginx', fmt('{{json .HostConfig.PortBindings}}', 'ng')],
    stdout: '{"80/tcp":[{"HostIp":"","HostPort":"8080"}]}\n',
  },
  {
    id: '-P: an ephemeral port, no PortBindings',
    lines: [
      'docker run -d --name ng -P nginx',
      fmt('{{json .NetworkSettings.Ports}} {{json .HostConfig.PortBindings}} {{.HostConfig.PublishAllPorts}}', 'ng'),
    ],
    stdout: '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"32768"},{"HostIp":"::","HostPort":"32768"}]} {} true\n',
  },
  {
    id: 'exposed only: null',
    lines: ['docker run -d --name ng nginx', fmt('{{json .NetworkSettings.Ports}}', 'ng')],
    stdout: '{"80/tcp":null}\n',
  },
  {
    id: 'stopped: entry kept, addresses gone',
    lines: [
      WEB,
      'docker stop web',
      fmt(
        '{{.State.Status}} [{{.NetworkSettings.Networks.bridge.IPAddress}}] [{{.NetworkSettings.SandboxKey}}] {{json .NetworkSettings.Ports}}',
        'web',
      ),
    ],
    stdout: 'exited [invalid IP] [] {}\n',
  },
  { id: '-f json: compact array', lines: [WEB, 'docker inspect -f json web'], stdout: '[{"Id":"' },
  {
    id: 'missing object',
    lines: ['docker inspect nosuch'],
    exitCode: 1,
    stdout: '[]\n',
    stderr: 'error: no such object: nosuch\n',
  },
  {
    id: 'missing object with -f',
    lines: [WEB, fmt('{{.Name}}', 'nosuch', 'web')],
    exitCode: 1,
    stdout: '/web\n',
    stderr: 'error: no such object: nosuch\n',
  },
  {
    id: 'container inspect of a missing container',
    lines: ['docker container inspect nosuch'],
    exitCode: 1,
    stdout: '[]\n',
    stderr: 'Error response from daemon: No such container: nosuch\n',
  },
  {
    id: 'a network: IPAM.Config of bridge',
    lines: [fmt('{{json .IPAM.Config}}', 'bridge')],
    stdout: '[{"Subnet":"172.17.0.0/16","Gateway":"172.17.0.1"}]\n',
  },
  {
    id: 'containers come before networks',
    lines: ['docker run -d --name bridge busybox top', fmt('{{.Name}}', 'bridge')],
    stdout: '/bridge\n',
  },
  {
    id: "range over a network's IPAM.Config",
    lines: ['docker network create n1', fmt('{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}', 'n1')],
    stdout: '172.18.0.0/16 172.18.0.1\n',
  },
  {
    id: '--type network of a missing network',
    lines: ['docker inspect --type network nosuch'],
    exitCode: 1,
    stdout: '[]\n',
    stderr: 'Error response from daemon: network nosuch not found\n',
  },
  {
    id: '--type container skips networks',
    lines: ['docker inspect --type container bridge'],
    exitCode: 1,
    stderr: 'Error response from daemon: No such container: bridge\n',
  },
  {
    id: 'unknown --type',
    lines: [WEB, 'docker inspect --type bogus web'],
    exitCode: 1,
    stderr:
      'unknown type: "bogus": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"',
  },
  {
    id: 'no argument',
    lines: ['docker inspect'],
    exitCode: 1,
    stderr: "docker: 'docker inspect' requires at least 1 argument",
  },
  {
    id: 'missing key: raw fallback error',
    lines: [WEB, fmt('{{json .IPAM.Config}}', 'web')],
    exitCode: 1,
    stdout: '\n',
    // The field chain's position is its second field's (text/template/parse operand: newChain(peek().pos)).
    stderr:
      'template parsing error: template: :1:12: executing "" at <.IPAM.Config>: map has no entry for key "IPAM"\n',
  },
  {
    id: 'nil pointer',
    lines: [
      'docker run -d --name nn --net=none busybox top',
      fmt('{{(index .NetworkSettings.Networks "bridge").IPAddress}}', 'nn'),
    ],
    exitCode: 1,
    stderr: 'nil pointer evaluating interface {}.IPAddress',
  },
  {
    id: 'unknown function: parse error, exit 64',
    lines: [WEB, fmt('{{foo .Id}}', 'web')],
    exitCode: 64,
    stderr: 'template parsing error: template: :1: function "foo" not defined\n',
  },
  {
    id: 'unclosed action',
    lines: [WEB, fmt('{{.Name', 'web')],
    exitCode: 64,
    stderr: 'template parsing error: template: :1: unclosed action\n',
  },
  {
    id: 'range without end',
    lines: [WEB, fmt('{{range .NetworkSettings.Networks}}{{.IPAddress}}', 'web')],
    exitCode: 64,
    stderr: 'template parsing error: template: :1: unexpected EOF\n',
  },
  {
    id: 'stray end',
    lines: [WEB, fmt('{{end}}', 'web')],
    exitCode: 64,
    stderr: 'template parsing error: template: :1: unexpected {{end}}\n',
  },
];

describe('docker inspect', () => {
  for (const c of CASES) {
    it(c.id, () => {
      const step = last(c.lines);
      assert.equal(step.exitCode, c.exitCode ?? 0, step.stderr);
      if (c.stdout !== undefined) assert.ok(step.stdout.startsWith(c.stdout), `stdout was:\n${step.stdout}`);
      if (c.stderr !== undefined) assert.ok(step.stderr.includes(c.stderr), `stderr was:\n${step.stderr}`);
    });
  }

  it('bridge container: the fields a learner looks for', () => {
    const { steps, lab } = replay([WEB, 'docker inspect web']);
    const web = lab.containerByName('web')!;
    const out = steps[1]!.stdout;
    assert.match(out, /^\[\n {4}\{\n {8}"/);
    const [obj] = JSON.parse(out) as Array<Record<string, Record<string, unknown>>>;
    const settings = obj!['NetworkSettings']!;
    const bridge = (settings['Networks'] as Record<string, Record<string, unknown>>)['bridge']!;
    assert.equal(obj!['Id'], web.id);
    assert.equal(obj!['Name'], '/web');
    assert.deepEqual([bridge['IPAddress'], bridge['IPPrefixLen'], bridge['Gateway']], ['172.17.0.2', 16, '172.17.0.1']);
    assert.equal(bridge['MacAddress'], web.endpoints['bridge']!.mac);
    assert.match(bridge['MacAddress'], /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
    assert.equal(bridge['NetworkID'], lab.findNetwork('bridge')!.id);
    assert.equal(settings['IPAddress'], undefined);
    assert.match(settings['SandboxKey'] as string, /^\/var\/run\/docker\/netns\/[0-9a-f]{12}$/);
    assert.equal(obj!['HostConfig']!['NetworkMode'], 'bridge');
    assert.equal(obj!['ResolvConfPath'], `/var/lib/docker/containers/${web.id}/resolv.conf`);
    assert.match(obj!['Image'] as unknown as string, /^sha256:[0-9a-f]{64}$/);
    // API 1.52: the struct as is (compat.Wrap without extra fields), keys in InspectResponse field order.
    assert.deepEqual(Object.keys(obj!).slice(0, 3), ['Id', 'Created', 'Path']);
    assert.deepEqual(Object.keys(settings), ['SandboxID', 'SandboxKey', 'Ports', 'Networks']);
  });

  it('host and none containers keep the struct order and no top-level address fields', () => {
    const { steps } = replay(['docker run -d --name hh --net host busybox top', 'docker inspect hh']);
    const [obj] = JSON.parse(steps[1]!.stdout) as Array<Record<string, Record<string, unknown>>>;
    assert.equal(Object.keys(obj!)[0], 'Id');
    assert.deepEqual(Object.keys(obj!['NetworkSettings']!), ['SandboxID', 'SandboxKey', 'Ports', 'Networks']);
    assert.equal(obj!['NetworkSettings']!['SandboxKey'], '/var/run/docker/netns/default');
  });

  it('host mode warns and Ports stays {}', () => {
    const { steps } = replay([
      'docker run -d --name hh --net=host -p 8080:80 busybox top',
      fmt('{{json .NetworkSettings.Ports}}', 'hh'),
    ]);
    assert.ok(steps[0]!.stderr.includes('WARNING: Published ports are discarded when using host network mode'));
    assert.equal(steps[1]!.stdout, '{}\n');
  });

  it("container mode: NetworkMode has the full ID, hostname and files are the owner's", () => {
    const { steps, lab } = replay([
      WEB,
      'docker run -d --name side --net container:web busybox top',
      fmt('{{.HostConfig.NetworkMode}} {{.Config.Hostname}} {{.HostsPath}}', 'side'),
    ]);
    const web = lab.containerByName('web')!;
    assert.equal(
      steps[2]!.stdout,
      `container:${web.id} ${web.id.slice(0, 12)} /var/lib/docker/containers/${web.id}/hosts\n`,
    );
  });

  it('user-defined network: DNSNames are name, aliases, short ID and hostname (moby buildEndpointDNSNames)', () => {
    const { steps, lab } = replay([
      'docker network create app',
      'docker run -d --name web --network app --network-alias www busybox top',
      'docker run -d --name db --network app -h dbhost busybox top',
      fmt('{{json .NetworkSettings.Networks.app.DNSNames}} {{.NetworkSettings.Networks.app.IPAddress}}', 'web', 'db'),
    ]);
    const short = (name: string) => lab.containerByName(name)!.id.slice(0, 12);
    assert.equal(
      steps[3]!.stdout,
      `["web","www","${short('web')}"] 172.18.0.2\n["db","${short('db')}","dbhost"] 172.18.0.3\n`,
    );
  });
});

describe('inspect templates: variables, if, with, else', () => {
  const SETUP = [
    'docker network create app',
    'docker run -d --name w3 -p 8080:80 nginx',
    'docker network connect app w3',
  ];

  it("the docker/cli docs' own example: range with $p, $conf and with/else", () => {
    const { steps } = replay([
      ...SETUP,
      fmt(
        '{{range $p, $conf := .NetworkSettings.Ports}} {{$p}} -> {{with $conf}}{{(index . 0).HostPort}}{{else}}none{{end}} {{end}}',
        'w3',
      ),
    ]);
    assert.equal(steps[3]!.stdout, ' 80/tcp -> 8080 \n');
  });

  it('range over networks with $k, $v', () => {
    const { steps } = replay([
      ...SETUP,
      fmt('{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}', 'w3'),
    ]);
    assert.equal(steps[3]!.stdout, 'app=172.18.0.2 bridge=172.17.0.2 \n');
  });

  it('if / else if / else with eq, and with re-rooting dot', () => {
    const { steps } = replay([
      ...SETUP,
      fmt(
        '{{if .State.Running}}up{{else}}down{{end}} {{with .State}}{{.Status}}{{end}} {{if eq .HostConfig.NetworkMode "host"}}host{{else if eq .HostConfig.NetworkMode "bridge"}}bridge{{else}}other{{end}}',
        'w3',
      ),
    ]);
    assert.equal(steps[3]!.stdout, 'up running bridge\n');
  });

  it('an undeclared variable is a parse error, as in Go', () => {
    const { steps } = replay([...SETUP, fmt('{{$x}}', 'w3')]);
    assert.equal(steps[3]!.exitCode, 64);
    assert.ok(steps[3]!.stderr.includes('undefined variable "$x"'));
  });
});
