// A container's files (src/core/kernel/containerFiles.ts over src/core/catalog/imageFiles.ts): what
// each image ships, what a learner writes with > and >>, what cat, ls, rm, mkdir and touch say in
// busybox's and GNU's words, what nginx and httpd serve from them, and that the layer lives with the
// container (restart keeps it, rm drops it, save and load keep it). Each row cites the upstream
// file it follows.
import * as assert from 'node:assert/strict';
import { Session } from '../../src/commandLine/session';
import { httpDate } from '../../src/core/catalog/httpHeaders';
import { loadLab, saveLab } from '../../src/core/lab/serialize';
import { replay } from './transcript';

const WEB = 'docker run -d --name web -p 8080:80 nginx';
const WRITE_PAGE = "docker exec web sh -c 'echo hello > /usr/share/nginx/html/index.html'";

/** The last line's exit code, stdout and stderr. */
function lastOf(lines: readonly string[]): [number, string, string] {
  const { steps } = replay(lines);
  const s = steps[steps.length - 1]!;
  return [s.exitCode, s.stdout, s.stderr];
}

describe('container files: the tutorial flow (write the page nginx serves)', () => {
  it('nginx serves the page a learner wrote, with its length, date and ETag (ngx_http_header_filter, ngx_http_set_etag)', () => {
    const { steps, lab } = replay([WEB, WRITE_PAGE, 'curl -i localhost:8080']);
    // The write's line ran at the lab time the curl line's clock had one tick before.
    const written = lab.now - 1;
    assert.equal(steps[1]!.exitCode, 0, steps[1]!.stderr);
    assert.equal(
      steps[2]!.stdout,
      [
        'HTTP/1.1 200 OK',
        'Server: nginx/1.27.3',
        `Date: ${httpDate(lab.now)}`,
        'Content-Type: text/html',
        'Content-Length: 6',
        `Last-Modified: ${httpDate(written)}`,
        'Connection: keep-alive',
        `ETag: "${written.toString(16)}-6"`,
        'Accept-Ranges: bytes',
        '',
        'hello\n',
      ].join('\r\n'),
    );
  });

  const FLOW: Array<{ why: string; lines: string[]; expect: [number, string, string] }> = [
    {
      why: "nginx's html/index.html, installed in /usr/share/nginx/html (nginx/pkg-oss debian rules)",
      lines: [WEB, 'docker exec web cat /usr/share/nginx/html/index.html'],
      expect: [0, '', ''],
    },
    {
      why: 'cat shows what the shell wrote (dash src/redir.c openredirect O_TRUNC)',
      lines: [WEB, WRITE_PAGE, 'docker exec web cat /usr/share/nginx/html/index.html'],
      expect: [0, 'hello\n', ''],
    },
    {
      why: 'a restart keeps the writable layer (moby daemon/start.go reuses the container RWLayer)',
      lines: [WEB, WRITE_PAGE, 'docker restart web', 'curl -s localhost:8080'],
      expect: [0, 'hello\n', ''],
    },
    {
      why: 'stop and start keep it too',
      lines: [
        WEB,
        WRITE_PAGE,
        'docker stop web',
        'docker start web',
        'docker exec web cat /usr/share/nginx/html/index.html',
      ],
      expect: [0, 'hello\n', ''],
    },
    {
      why: 'docker rm drops the layer: a new container starts from the image (moby daemon/delete.go ReleaseRWLayer)',
      lines: [WEB, WRITE_PAGE, 'docker rm -f web', WEB, 'curl -s localhost:8080 | grep title'],
      expect: [0, '<title>Welcome to nginx!</title>\n', ''],
    },
    {
      why: 'another container of the same image has a layer of its own',
      lines: [WEB, WRITE_PAGE, 'docker run --rm nginx cat /usr/share/nginx/html/index.html | grep title'],
      expect: [0, '<title>Welcome to nginx!</title>\n', ''],
    },
    {
      why: 'a new file is served by its name, text/plain by nginx conf/mime.types',
      lines: [
        WEB,
        "docker exec web sh -c 'echo hi > /usr/share/nginx/html/x.txt'",
        'curl -sI localhost:8080/x.txt | grep Type',
      ],
      expect: [0, 'Content-Type: text/plain\r\n', ''],
    },
    {
      why: 'a removed file is the 404 nginx answers for a missing one (ngx_http_static_handler NGX_HTTP_NOT_FOUND)',
      lines: [
        WEB,
        'docker exec web rm /usr/share/nginx/html/50x.html',
        'curl -s -o /dev/null -w "%{http_code}" localhost:8080/50x.html',
      ],
      expect: [0, '404', ''],
    },
    {
      why: 'httpd serves htdocs (httpd.conf DocumentRoot), its Last-Modified the write time',
      lines: [
        'docker run -d --name api -p 8081:80 httpd',
        "docker exec api sh -c 'echo hi > /usr/local/apache2/htdocs/index.html'",
        'curl -s localhost:8081',
      ],
      expect: [0, 'hi\n', ''],
    },
  ];
  for (const c of FLOW)
    it(c.why, () => {
      const got = lastOf(c.lines);
      if (c.expect[1] === '') {
        assert.equal(got[0], 0, got[2]);
        assert.ok(got[1].includes('<title>Welcome to nginx!</title>'), got[1]);
      } else assert.deepEqual(got, c.expect);
    });

  it("httpd's Last-Modified is htdocs/index.html's 2007 date until it is written, then the write's", () => {
    const { steps, lab } = replay([
      'docker run -d --name api -p 8081:80 httpd',
      'curl -sI localhost:8081',
      "docker exec api sh -c 'echo hi > /usr/local/apache2/htdocs/index.html'",
      'curl -sI localhost:8081',
    ]);
    assert.ok(steps[1]!.stdout.includes('Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT\r\n'), steps[1]!.stdout);
    const written = lab.now - 1;
    assert.ok(steps[3]!.stdout.includes(`Last-Modified: ${httpDate(written)}\r\n`), steps[3]!.stdout);
    assert.ok(steps[3]!.stdout.includes(`ETag: "3-${(written * 1e6).toString(16)}"\r\n`), steps[3]!.stdout);
  });
});

