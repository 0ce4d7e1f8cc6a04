// docker version: docker/cli cli/command/system/version.go (defaultVersionTemplate, tabwriter
// minwidth 20 padding 1, exit 64 for a template that does not parse) with the 29.0.0 release's values.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';
import { tabwrite } from '../../src/commandLine/docker/commands/version';

const DEFAULT = `Client: Docker Engine - Community
 Version:           29.0.0
 API version:       1.52
 Go version:        go1.25.4
 Git commit:        3d4129b
 Built:             Mon Nov 10 21:46:31 2025
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          29.0.0
  API version:      1.52 (minimum version 1.44)
  Go version:       go1.25.4
  Git commit:       d105562
  Built:            Mon Nov 10 21:46:31 2025
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          v2.1.5
  GitCommit:        fcd43222d6b07379a4be9786bda52438f0dd16a1
 runc:
  Version:          1.3.3
  GitCommit:        v1.3.3-0-gd842d771
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
`;

describe('docker version', () => {
  const CASES: Array<{ source: string; line: string; exitCode: number; stdout: string; stderr: string }> = [
    {
      source: 'version.go defaultVersionTemplate through the tabwriter; docker/cli v29.0.0 and moby docker-v29.0.0',
      line: 'docker version',
      exitCode: 0,
      stdout: DEFAULT,
      stderr: '',
    },
    {
      source: 'version.go newVersionTemplate: a user template over versionInfo',
      line: "docker version --format '{{.Server.Version}}'",
      exitCode: 0,
      stdout: '29.0.0\n',
      stderr: '',
    },
    {
      source: 'clientVersion: APIVersion (negotiated) and DefaultAPIVersion (client.MaxAPIVersion)',
      line: "docker version -f '{{.Client.APIVersion}} {{.Client.DefaultAPIVersion}} {{.Server.MinAPIVersion}}'",
      exitCode: 0,
      stdout: '1.52 1.52 1.44\n',
      stderr: '',
    },
    {
      source: 'Server.Components: Engine first, then containerd, runc, docker-init',
      line: "docker version -f '{{range .Server.Components}}{{.Name}}={{.Version}} {{end}}'",
      exitCode: 0,
      stdout: 'Engine=29.0.0 containerd=v2.1.5 runc=1.3.3 docker-init=0.19.0 \n',
      stderr: '',
    },
    {
      source: 'formatter.JSONFormatKey: {{json .}}, clientVersion json tags (ApiVersion)',
      line: "docker version --format '{{json .Client}}'",
      exitCode: 0,
      stdout:
        '{"Platform":{"Name":"Docker Engine - Community"},"Version":"29.0.0","ApiVersion":"1.52","DefaultAPIVersion":"1.52","GitCommit":"3d4129b","GoVersion":"go1.25.4","Os":"linux","Arch":"amd64","BuildTime":"Mon Nov 10 21:46:31 2025","Context":"default"}\n',
      stderr: '',
    },
    {
      source: 'runVersion: a template that does not parse is StatusError 64, named "version"',
      line: "docker version --format '{{.Server'",
      exitCode: 64,
      stdout: '',
      stderr: 'template parsing error: template: version:1: unclosed action\n',
    },
    {
      source: 'cli/required.go NoArgs',
      line: 'docker version now',
      exitCode: 1,
      stdout: '',
      stderr:
        "docker: 'docker version' accepts no arguments\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n",
    },
  ];
  for (const c of CASES) {
    it(`${c.line} (${c.source})`, () => {
      const { steps } = replay([c.line]);
      const step = steps[0]!;
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: c.exitCode, stdout: c.stdout, stderr: c.stderr },
      );
    });
  }

  it('--format json: the whole versionInfo with the client json tags', () => {
    const out = JSON.parse(replay(['docker version --format json']).steps[0]!.stdout) as {
      Client: Record<string, unknown>;
      Server: { Components: Array<{ Name: string; Details: Record<string, string> }> };
    };
    assert.equal(out.Client.ApiVersion, '1.52');
    assert.equal(out.Client.APIVersion, undefined);
    assert.deepEqual(Object.keys(out.Server.Components[0]!.Details), [
      'ApiVersion',
      'Arch',
      'BuildTime',
      'Experimental',
      'GitCommit',
      'GoVersion',
      'MinAPIVersion',
      'Os',
    ]);
  });

  it("Go's tabwriter: a column is as wide as its widest cell in a run of lines that have it (minwidth 20)", () => {
    assert.equal(
      tabwrite('a\tb\nlonger label for this\tc\nno tab\nx\ty'),
      'a                     b\nlonger label for this c\nno tab\nx                   y',
    );
  });
});
