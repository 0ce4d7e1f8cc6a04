// docker command lines where people write them: found in shell scripts, Makefile recipes, Markdown
// shell blocks and devcontainer.json's runArgs; hovers on network flags and values; Docker's own
// errors for a line that fails by itself; the "Run in Network Lab" lenses and what they type.
import * as assert from 'node:assert/strict';
import { commandLineDiagnostics } from '../../src/language/commandLine/commandLineDiagnostics';
import { commandLineHover, explainPublish } from '../../src/language/commandLine/commandLineHover';
import { commandLineLenses } from '../../src/language/commandLine/commandLineLenses';
import {
  type CommandDocumentKind,
  commandDocumentKind,
  findCommandLines,
} from '../../src/language/commandLine/documentCommands';
import { TextIndex } from '../../src/language/commandLine/offsets';
import type { Position } from '../../src/language/position';

/** The position of the nth occurrence of `needle` in text, plus `plus` characters. */
function at(text: string, needle: string, plus = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} in the text`);
  return new TextIndex(text).position(offset + plus);
}

const dockerLines = (text: string, kind: CommandDocumentKind) =>
  findCommandLines(new TextIndex(text), kind)
    .lines.filter((l) => l.docker.length > 0)
    .map((l) => l.docker.map((d) => d.words.map((w) => w.text).join(' ')).join(' ; '));

const hover = (
  text: string,
  needle: string,
  kind: CommandDocumentKind = 'shellscript',
  plus = 1,
  locale: 'en' | 'zh-cn' = 'en',
) => commandLineHover(text, at(text, needle, plus), kind, locale);

describe('docker command lines: where they are found', () => {
  it('tells the kind from the language and the path', () => {
    assert.equal(commandDocumentKind('shellscript', '/w/setup.sh'), 'shellscript');
    assert.equal(commandDocumentKind('makefile', '/w/Makefile'), 'makefile');
    assert.equal(commandDocumentKind('markdown', '/w/README.md'), 'markdown');
    assert.equal(commandDocumentKind('jsonc', '/w/.devcontainer/devcontainer.json'), 'devcontainer');
    assert.equal(commandDocumentKind('json', '/w/.devcontainer.json'), 'devcontainer');
    assert.equal(commandDocumentKind('jsonc', '/w/.vscode/settings.json'), undefined);
    assert.equal(commandDocumentKind('python', '/w/x.py'), undefined);
  });

  it('reads shell scripts: continuations, sudo, env, && chains, comments and here-documents', () => {
    const text = [
      '#!/bin/sh',
      '# docker run --in-a-comment',
      'sudo -E docker run -d \\',
      '    --name web \\',
      '    -p 8080:80 nginx',
      'docker network create app && docker network connect app web',
      'DOCKER_HOST=x docker container run --rm busybox true # trailing comment',
      'if true; then docker create busybox; fi',
      'cat <<EOF',
      'docker run --in-a-heredoc',
      'EOF',
      'echo docker run not-a-command',
    ].join('\n');
    assert.deepEqual(dockerLines(text, 'shellscript'), [
      'docker run -d --name web -p 8080:80 nginx',
      'docker network create app ; docker network connect app web',
      'docker container run --rm busybox true',
      'docker create busybox',
    ]);
    const [first] = findCommandLines(new TextIndex(text), 'shellscript').lines.filter((l) => l.docker.length > 0);
    assert.equal(first!.runnable, 'docker run -d --name web -p 8080:80 nginx', 'sudo left out, continuations joined');
    assert.deepEqual([first!.line.firstLine, first!.line.lastLine], [2, 4]);
  });

  it('reads Makefile recipes without @, - and make variables as values', () => {
    const text = [
      'IMAGE = nginx \\',
      '\tdocker run --not-a-recipe',
      'up:',
      '\t@docker network create app',
      '\t-docker run -d --network app \\',
      '\t\t-p 80:80 $(IMAGE)',
      'run: ; docker run inline',
    ].join('\n');
    assert.deepEqual(dockerLines(text, 'makefile'), [
      'docker network create app',
      'docker run -d --network app -p 80:80 $(IMAGE)',
    ]);
    const lines = findCommandLines(new TextIndex(text), 'makefile').lines;
    assert.equal(lines[1]!.docker[0]!.dynamic, true, '$(IMAGE) is make’s');
  });

  it('reads sh, bash, shell and console blocks of Markdown, console prompts removed, other blocks not', () => {
    const text = [
      '# Tutorial',
      '```sh',
      'docker network create app',
      '```',
      '```bash',
      '$ docker run --network app \\',
      '    busybox true',
      '```',
      '```console',
      '$ docker run -d -p 80:80 nginx',
      '0123abcd',
      '# docker network ls',
      '[root@docker-host ~]# docker ps',
      'NETWORK ID   NAME      DRIVER    SCOPE',
      '$ docker run --rm \\',
      '> busybox true',
      '```',
      '```python',
      'docker run python-block',
      '```',
      '~~~shell',
      'docker create busybox',
      '~~~',
    ].join('\n');
    assert.deepEqual(dockerLines(text, 'markdown'), [
      'docker network create app',
      'docker run --network app busybox true',
      'docker run -d -p 80:80 nginx',
      'docker network ls',
      'docker ps',
      'docker run --rm busybox true',
      'docker create busybox',
    ]);
    const doc = findCommandLines(new TextIndex(text), 'markdown');
    assert.deepEqual(
      doc.blocks.map((b) => b.fenceLine),
      [1, 4, 8, 20],
    );
  });

  it('reads runArgs of devcontainer.json with comments and trailing commas', () => {
    const text = [
      '{',
      '  // "runArgs": ["--not-these"],',
      '  "name": "app", /* "runArgs": [] */',
      '  "runArgs": [',
      '    "--network=host", // the host network',
      '    "--add-host", "db:10.0.0.5",',
      '  ],',
      '}',
    ].join('\n');
    assert.deepEqual(dockerLines(text, 'devcontainer'), ['docker run --network=host --add-host db:10.0.0.5']);
  });
});

