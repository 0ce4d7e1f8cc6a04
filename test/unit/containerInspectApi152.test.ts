// `docker inspect CONTAINER` as Engine 29 answers CLI 29 (API 1.52): the InspectResponse as is, in struct
// order, without the legacy NetworkSettings fields; `-f` runs on the typed struct first, then on the raw
// JSON with missingkey=error. Every row asserts the whole output and cites the source it follows.
import * as assert from 'node:assert/strict';
import { last, replay } from './transcript';

interface Row {
  id: string;
  /** The upstream file and function the expected answer follows. */
  source: string;
  lines: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

const WEB = 'docker run -d --name web busybox top';
const noEntry = (col: number, context: string, key: string) =>
  `template parsing error: template: :1:${col}: executing "" at <${context}>: map has no entry for key "${key}"\n`;
const LEGACY_IP = noEntry(18, '.NetworkSettings.IPAddress', 'IPAddress');

const ROWS: Row[] = [
  {
    id: 'the legacy top-level IPAddress is gone: typed path fails, raw path fails with missingkey=error, exit 1',
    source:
      'moby daemon/server/router/container/inspect.go getContainersByName (no extra fields at 1.52); docker/cli cli/command/inspect/inspector.go TemplateInspector.tryRawInspectFallback, Inspect (StatusError 1, Flush writes "\\n")',
    lines: [WEB, "docker inspect -f '{{.NetworkSettings.IPAddress}}' web"],
    exitCode: 1,
    stdout: '\n',
    stderr: LEGACY_IP,
  },
  {
    id: 'docker container inspect takes the same path',
    source: 'docker/cli cli/command/container/inspect.go runInspect -> inspect.Inspect',
    lines: [WEB, "docker container inspect -f '{{.NetworkSettings.IPAddress}}' web"],
    exitCode: 1,
    stdout: '\n',
    stderr: LEGACY_IP,
  },
  {
    id: 'docker inspect --type container takes the same path',
    source: 'docker/cli cli/command/system/inspect.go inspectAll -> inspect.Inspect',
    lines: [WEB, "docker inspect --type container -f '{{.NetworkSettings.IPAddress}}' web"],
    exitCode: 1,
    stdout: '\n',
    stderr: LEGACY_IP,
  },
  {
    id: 'the error points at the chain: the position of its second field',
    source: 'go text/template/parse parse.go operand (newChain(t.peek().pos, node)), Tree.ErrorContext',
    lines: [WEB, "docker inspect -f '{{.Name}} {{.NetworkSettings.IPAddress}}' web"],
    exitCode: 1,
    stdout: '\n',
    stderr: noEntry(28, '.NetworkSettings.IPAddress', 'IPAddress'),
  },
  {
    id: 'text before the action moves the column',
    source: 'go text/template/parse parse.go Tree.ErrorContext (byte offset on the line)',
    lines: [WEB, "docker inspect -f 'IP: {{.NetworkSettings.IPAddress}}' web"],
    exitCode: 1,
    stdout: '\n',
    stderr: noEntry(22, '.NetworkSettings.IPAddress', 'IPAddress'),
  },
  {
    id: '$ with fields: the position of the first field after the variable',
    source: 'go text/template/parse parse.go operand (NodeVariable: newVariable(chain.Position(), ...))',
    lines: [WEB, "docker inspect -f '{{$.NetworkSettings.IPAddress}}' web"],
    exitCode: 1,
    stdout: '\n',
    stderr: noEntry(3, '$.NetworkSettings.IPAddress', 'IPAddress'),
  },
  {
    id: 'Config.MacAddress is gone too, even with --mac-address',
    source: 'moby daemon/server/router/container/inspect.go getContainersByName (desiredMACAddress only below 1.52)',
    lines: [
      'docker run -d --name web --mac-address 02:42:ac:11:00:99 busybox top',
      "docker inspect -f '{{.Config.MacAddress}}' web",
    ],
    exitCode: 1,
    stdout: '\n',
    stderr: noEntry(9, '.Config.MacAddress', 'MacAddress'),
  },
  {
    id: 'the MAC asked for is on the endpoint',
    source: 'moby api/types/network endpoint.go EndpointSettings.MacAddress',
    lines: [
      'docker run -d --name web --mac-address 02:42:ac:11:00:99 busybox top',
      "docker inspect -f '{{range .NetworkSettings.Networks}}{{.MacAddress}}{{end}}' web",
    ],
    exitCode: 0,
    stdout: '02:42:ac:11:00:99\n',
    stderr: '',
  },
  {
    id: 'one error line per object; each object that fails adds its own',
    source: 'docker/cli cli/command/inspect/inspector.go Inspect (errors.Join)',
    lines: [WEB, 'docker run -d --name db busybox top', "docker inspect -f '{{.NetworkSettings.IPAddress}}' web db"],
    exitCode: 1,
    stdout: '\n',
    stderr: LEGACY_IP + LEGACY_IP,
  },
  {
    id: 'the form that works on Docker 29: range over Networks',
    source: 'moby api/types/container network_settings.go NetworkSettings.Networks',
    lines: [WEB, "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web"],
    exitCode: 0,
    stdout: '172.17.0.2\n',
    stderr: '',
  },
  {
    id: 'a zero netip.Addr prints "invalid IP" through the typed struct, and marshals as ""',
    source:
      'moby api/types/network endpoint.go EndpointSettings.IPAddress netip.Addr; go net/netip Addr.String, Addr.MarshalText',
    lines: [
      WEB,
      'docker stop web',
      "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{json .IPAddress}} {{.Gateway}}{{end}}' web",
    ],
    exitCode: 0,
    stdout: 'invalid IP "" invalid IP\n',
    stderr: '',
  },
  {
    id: 'omitempty fields absent from the JSON still exist in the typed struct at their zero value',
    source:
      'moby api/types/container container.go InspectResponse (GraphDriver, SizeRw omitempty), State.Health, Config.Healthcheck',
    lines: [
      WEB,
      "docker inspect -f '{{.GraphDriver}} {{.SizeRw}} {{.State.Health}} {{json .Config.Healthcheck}} {{.Config.ExposedPorts}} {{.Config.StopSignal}}|' web",
    ],
    exitCode: 0,
    stdout: '<nil> <nil> <nil> null map[] |\n',
    stderr: '',
  },
  {
    id: "the snapshotter's Storage replaces GraphDriver at 1.52",
    source: 'moby daemon/inspect.go getInspectData (UsesSnapshotter: Storage.RootFS.Snapshot.Name)',
    lines: [WEB, "docker inspect -f '{{json .Storage}}' web"],
    exitCode: 0,
    stdout: '{"RootFS":{"Snapshot":{"Name":"overlayfs"}}}\n',
    stderr: '',
  },
];

describe('docker inspect CONTAINER at API 1.52 (Engine 29, CLI 29)', () => {
  for (const row of ROWS) {
    it(`${row.id} (${row.source})`, () => {
      const step = last(row.lines);
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: row.exitCode, stdout: row.stdout, stderr: row.stderr },
      );
    });
  }

