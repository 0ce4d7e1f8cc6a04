// What the catalogue's servers answer for a missing path, and healthchecks that fail: each row
// cites the upstream file and function it follows.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const NGINX_404 =
  '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n';

describe('HTTP answers for a missing path', () => {
  const CASES: Array<{ source: string; lines: string[]; exitCode: number; stdout: string; stderr: string }> = [
    {
      source: 'busybox networking/wget.c: a non-2xx status dies with "server returned error"',
      lines: ['docker run -d --name web nginx', 'docker run --rm busybox wget -qO- http://172.17.0.2/nope'],
      exitCode: 1,
      stdout: '',
      stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n',
    },
    {
      source: 'busybox wget.c: the Connecting line comes first without -q',
      lines: ['docker run -d --name web nginx', 'docker run --rm busybox wget -O- http://172.17.0.2/x.html'],
      exitCode: 1,
      stdout: '',
      stderr: 'Connecting to 172.17.0.2 (172.17.0.2:80)\nwget: server returned error: HTTP/1.1 404 Not Found\n',
    },
    {
      source: 'nginx src/http/ngx_http_special_response.c ngx_http_error_404_page + ngx_http_error_tail',
      lines: ['docker run -d --name web -p 8080:80 nginx', 'curl -s http://localhost:8080/nope'],
      exitCode: 0,
      stdout: NGINX_404,
      stderr: '',
    },
    {
      source: 'curl --fail: exit 22 and "The requested URL returned error" (-S shows it despite -s)',
      lines: ['docker run -d --name web -p 8080:80 nginx', 'curl -sSf http://localhost:8080/nope'],
      exitCode: 22,
      stdout: '',
      stderr: 'curl: (22) The requested URL returned error: 404\n',
    },
    {
      source: 'httpd modules/http/http_protocol.c ap_send_error_response (HTTP_NOT_FOUND)',
      lines: ['docker run -d --name api -p 8081:80 httpd', 'curl -s http://localhost:8081/missing'],
      exitCode: 0,
      stdout:
        '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
      stderr: '',
    },
    {
      source: 'nginx serves its html directory: /50x.html exists, a query string is not part of the path',
      lines: ['docker run -d --name web -p 8080:80 nginx', 'curl -sf http://localhost:8080/index.html?x=1 | head -4'],
      exitCode: 0,
      stdout: '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n',
      stderr: '',
    },
  ];
  for (const c of CASES)
    it(c.source, () => {
      const step = replay(c.lines).steps.at(-1)!;
      assert.deepEqual([step.exitCode, step.stdout, step.stderr], [c.exitCode, c.stdout, c.stderr]);
    });

  it('nginx logs the open() error and a 404 access line', () => {
    const { lab } = replay([
      'docker run -d --name web nginx',
      'docker run --rm busybox wget -q http://172.17.0.2/nope',
    ]);
    const logs = lab.containerByName('web')!.logs.slice(-2);
    assert.match(
      logs[0]!,
      /\[error\] 29#29: \*1 open\(\) "\/usr\/share\/nginx\/html\/nope" failed \(2: No such file or directory\), client: 172\.17\.0\.3, server: localhost, request: "GET \/nope HTTP\/1\.1", host: "172\.17\.0\.2"$/,
    );
    assert.match(logs[1]!, /"GET \/nope HTTP\/1\.1" 404 153 "-" "Wget" "-"$/);
  });
});

describe('healthchecks that fail (moby daemon/health.go handleProbeResult)', () => {
  const ps = "docker ps --format '{{.Names}} {{.Status}}'";
  const CASES: Array<{ source: string; lines: string[]; stdout: string }> = [
    {
      source: 'a passing check: healthy after the first interval',
      lines: [
        "docker run -d --name hc --health-cmd 'curl -f http://localhost/' --health-interval 5s nginx",
        'sleep 5',
        ps,
      ],
      stdout: 'hc Up 7 seconds (healthy)\n',
    },
    {
      source: 'a tool the image lacks: still starting before 3 failures (defaultProbeRetries)',
      lines: [
        "docker run -d --name hc --health-cmd 'wget -q --spider http://localhost/' --health-interval 5s httpd",
        'sleep 10',
        ps,
      ],
      stdout: 'hc Up 12 seconds (health: starting)\n',
    },
    {
      source: 'a tool the image lacks: unhealthy after 3 failures',
      lines: [
        "docker run -d --name hc --health-cmd 'wget -q --spider http://localhost/' --health-interval 5s httpd",
        'sleep 15',
        ps,
      ],
      stdout: 'hc Up 17 seconds (unhealthy)\n',
    },
    {
      source: 'a port nothing listens on: curl is refused',
      lines: [
        "docker run -d --name hc --health-cmd 'curl -f http://localhost:8080/ || exit 1' --health-interval 2s nginx",
        'sleep 6',
        ps,
      ],
      stdout: 'hc Up 8 seconds (unhealthy)\n',
    },
  ];
  for (const c of CASES)
    it(c.source, () => {
      assert.equal(replay(c.lines).steps.at(-1)!.stdout, c.stdout);
    });

  it("State.Health: status, streak and the log entries (exit 127 and the shell's message)", () => {
    const { steps } = replay([
      "docker run -d --name hc --health-cmd 'wget -q --spider http://localhost/' --health-interval 5s httpd",
      'sleep 15',
      "docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}} {{(index .State.Health.Log 0).ExitCode}} {{json (index .State.Health.Log 0).Output}}' hc",
    ]);
    assert.equal(steps[2]!.stdout, 'unhealthy 3 3 127 "/bin/sh: 1: wget: not found\\n"\n');
  });

  it('the curl refusal and "|| exit 1" give exit 1 with curl\'s output', () => {
    const { steps } = replay([
      "docker run -d --name hc --health-cmd 'curl -f http://localhost:8080/ || exit 1' --health-interval 2s nginx",
      'sleep 2',
      "docker inspect -f '{{(index .State.Health.Log 0).ExitCode}} {{json (index .State.Health.Log 0).Output}}' hc",
    ]);
    assert.equal(
      steps[2]!.stdout,
      '1 "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn\'t connect to server\\n"\n',
    );
  });
});