describe('docker command line hovers', () => {
  const SCRIPT = [
    'docker run -d --name web --network=host nginx',
    'docker run --net bridge -dp 127.0.0.1:8080:80/udp nginx',
    'docker run -p80 -P --expose 9000 busybox',
    'docker run --network container:web --network-alias www busybox',
    "docker run --network '<img src=x>' busybox",
    'docker run --network "[x](javascript:alert(1))" busybox',
    'docker network create -d bridge --subnet 10.10.0.0/24 --gateway 10.10.0.1 --internal app',
    'docker network connect --alias api --ip 10.10.0.9 app web',
    'docker run --dns 1.1.1.1 --dns-search corp -h box --add-host db:10.0.0.5 --link a:b --mac-address 02:42:ac:11:00:02 --ip 10.1.0.2 --ip6 fd00::2 busybox',
  ].join('\n');

  it('explains --network on the flag and host on the value, with the docs link', () => {
    const onFlag = hover(SCRIPT, '--network=host')!;
    assert.match(onFlag.markdown, /chooses the container's network/);
    assert.match(onFlag.markdown, /\*\*Conflicts:\*\* `container:` mode refuses/);
    assert.equal(onFlag.link, 'https://docs.docker.com/reference/cli/docker/container/run/#network');
    assert.deepEqual(onFlag.range, { start: { line: 0, character: 25 }, end: { line: 0, character: 39 } });
    const onValue = hover(SCRIPT, 'host nginx')!;
    assert.match(onValue.markdown, /`host`: no namespace of its own/);
    assert.deepEqual(onValue.range, { start: { line: 0, character: 35 }, end: { line: 0, character: 39 } });
  });

  it('reads --net VALUE, combined short flags and -p with the value attached', () => {
    assert.match(hover(SCRIPT, 'bridge -dp')!.markdown, /`bridge`: the container gets its own namespace/);
    const publish = hover(SCRIPT, '127.0.0.1:8080')!;
    assert.match(publish.markdown, /Container port 80 \(udp\) is published on host port 8080\./);
    assert.match(publish.markdown, /Reachable only from the host itself, on 127\\\.0\\\.0\\\.1 \(the loopback\)/);
    const onP = hover(SCRIPT, 'p 127', 'shellscript', 0)!;
    assert.match(onP.markdown, /publishes a container port on the host/);
    assert.equal(onP.link, 'https://docs.docker.com/reference/cli/docker/container/run/#publish');
    const attached = hover(SCRIPT, '-p80', 'shellscript', 3)!;
    assert.match(attached.markdown, /Container port 80 \(tcp\) is published on host port a free port Docker picks/);
    assert.match(hover(SCRIPT, '-P ')!.markdown, /publishes every port the image exposes/);
    assert.match(hover(SCRIPT, '--expose')!.markdown, /It publishes nothing/);
  });

  it('explains container:NAME and user networks with the name escaped', () => {
    assert.match(
      hover(SCRIPT, 'container:web', 'shellscript', 12)!.markdown,
      /joins the network namespace of the container \*\*web\*\*/,
    );
    assert.match(hover(SCRIPT, '--network-alias')!.markdown, /network-scoped aliases are only supported/);
    const img = hover(SCRIPT, "'<img", 'shellscript', 2)!.markdown;
    assert.match(img, /A user-defined network, \*\*\\<img src\\=x\\>\*\*/);
    assert.doesNotMatch(img, /(?<!\\)<img/);
    const link = hover(SCRIPT, '"[x]', 'shellscript', 2)!.markdown;
    assert.match(link, /\*\*\\\[x\\\]\\\(javascript\\:alert\\\(1\\\)\\\)\*\*/);
    assert.doesNotMatch(link, /\[x\]\(/);
  });

  it('explains docker network create and connect options', () => {
    const driver = hover(SCRIPT, '-d bridge', 'shellscript', 0)!;
    assert.match(driver.markdown, /picks the network driver/);
    assert.equal(driver.link, 'https://docs.docker.com/reference/cli/docker/network/create/#options');
    assert.match(hover(SCRIPT, '--subnet')!.markdown, /sets the network's subnet in CIDR form/);
    assert.match(hover(SCRIPT, '--gateway')!.markdown, /every ip-range or gateway must have a corresponding subnet/);
    const internal = hover(SCRIPT, '--internal')!;
    assert.match(internal.markdown, /without a route to the outside/);
    assert.equal(internal.link, 'https://docs.docker.com/reference/cli/docker/network/create/#internal');
    const alias = hover(SCRIPT, '--alias')!;
    assert.match(alias.markdown, /adds a name under which Docker's DNS resolves this container/);
    assert.equal(alias.link, 'https://docs.docker.com/reference/cli/docker/network/connect/#alias');
    assert.equal(hover(SCRIPT, '--ip 10.10')!.link, 'https://docs.docker.com/reference/cli/docker/network/connect/#ip');
  });

  it('explains the DNS, hostname, hosts, link, MAC and address flags', () => {
    const expected: Array<[string, RegExp]> = [
      ['--dns 1', /writes these nameservers/],
      ['--dns-search', /sets the `search` domains/],
      ['-h box', /sets the container's hostname/],
      ['--add-host', /adds a line to the container's `\/etc\/hosts`/],
      ['--link', /\(legacy\)/],
      ['--mac-address', /this MAC address/],
      ['--ip 10.1', /this IPv4 address/],
      ['--ip6', /this IPv6 address/],
    ];
    for (const [needle, text] of expected) assert.match(hover(SCRIPT, needle)?.markdown ?? '', text, needle);
  });

  it('answers in Simplified Chinese', () => {
    const zh = hover(SCRIPT, 'host nginx', 'shellscript', 1, 'zh-cn')!;
    assert.match(zh.markdown, /宿主机的网卡/);
    assert.match(zh.markdown, /\*\*冲突：\*\*/);
    assert.match(explainPublish('8080:80', 'zh-cn'), /容器端口 80（tcp）发布到宿主机端口 8080。可通过宿主机的所有地址/);
  });

  it('has nothing to say off the flags', () => {
    assert.equal(hover(SCRIPT, 'nginx', 'shellscript', 1), undefined);
    assert.equal(hover(SCRIPT, '--name'), undefined);
    assert.equal(commandLineHover('echo --network host', { line: 0, character: 8 }, 'shellscript', 'en'), undefined);
  });

  it('hovers in a Markdown console block, a Makefile recipe and runArgs', () => {
    const md = ['Run:', '', '```console', '$ docker run --network=none busybox ip addr', '```'].join('\n');
    assert.match(hover(md, 'none', 'markdown')!.markdown, /only the loopback interface `lo`/);
    const make = ['up:', '\t@docker run -p 0.0.0.0:80:80 nginx'].join('\n');
    assert.match(hover(make, '0.0.0.0', 'makefile')!.markdown, /Reachable on every address of the host/);
    const dev = ['{', '  "runArgs": ["--network=host", "-p", "[::1]:80:80"] // c', '}'].join('\n');
    assert.match(hover(dev, 'host', 'devcontainer')!.markdown, /`host`: no namespace/);
    assert.match(hover(dev, '[::1]', 'devcontainer', 2)!.markdown, /only from the host itself, on \\:\\:1/);
  });

  it('explains port specs: ranges, random host ports, host addresses and bad specs', () => {
    assert.match(
      explainPublish('8000-8002:9000-9002', 'en'),
      /Container port 9000-9002 \(tcp\) is published on host port 8000-8002/,
    );
    assert.match(explainPublish('80', 'en'), /host port a free port Docker picks/);
    assert.match(explainPublish('192.168.1.10:80:80', 'en'), /only through the host address 192\\\.168\\\.1\\\.10/);
    assert.match(explainPublish('99999:80', 'en'), /Docker rejects this value: invalid hostPort\\: 99999/);
  });
});

describe('docker command line diagnostics', () => {
  const diagnostics = (text: string, kind: CommandDocumentKind = 'shellscript') =>
    commandLineDiagnostics(text, kind).map((d) => ({
      message: d.message,
      severity: d.severity,
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character] as const,
    }));

  it('reports port publishing in container mode in the engine words, on -p', () => {
    const text = 'docker run --network container:x -p 80:80 nginx';
    assert.deepEqual(diagnostics(text), [
      {
        message: 'Error response from daemon: conflicting options: port publishing and the container type network mode',
        severity: 'error',
        range: [0, 33, 0, 41],
      },
    ]);
  });

  it('checks the options before the image, as the engine does', () => {
    const text = 'docker run --network=container:db -h web registry.example/app:1';
    assert.deepEqual(diagnostics(text), [
      {
        message: 'Error response from daemon: conflicting options: hostname and the network mode',
        severity: 'error',
        range: [0, 34, 0, 40],
      },
    ]);
  });

  it('reports flag and value errors on the flag, and each line on its own', () => {
    const text = [
      'docker run --foo nginx',
      'docker run -dp abc nginx',
      'docker run --add-host db nginx',
      'docker run --network host --network-alias www nginx',
      'docker network create --subnet 10.0.0.0/33 n1',
      'docker network create --gateway 10.0.0.1 n2',
      'docker run --dns 1.1.1.1 --network=container:x busybox',
    ].join('\n');
    assert.deepEqual(
      diagnostics(text).map((d) => [
        d.range[0],
        d.message,
        text.split('\n')[d.range[0]]!.slice(d.range[1], d.range[3]),
      ]),
      [
        [0, 'unknown flag: --foo', '--foo'],
        [1, 'invalid containerPort: abc', 'p abc'],
        [2, 'invalid argument "db" for "--add-host" flag: bad format for add-host: "db"', '--add-host db'],
        [3, 'network-scoped aliases are only supported for user-defined networks', '--network-alias www'],
        [4, 'netip.ParsePrefix("10.0.0.0/33"): prefix length out of range', '--subnet 10.0.0.0/33'],
        [5, 'every ip-range or gateway must have a corresponding subnet', '--gateway 10.0.0.1'],
        [6, 'Error response from daemon: conflicting options: dns and the network mode', '--dns 1.1.1.1'],
      ],
    );
  });

  it('reports a host port published twice on one line', () => {
    const [twice] = commandLineDiagnostics('docker run -d -p 80:80 -p 80:80 nginx', 'shellscript');
    assert.match(
      twice!.message,
      /^Error response from daemon: .*Bind for 0\.0\.0\.0:80 failed: port is already allocated$/,
    );
    assert.deepEqual(twice!.range, { start: { line: 0, character: 23 }, end: { line: 0, character: 31 } });
  });

  it('warns that host mode discards published ports', () => {
    assert.deepEqual(diagnostics('docker run -d --network host -p 8080:80 nginx'), [
      {
        message: 'Published ports are discarded when using host network mode',
        severity: 'warning',
        range: [0, 29, 0, 39],
      },
    ]);
  });

  it('takes every flag of docker run, modelled or not, and still finds the line’s own problem', () => {
    assert.deepEqual(
      diagnostics('docker run --gpus all --shm-size=2g --volumes-from data -c 512 --pids-limit 100 alpine true'),
      [],
    );
    const dev = '{"runArgs": ["--shm-size=2g", "--init", "--network=host", "-p", "3000:3000"]}';
    assert.deepEqual(
      diagnostics(dev, 'devcontainer').map((d) => d.message),
      ['Published ports are discarded when using host network mode'],
    );
    // Swarm's answer depends on the host being a manager, not on the line.
    assert.deepEqual(diagnostics('docker network create --driver overlay --scope swarm --attachable mesh'), []);
  });

  it('leaves out what depends on the host: missing containers, networks and images, and lines with variables', () => {
    const text = [
      'docker run --network app nginx',
      'docker network connect app web',
      'docker run --network container:db busybox',
      'docker run registry.example/app',
      'docker run -p "$PORT:80" --network container:x nginx',
      'docker run -d -p 8080:80 --name web nginx',
      'docker ps --format "{{.Names}}"',
      'docker run --rm busybox false',
    ].join('\n');
    assert.deepEqual(diagnostics(text), []);
  });

  it('diagnoses Markdown blocks, Makefile recipes and runArgs with ranges in the file', () => {
    const md = ['```console', '$ docker run -P --net=container:web busybox', '```'].join('\n');
    assert.deepEqual(
      diagnostics(md, 'markdown').map((d) => d.range),
      [[1, 13, 1, 15]],
    );
    const make = ['run:', '\t@docker run --expose 80 --network container:web busybox'].join('\n');
    assert.deepEqual(diagnostics(make, 'makefile'), [
      {
        message: 'Error response from daemon: conflicting options: port exposing and the container type network mode',
        severity: 'error',
        range: [1, 13, 1, 24],
      },
    ]);
    const dev = ['{', '  "runArgs": [', '    "--network=container:db",', '    "--add-host=x:1.2.3.4"', '  ]', '}'].join(
      '\n',
    );
    assert.deepEqual(diagnostics(dev, 'devcontainer'), [
      {
        message: 'Error response from daemon: conflicting options: custom host-to-IP mapping and the network mode',
        severity: 'error',
        range: [3, 4, 3, 26],
      },
    ]);
  });
});

describe('Run in Network Lab lenses', () => {
  it('puts one lens over each docker line of a shell script, typing the joined line without sudo', () => {
    const text = [
      '#!/bin/sh',
      'sudo docker network create app',
      'echo hi',
      'docker run -d \\',
      '  --network app nginx',
    ].join('\n');
    assert.deepEqual(
      commandLineLenses(text, 'shellscript').map((l) => [l.range.start.line, l.lines]),
      [
        [1, ['docker network create app']],
        [3, ['docker run -d --network app nginx']],
      ],
    );
  });

  it('puts a lens over each Markdown block with docker lines running all its command lines, and one per docker line', () => {
    const text = [
      '```console',
      '$ docker run -d --name web -p 8080:80 nginx',
      '0123abcd',
      '$ curl -s localhost:8080',
      '```',
      '```sh',
      'echo no docker here',
      '```',
      '```bash',
      'docker network ls',
      '```',
    ].join('\n');
    assert.deepEqual(
      commandLineLenses(text, 'markdown').map((l) => [l.range.start.line, l.lines]),
      [
        [0, ['docker run -d --name web -p 8080:80 nginx', 'curl -s localhost:8080']],
        [1, ['docker run -d --name web -p 8080:80 nginx']],
        [8, ['docker network ls']],
      ],
    );
  });

  it('has none in Makefiles and devcontainer.json', () => {
    assert.deepEqual(commandLineLenses('up:\n\tdocker ps', 'makefile'), []);
    assert.deepEqual(commandLineLenses('{"runArgs": ["--network=host"]}', 'devcontainer'), []);
  });
});