  // moby daemon/inspect.go: .Image is the image's ID, the one `docker image inspect` and `docker
  // images` show (the index digest with the containerd image store); the manifest is another digest.
  it(".Image is the image's ID, and the manifest descriptor names another digest", () => {
    const { steps } = replay([
      'docker run -d --name web nginx',
      'docker inspect -f {{.Image}} web',
      'docker image inspect -f {{.Id}} nginx',
      'docker images -q nginx',
      'docker inspect -f {{.ImageManifestDescriptor.digest}} web',
    ]);
    const [, image, id, short, manifest] = steps.map((s) => s.stdout);
    assert.match(image!, /^sha256:[0-9a-f]{64}\n$/);
    assert.equal(image, id);
    assert.equal(short, `${image!.slice('sha256:'.length, 'sha256:'.length + 12)}\n`);
    assert.match(manifest!, /^sha256:[0-9a-f]{64}\n$/);
    assert.notEqual(manifest, image);
  });

  // moby api/types/container container.go InspectResponse, network_settings.go NetworkSettings,
  // api/types/network endpoint.go EndpointSettings, config.go Config: encoding/json writes fields in
  // struct order and leaves out the omitempty ones that are empty.
  it('the JSON comes in struct order, without the legacy fields (moby api v1.52 InspectResponse)', () => {
    const { steps } = replay(['docker run -d --name web -p 8080:80 nginx', 'docker inspect web']);
    const [obj] = JSON.parse(steps[1]!.stdout) as Array<Record<string, Record<string, unknown>>>;
    assert.deepEqual(Object.keys(obj!), [
      'Id',
      'Created',
      'Path',
      'Args',
      'State',
      'Image',
      'ResolvConfPath',
      'HostnamePath',
      'HostsPath',
      'LogPath',
      'Name',
      'RestartCount',
      'Driver',
      'Platform',
      'MountLabel',
      'ProcessLabel',
      'AppArmorProfile',
      'ExecIDs',
      'HostConfig',
      'Storage',
      'Mounts',
      'Config',
      'NetworkSettings',
      'ImageManifestDescriptor',
    ]);
    assert.deepEqual(Object.keys(obj!['NetworkSettings']!), ['SandboxID', 'SandboxKey', 'Ports', 'Networks']);
    // opencontainers image-spec specs-go/v1 descriptor.go Descriptor and Platform, in field order.
    const manifest = obj!['ImageManifestDescriptor']!;
    assert.deepEqual(Object.keys(manifest), ['mediaType', 'digest', 'size', 'platform']);
    assert.equal(manifest['mediaType'], 'application/vnd.oci.image.manifest.v1+json');
    assert.match(String(manifest['digest']), /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(manifest['platform'], { architecture: 'amd64', os: 'linux' });
    const bridge = (obj!['NetworkSettings']!['Networks'] as Record<string, Record<string, unknown>>)['bridge']!;
    assert.deepEqual(Object.keys(bridge), [
      'IPAMConfig',
      'Links',
      'Aliases',
      'DriverOpts',
      'GwPriority',
      'NetworkID',
      'EndpointID',
      'Gateway',
      'IPAddress',
      'MacAddress',
      'IPPrefixLen',
      'IPv6Gateway',
      'GlobalIPv6Address',
      'GlobalIPv6PrefixLen',
      'DNSNames',
    ]);
    assert.deepEqual(Object.keys(obj!['Config']!), [
      'Hostname',
      'Domainname',
      'User',
      'AttachStdin',
      'AttachStdout',
      'AttachStderr',
      'ExposedPorts',
      'Tty',
      'OpenStdin',
      'StdinOnce',
      'Env',
      'Cmd',
      'Image',
      'Volumes',
      'WorkingDir',
      'Entrypoint',
      'Labels',
    ]);
    assert.deepEqual(Object.keys(obj!['State']!), [
      'Status',
      'Running',
      'Paused',
      'Restarting',
      'OOMKilled',
      'Dead',
      'Pid',
      'ExitCode',
      'Error',
      'StartedAt',
      'FinishedAt',
    ]);
  });

  it('-f json and the default output are the same object (docker/cli inspector.go jsonInspector)', () => {
    const { steps } = replay([WEB, 'docker inspect web', 'docker inspect -f json web']);
    assert.deepEqual(JSON.parse(steps[1]!.stdout), JSON.parse(steps[2]!.stdout));
    assert.ok(steps[2]!.stdout.startsWith('[{"Id":"'), steps[2]!.stdout);
  });
});
