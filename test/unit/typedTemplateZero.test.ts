// What `docker inspect -f` prints for fields the JSON left out by omitempty: the CLI runs the template on the typed
// response first (docker/cli cli/command/inspect/inspector.go TemplateInspector.Inspect), where an absent
// map[Port]struct{} is a nil map (`{{json}}` null, `{{.}}` map[]) and `{{json .Config}}` marshals without the empty
// omitempty fields again (moby api/types/container/config.go Config; image-spec ImageConfig for images).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const ROWS: Array<{ source: string; lines: string[]; stdout: string }> = [
  {
    source: 'config.go Config.ExposedPorts omitempty: none exposed is a nil PortSet, json null',
    lines: ['docker run -d --name bb busybox top', "docker inspect -f '{{json .Config.ExposedPorts}}' bb"],
    stdout: 'null\n',
  },
  {
    source: 'fmt %v of a nil map: map[]; Go truth: empty',
    lines: [
      'docker run -d --name bb busybox top',
      "docker inspect -f '{{.Config.ExposedPorts}} {{len .Config.ExposedPorts}} {{if .Config.ExposedPorts}}y{{else}}n{{end}}' bb",
    ],
    stdout: 'map[] 0 n\n',
  },
  {
    source: 'network.PortSet map[Port]struct{}: the values print {} (typed), json {}',
    lines: [
      'docker run -d --name ng nginx',
      "docker inspect -f '{{json .Config.ExposedPorts}} {{.Config.ExposedPorts}}' ng",
    ],
    stdout: '{"80/tcp":{}} map[80/tcp:{}]\n',
  },
  {
    source: 'json.Marshal of the typed Config leaves out empty omitempty fields (ExposedPorts, Healthcheck, ...)',
    lines: ['docker run -d --name bb busybox top', "docker inspect -f '{{json .Config}}' bb"],
    stdout:
      '{"Hostname":"33469494a65d","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,' +
      '"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,' +
      '"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["top"],"Image":"busybox",' +
      '"Volumes":null,"WorkingDir":"","Entrypoint":null,"Labels":{}}\n',
  },
  {
    source: 'image-spec ImageConfig.ExposedPorts omitempty: an image without EXPOSE, typed nil map',
    lines: [
      'docker pull busybox',
      "docker image inspect -f '{{json .Config.ExposedPorts}} {{.Config.ExposedPorts}} {{.Config.WorkingDir}}.' busybox",
    ],
    stdout: 'null map[] .\n',
  },
  {
    source: 'image-spec ImageConfig: an EXPOSE-d port, through docker inspect too',
    lines: ['docker pull nginx', "docker inspect -f '{{.Config.ExposedPorts}}' nginx"],
    stdout: 'map[80/tcp:{}]\n',
  },
  {
    source: 'json.Marshal of the typed image Config: only the fields the image sets',
    lines: ['docker pull busybox', "docker image inspect -f '{{json .Config}}' busybox"],
    stdout: '{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh"]}\n',
  },
];

describe('typed zero values in inspect templates (docker/cli TemplateInspector, moby Config omitempty)', () => {
  for (const r of ROWS) {
    it(r.source, () => {
      const { steps } = replay(r.lines);
      const step = steps[steps.length - 1]!;
      assert.equal(step.stderr, '');
      assert.equal(step.stdout, r.stdout);
    });
  }
});