describe('container files: what each image ships', () => {
  const CASES: Array<{ source: string; line: string; stdout: RegExp }> = [
    {
      source: 'nginx/pkg-oss debian/debian/nginx.conf (1.27.3: pid under /var/run)',
      line: 'docker run --rm nginx cat /etc/nginx/nginx.conf',
      stdout:
        /^\nuser {2}nginx;\nworker_processes {2}auto;\n[^]*pid {8}\/var\/run\/nginx\.pid;[^]*include \/etc\/nginx\/conf\.d\/\*\.conf;\n}\n$/,
    },
    {
      source: 'nginx/pkg-oss nginx.default.conf as packaged: the entrypoint does not run for another command',
      line: 'docker run --rm nginx cat /etc/nginx/conf.d/default.conf',
      stdout: /^server {\n {4}listen {7}80;\n {4}server_name {2}localhost;\n/,
    },
    {
      source: 'Debian 12 base-files /etc/os-release (nginx FROM debian:bookworm-slim)',
      line: 'docker run --rm nginx cat /etc/os-release',
      stdout: /^PRETTY_NAME="Debian GNU\/Linux 12 \(bookworm\)"\n[^]*ID=debian\n/,
    },
    {
      source: 'Alpine 3.22 alpine-release /etc/os-release',
      line: 'docker run --rm alpine cat /etc/os-release',
      stdout: /^NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3\.22\.2\n/,
    },
    {
      source: 'Ubuntu 24.04 base-files /etc/os-release',
      line: 'docker run --rm ubuntu cat /etc/os-release',
      stdout: /^PRETTY_NAME="Ubuntu 24\.04\.3 LTS"\n[^]*UBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n$/,
    },
    {
      source: 'the nginx image Dockerfile: useradd --uid 101 nginx, after base-passwd',
      line: 'docker run --rm nginx cat /etc/passwd',
      stdout: /^root:x:0:0:root:\/root:\/bin\/bash\n[^]*nginx:x:101:101:nginx user:\/nonexistent:\/bin\/false\n$/,
    },
    {
      source: 'ls of /usr/share/nginx/html: both pages, byte order',
      line: 'docker run --rm nginx ls /usr/share/nginx/html',
      stdout: /^50x\.html\nindex\.html\n$/,
    },
  ];
  for (const c of CASES)
    it(c.source, () => {
      const [code, stdout, stderr] = lastOf([c.line]);
      assert.equal(code, 0, stderr);
      assert.match(stdout, c.stdout);
    });

  it("a running nginx's default.conf has the IPv6 listen 10-listen-on-ipv6-by-default.sh adds (nginxinc/docker-nginx)", () => {
    const [, stdout] = lastOf([WEB, 'docker exec web cat /etc/nginx/conf.d/default.conf']);
    assert.match(stdout, /^server {\n {4}listen {7}80;\n {4}listen {2}\[::\]:80;\n {4}server_name {2}localhost;\n/);
  });
});

describe('container files: errors in each shell and tool’s words', () => {
  const BB = 'docker run --rm busybox';
  const DEB = 'docker run --rm nginx';
  const CASES: Array<{ source: string; line: string; expect: [number, string, string] }> = [
    {
      source: "busybox shell/ash.c openredirect: can't create, errmsg ENOENT 'nonexistent directory', status 1",
      line: `${BB} sh -c 'echo x > /x/y'`,
      expect: [1, '', "sh: can't create /x/y: nonexistent directory\n"],
    },
    {
      source: 'dash src/redir.c openredirect: cannot create, E_CREAT "Directory nonexistent", status 2',
      line: `${DEB} sh -c 'echo x > /x/y'`,
      expect: [2, '', 'sh: 1: cannot create /x/y: Directory nonexistent\n'],
    },
    {
      source: 'ash: /sys is read-only in a container (moby oci/defaults.go), strerror(EROFS)',
      line: `${BB} sh -c 'echo 1 > /sys/x'`,
      expect: [1, '', "sh: can't create /sys/x: Read-only file system\n"],
    },
    {
      source: 'dash: /proc/sys is read-only too',
      line: `${DEB} sh -c 'echo 1 > /proc/sys/net/ipv4/ip_forward'`,
      expect: [2, '', 'sh: 1: cannot create /proc/sys/net/ipv4/ip_forward: Read-only file system\n'],
    },
    {
      source: 'dash: a folder is EISDIR',
      line: `${DEB} sh -c 'echo x > /etc'`,
      expect: [2, '', 'sh: 1: cannot create /etc: Is a directory\n'],
    },
    {
      source: "ash openredirect eopen: can't open, errmsg ENOENT 'no such file'",
      line: `${BB} sh -c 'cat < /nope'`,
      expect: [1, '', "sh: can't open /nope: no such file\n"],
    },
    {
      source: 'dash openredirect eopen: cannot open, E_OPEN "No such file"',
      line: `${DEB} sh -c 'cat < /nope'`,
      expect: [2, '', 'sh: 1: cannot open /nope: No such file\n'],
    },
    {
      source: "busybox coreutils/cat.c open_or_warn_stdin: can't open '%s'",
      line: `${BB} cat /etc/os-release`,
      expect: [1, '', "cat: can't open '/etc/os-release': No such file or directory\n"],
    },
    {
      source: 'busybox cat: a folder opens, read() fails',
      line: `${BB} cat /etc`,
      expect: [1, '', 'cat: read error: Is a directory\n'],
    },
    {
      source: 'GNU coreutils src/cat.c: %s: strerror',
      line: `${DEB} cat /nope /etc`,
      expect: [1, '', 'cat: /nope: No such file or directory\ncat: /etc: Is a directory\n'],
    },
    {
      source: 'busybox coreutils/ls.c bb_simple_perror_msg, status 1',
      line: `${BB} ls /nope`,
      expect: [1, '', 'ls: /nope: No such file or directory\n'],
    },
    {
      source: "GNU src/ls.c: cannot access '%s', LS_FAILURE 2",
      line: `${DEB} ls /nope`,
      expect: [2, '', "ls: cannot access '/nope': No such file or directory\n"],
    },
    {
      source: "busybox libbb/remove_file.c: can't remove '%s'",
      line: `${BB} rm /nope`,
      expect: [1, '', "rm: can't remove '/nope': No such file or directory\n"],
    },
    {
      source: "busybox remove_file.c: '%s' is a directory without -r",
      line: `${BB} rm /tmp`,
      expect: [1, '', "rm: '/tmp' is a directory\n"],
    },
    {
      source: 'GNU src/remove.c: cannot remove, EISDIR',
      line: `${DEB} rm /tmp`,
      expect: [1, '', "rm: cannot remove '/tmp': Is a directory\n"],
    },
    {
      source: 'rm -f is quiet about a missing file',
      line: `${DEB} rm -f /nope`,
      expect: [0, '', ''],
    },
    {
      source: 'GNU rm with no operand: missing operand, emit_try_help',
      line: `${DEB} rm`,
      expect: [1, '', "rm: missing operand\nTry 'rm --help' for more information.\n"],
    },
    {
      source: "busybox libbb/make_directory.c: can't create directory '%s'",
      line: `${BB} mkdir /x/y`,
      expect: [1, '', "mkdir: can't create directory '/x/y': No such file or directory\n"],
    },
    {
      source: 'GNU src/mkdir.c: cannot create directory, EEXIST',
      line: `${DEB} mkdir /tmp`,
      expect: [1, '', "mkdir: cannot create directory '/tmp': File exists\n"],
    },
    {
      source: 'busybox coreutils/touch.c bb_simple_perror_msg',
      line: `${BB} touch /x/y`,
      expect: [1, '', 'touch: /x/y: No such file or directory\n'],
    },
    {
      source: "GNU src/touch.c: cannot touch '%s'",
      line: `${DEB} touch /x/y`,
      expect: [1, '', "touch: cannot touch '/x/y': No such file or directory\n"],
    },
    {
      source: 'a :ro mount is read-only (moby volume/mounts: RW false)',
      line: `docker run --rm -v data:/data:ro busybox sh -c 'echo x > /data/f'`,
      expect: [1, '', "sh: can't create /data/f: Read-only file system\n"],
    },
  ];
  for (const c of CASES)
    it(c.source, () => {
      assert.deepEqual(lastOf([c.line]), c.expect);
    });
});

describe('container files: writes, appends and listings', () => {
  const CASES: Array<{ source: string; script: string; expect: [number, string, string] }> = [
    {
      source: '>> appends (O_APPEND), > replaces (O_TRUNC)',
      script: 'echo a > /tmp/f; echo b >> /tmp/f; echo c >> /tmp/f; cat /tmp/f; echo d > /tmp/f; cat /tmp/f',
      expect: [0, 'a\nb\nc\nd\n', ''],
    },
    {
      source: 'the file is truncated before the command runs: cat f > f leaves it empty',
      script: 'echo a > /tmp/f; cat /tmp/f > /tmp/f; wc -c < /tmp/f',
      expect: [0, '0\n', ''],
    },
    {
      source: '2>&1 after > sends both streams to the file; 2>&1 before it points stderr at the old stdout',
      script: 'cat /nope > /tmp/f 2>&1; cat /tmp/f; cat /nope 2>&1 > /tmp/g; wc -c < /tmp/g',
      expect: [
        0,
        "cat: can't open '/nope': No such file or directory\ncat: can't open '/nope': No such file or directory\n0\n",
        '',
      ],
    },
    {
      source: 'the text filters read the files (grep, wc, sort)',
      script: 'echo b > /tmp/f; echo a >> /tmp/f; grep a /tmp/f; sort /tmp/f; wc -l /tmp/f',
      expect: [0, 'a\na\nb\n2 /tmp/f\n', ''],
    },
    {
      source: 'ls sorts by strcmp in the C locale; a relative path resolves against cd',
      script: 'mkdir /tmp/d; cd /tmp/d; touch b a B; ls; ls -a /tmp/d',
      expect: [0, 'B\na\nb\n.\n..\nB\na\nb\n', ''],
    },
    {
      source: 'ls of two folders: a "%s:" header each, a blank line between (ls.c scan_and_display_dirs_recur)',
      script: 'mkdir -p /tmp/x/y; touch /tmp/x/f; ls /tmp/x /tmp/x/y',
      expect: [0, '/tmp/x:\nf\ny\n\n/tmp/x/y:\n', ''],
    },
    {
      source: 'rm -r takes a folder and all below; a folder made again over it is empty (overlayfs opaque dir)',
      script: 'rm -r /etc; mkdir /etc; ls /etc; cat /etc/hosts',
      expect: [1, '', "cat: can't open '/etc/hosts': No such file or directory\n"],
    },
    {
      source: 'cd into a folder of the image',
      script: 'cd /usr/share/nginx/html && ls',
      expect: [0, '50x.html\nindex.html\n', ''],
    },
  ];
  for (const c of CASES)
    it(c.source, () => {
      const image = c.script.includes('nginx') ? 'nginx' : 'busybox';
      assert.deepEqual(lastOf([`docker run --rm ${image} sh -c '${c.script}'`]), c.expect);
    });

  it("busybox wget saves into the container's layer (networking/wget.c, -O FILE)", () => {
    const [code, stdout, stderr] = lastOf([
      WEB,
      "docker run --rm busybox sh -c 'wget -qO /tmp/page http://172.17.0.2/ && grep title /tmp/page; wget -qO /x/y http://172.17.0.2/'",
    ]);
    assert.deepEqual(
      [code, stdout, stderr],
      [1, '<title>Welcome to nginx!</title>\n', "wget: can't open '/x/y': No such file or directory\n"],
    );
  });

  it('an interactive shell writes into the same layer docker exec reads', () => {
    const { steps } = replay([
      'docker run -dit --name box busybox sh',
      'docker exec -it box sh',
      'echo hi > /root/note',
      'exit',
      'docker exec box cat /root/note',
    ]);
    assert.deepEqual([steps[4]!.exitCode, steps[4]!.stdout, steps[4]!.stderr], [0, 'hi\n', '']);
  });

  it('on the host a redirection writes nowhere, as before', () => {
    const { steps } = replay(['echo hi > /tmp/host-note', 'cat /tmp/host-note']);
    assert.deepEqual([steps[0]!.exitCode, steps[0]!.stdout, steps[0]!.stderr], [0, '', '']);
    assert.equal(steps[1]!.exitCode, 1);
  });
});

describe('container files: save and load', () => {
  it('a saved lab keeps each container layer: the page and the served answer come back', () => {
    const { lab } = replay([WEB, WRITE_PAGE, 'docker exec web rm /usr/share/nginx/html/50x.html']);
    const again = new Session(loadLab(JSON.parse(JSON.stringify(saveLab(lab))) as unknown));
    const outs = [
      'curl -s localhost:8080',
      'docker exec web ls /usr/share/nginx/html',
      'docker exec web cat /usr/share/nginx/html/index.html',
    ].map((l) => again.execute(l).output);
    assert.deepEqual(
      outs.map((o) => o.stdout),
      ['hello\n', 'index.html\n', 'hello\n'],
    );
  });

  it('a layer that is not a map is damage the loader names', () => {
    const { lab } = replay(['docker run -d --name web nginx']);
    const saved = JSON.parse(JSON.stringify(saveLab(lab))) as { containers: Array<Record<string, unknown>> };
    saved.containers[0]!.files = ['x'];
    assert.throws(() => loadLab(saved), /saved lab is damaged: the files of web are malformed/);
  });
});
