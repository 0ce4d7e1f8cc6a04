// docker info / docker system info: docker/cli v29.0.0 cli/command/system/info.go (runInfo, prettyPrintInfo,
// prettyPrintClientInfo, prettyPrintServerInfo, formatInfo) over moby docker-v29.0.0 daemon/info.go SystemInfo,
// with the lab's counts and the 29.0.0 release's versions.
import * as assert from 'node:assert/strict';
import { Lab } from '../../src/core/lab/lab';
import { hostProfileFrom } from '../../src/core/lab/hostProfile';
import { Session } from '../../src/commandLine/session';
import { complete } from '../../src/commandLine/terminal/completion';
import { replay } from './transcript';

const CLIENT = `Client: Docker Engine - Community
 Version:    29.0.0
 Context:    default
 Debug Mode: false
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.29.1
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  v5.5.0
    Path:     /usr/libexec/docker/cli-plugins/docker-compose
`;

/** The Server section from its counts down to the storage driver; the rest does not depend on the lab's state. */
const counts = (containers: number, running: number, paused: number, stopped: number, images: number) => `Server:
 Containers: ${containers}
  Running: ${running}
  Paused: ${paused}
  Stopped: ${stopped}
 Images: ${images}
 Server Version: 29.0.0
`;

const SERVER_REST = (name: string) => ` Storage Driver: overlayfs
  driver-type: io.containerd.snapshotter.v1
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 CDI spec directories:
  /etc/cdi
  /var/run/cdi
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: fcd43222d6b07379a4be9786bda52438f0dd16a1
 runc version: v1.3.3-0-gd842d771
 init version: de40ad0
 Security Options:
  apparmor
  seccomp
   Profile: builtin
  cgroupns
 Kernel Version: 6.1.0-28-amd64
 Operating System: Debian GNU/Linux 12 (bookworm)
 OSType: linux
 Architecture: x86_64
 CPUs: 4
 Total Memory: 7.752GiB
 Name: ${name}
 ID: 5b0f8f3e-6a2d-4c41-9d57-2b8e4f1c7a93
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Experimental: false
 Insecure Registries:
  ::1/128
  127.0.0.0/8
 Live Restore Enabled: false
 Firewall Backend: iptables

`;

const FRESH = `${CLIENT}\n${counts(0, 0, 0, 0, 0)}${SERVER_REST('docker-host')}`;

/** web runs, frozen is paused, made was only created, done exited: four containers of three images. */
const BUSY_LAB = [
  'docker run -d --name web nginx',
  'docker run -d --name frozen redis',
  'docker pause frozen',
  'docker create --name made busybox',
  'docker run --name done busybox true',
];

const PLUGINS_JSON =
  '{"Volume":["local"],"Network":["bridge","host","ipvlan","macvlan","null","overlay"],"Authorization":null,' +
  '"Log":["awslogs","fluentd","gcplogs","gelf","journald","json-file","local","splunk","syslog"]}\n';

interface Row {
  source: string;
  lines: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

const ROWS: Row[] = [
  {
    source: 'prettyPrintInfo: Client (prettyPrintClientInfo) then Server (prettyPrintServerInfo) of a fresh lab',
    lines: ['docker info'],
    exitCode: 0,
    stdout: FRESH,
    stderr: '',
  },
  {
    source: 'newSystemCommand adds the same newInfoCommand: docker system info answers alike',
    lines: ['docker system info'],
    exitCode: 0,
    stdout: FRESH,
    stderr: '',
  },
  {
    source: 'daemon/info.go fillContainerStates (monitor.go setStateCounter: paused apart, created and exited stopped)',
    lines: [...BUSY_LAB, 'docker info'],
    exitCode: 0,
    stdout: `${CLIENT}\n${counts(4, 1, 1, 2, 3)}${SERVER_REST('docker-host')}`,
    stderr: '',
  },
  {
    source: 'formatInfo: a user template over dockerInfo, with its trailing newline',
    lines: [...BUSY_LAB, "docker system info -f '{{.Containers}}'"],
    exitCode: 0,
    stdout: '4\n',
    stderr: '',
  },
  {
    source: 'fillContainerStates: each count by its Go field',
    lines: [
      ...BUSY_LAB,
      "docker info --format '{{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}'",
    ],
    exitCode: 0,
    stdout: '1 1 2 3\n',
    stderr: '',
  },
  {
    source: 'containerd service.go CountImages: unique targets, a second tag of an image counts once',
    lines: ['docker pull busybox', 'docker tag busybox mybox:1', "docker info -f '{{.Images}}'"],
    exitCode: 0,
    stdout: '1\n',
    stderr: '',
  },
  {
    source: 'fillPluginsInfo: system.PluginsInfo marshalled (Authorization a nil slice)',
    lines: ["docker info --format '{{json .Plugins}}'"],
    exitCode: 0,
    stdout: PLUGINS_JSON,
    stderr: '',
  },
  {
    source: 'fillPluginsInfo: GetNetworkDriverList sorted, printed by a field path',
    lines: ['docker info -f \'{{.Plugins.Network}} {{join .Plugins.Log ","}}\''],
    exitCode: 0,
    stdout:
      '[bridge host ipvlan macvlan null overlay] awslogs,fluentd,gcplogs,gelf,journald,json-file,local,splunk,syslog\n',
    stderr: '',
  },
  {
    source: "clientInfo.Plugins: pluginmanager.ListPlugins, buildx then compose with compose version's version",
    lines: ["docker info -f '{{range .ClientInfo.Plugins}}{{.Name}} {{.Version}} {{.Path}};{{end}}'"],
    exitCode: 0,
    stdout:
      'buildx v0.29.1 /usr/libexec/docker/cli-plugins/docker-buildx;compose v5.5.0 /usr/libexec/docker/cli-plugins/docker-compose;\n',
    stderr: '',
  },
  {
    source: 'system.Info json tags: {{json .}} writes CpuCfsPeriod, a template names the Go field CPUCfsPeriod',
    lines: ["docker info -f '{{.CPUCfsPeriod}} {{.HTTPProxy}}|{{.ServerVersion}} {{.Swarm.LocalNodeState}}'"],
    exitCode: 0,
    stdout: 'true |29.0.0 inactive\n',
    stderr: '',
  },
  {
    source: 'text/template on system.Info: the json tag is no field name',
    lines: ["docker info -f '{{.CpuCfsPeriod}}'"],
    exitCode: 1,
    stdout: '\n',
    stderr:
      'template: :1:2: executing "" at <.CpuCfsPeriod>: can\'t evaluate field CpuCfsPeriod in type system.dockerInfo\n',
  },
  {
    source: 'fillPlatformInfo warnings: none on this host; a nil slice has len 0 and prints as []',
    lines: ["docker info -f '{{len .Warnings}} {{.Warnings}} {{if .Warnings}}warned{{else}}none{{end}}'"],
    exitCode: 0,
    stdout: '0 [] none\n',
    stderr: '',
  },
  {
    source: 'fillPlatformInfo warnings: the nil slice marshals as null',
    lines: ["docker info -f '{{json .Warnings}}'"],
    exitCode: 0,
    stdout: 'null\n',
    stderr: '',
  },
  {
    source: 'formatInfo: an execution error is returned as it is (exit 1), after the newline',
    lines: ["docker info -f '{{.Plugins.Foo}}'"],
    exitCode: 1,
    stdout: '\n',
    stderr: 'template: :1:10: executing "" at <.Plugins.Foo>: can\'t evaluate field Foo in type system.PluginsInfo\n',
  },
  {
    source: 'formatInfo: a template that does not parse is StatusError 64, "template parsing error: "',
    lines: ["docker info --format '{{.Containers'"],
    exitCode: 64,
    stdout: '',
    stderr: 'template parsing error: template: :1: unclosed action\n',
  },
  {
    source: 'cobra: an unknown flag (cli/cobra.go FlagErrorFunc), usage line of newInfoCommand',
    lines: ['docker info --verbose'],
    exitCode: 125,
    stdout: '',
    stderr:
      "unknown flag: --verbose\n\nUsage:  docker info [OPTIONS]\n\nRun 'docker info --help' for more information\n",
  },
  {
    source: 'cli.NoArgs under docker system',
    lines: ['docker system info now'],
    exitCode: 1,
    stdout: '',
    stderr:
      "docker: 'docker system info' accepts no arguments\n\nUsage:  docker system info [OPTIONS]\n\nRun 'docker system info --help' for more information\n",
  },
];

describe('docker info', () => {
  for (const row of ROWS) {
    it(`${row.lines[row.lines.length - 1]!}: ${row.source}`, () => {
      const { steps } = replay(row.lines);
      for (const step of steps.slice(0, -1)) assert.equal(step.exitCode, 0, `${step.command}: ${step.stderr}`);
      const step = steps[steps.length - 1]!;
      assert.equal(step.stdout, row.stdout);
      assert.equal(step.stderr, row.stderr);
      assert.equal(step.exitCode, row.exitCode);
    });
  }

  it('{{json .}}: system.Info in struct order, then ClientInfo; SystemTime from the lab clock', () => {
    const { steps, lab } = replay(['docker info -f json']);
    const text = steps[0]!.stdout;
    const info = JSON.parse(text) as Record<string, unknown>;
    const keys = Object.keys(info);
    assert.deepEqual(keys.slice(0, 8), [
      'ID',
      'Containers',
      'ContainersRunning',
      'ContainersPaused',
      'ContainersStopped',
      'Images',
      'Driver',
      'DriverStatus',
    ]);
    assert.deepEqual(keys.slice(-5), ['FirewallBackend', 'CDISpecDirs', 'Containerd', 'Warnings', 'ClientInfo']);
    for (const omitted of [
      'SystemStatus',
      'ProductLicense',
      'DefaultAddressPools',
      'DiscoveredDevices',
      'ServerErrors',
    ])
      assert.ok(!keys.includes(omitted), omitted);
    assert.ok(text.includes('"CpuCfsPeriod":true,"CpuCfsQuota":true,"CPUShares":true'));
    assert.ok(text.includes('"Runtimes":{"io.containerd.runc.v2":{"path":"runc"},"runc":{"path":"runc"}}'));
    assert.equal(info.MemTotal, 8323563520);
    assert.equal(info.Name, 'docker-host');
    assert.equal((info.SystemTime as string).slice(0, 20), new Date(lab.now * 1000).toISOString().slice(0, 19) + '.');
    // runInfo sets ClientInfo.APIVersion only for the default output: omitempty leaves it out here.
    const client = info.ClientInfo as Record<string, unknown>;
    assert.equal(client.Context, 'default');
    assert.ok(!('ApiVersion' in client));
    assert.equal(text.endsWith('}\n'), true);
  });

  it("Name is the host profile's hostname (daemon/info.go hostName)", () => {
    const lab = new Lab({ seed: 0, hostProfile: hostProfileFrom({ hostname: 'lab-box' }) });
    const r = new Session(lab).execute('docker info');
    assert.equal(r.output.stdout, `${CLIENT}\n${counts(0, 0, 0, 0, 0)}${SERVER_REST('lab-box')}`);
  });

  it('Tab completion offers info at the root and under docker system, and its flags', () => {
    const s = new Session(new Lab({ seed: 0 }));
    const candidates = (line: string) => complete(s, line, line.length).candidates;
    assert.deepEqual(candidates('docker inf'), ['info']);
    assert.deepEqual(candidates('docker system i'), ['info']);
    assert.ok(candidates('docker info --').includes('--format'));
  });
});
