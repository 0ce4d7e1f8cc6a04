// curl 7.88.1's options over the catalogue's servers: -I/-i with each server's own headers (nginx
// ngx_http_header_filter_module.c, httpd http_protocol.c), -o, -w, -v, -s/-S; curl's own texts
// (src/tool_getparam.c, tool_writeout.c, lib/http.c verbose lines).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const NGINX = 'docker run -d --name web -p 8080:80 nginx';
const HTTPD = 'docker run -d --name api -p 8081:80 httpd';
const DATE = /^Date: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The lines of a CRLF header block, with the Date line checked and replaced by `Date: *`. */
function headerLines(text: string): string[] {
  assert.ok(text.endsWith('\r\n\r\n'), JSON.stringify(text));
  return text
    .slice(0, -4)
    .split('\r\n')
    .map((l) => (l.startsWith('Date: ') ? (assert.match(l, DATE), 'Date: *') : l));
}

describe("curl's options (curl 7.88.1)", () => {
  it("-I: a HEAD, nginx's headers in nginx's order; the access log says HEAD with 0 bytes", () => {
    const { steps, session } = replay([NGINX, 'curl -I localhost:8080']);
    assert.equal(steps[1]!.exitCode, 0);
    assert.deepEqual(headerLines(steps[1]!.stdout), [
      'HTTP/1.1 200 OK',
      'Server: nginx/1.27.3',
      'Date: *',
      'Content-Type: text/html',
      'Content-Length: 615',
      'Last-Modified: Tue, 09 Dec 2025 12:00:00 GMT',
      'Connection: keep-alive',
      'ETag: "69380f40-267"',
      'Accept-Ranges: bytes',
    ]);
    assert.match(
      session.execute('docker logs web').output.stdout,
      /"HEAD \/ HTTP\/1\.1" 200 0 "-" "curl\/7\.88\.1" "-"\n$/,
    );
  });

  it("-I on httpd: Apache's order, and its index.html's date and ETag", () => {
    const { steps } = replay([HTTPD, 'curl -sI http://localhost:8081/']);
    assert.deepEqual(headerLines(steps[1]!.stdout), [
      'HTTP/1.1 200 OK',
      'Date: *',
      'Server: Apache/2.4.65 (Unix)',
      'Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT',
      'ETag: "2d-432a5e4a73a80"',
      'Accept-Ranges: bytes',
      'Content-Length: 45',
      'Content-Type: text/html',
    ]);
  });

  it('-i: the 404 headers, then the body', () => {
    const { steps } = replay([HTTPD, 'curl -i localhost:8081/missing']);
    const out = steps[1]!.stdout;
    const split = out.indexOf('\r\n\r\n') + 4;
    assert.deepEqual(headerLines(out.slice(0, split)), [
      'HTTP/1.1 404 Not Found',
      'Date: *',
      'Server: Apache/2.4.65 (Unix)',
      'Content-Length: 196',
      'Content-Type: text/html; charset=iso-8859-1',
    ]);
    assert.equal(out.length - split, 196);
    assert.match(out.slice(split), /^<!DOCTYPE HTML PUBLIC/);
  });

  it('-o sends the body away; -w prints its variables and escapes', () => {
    const { steps } = replay([
      NGINX,
      'curl -s -o /dev/null -w "%{http_code} %{size_download} %{remote_ip}:%{remote_port}\\n" localhost:8080',
      'curl -so /dev/null -w "%{response_code}" localhost:8080/nope',
    ]);
    assert.deepEqual([steps[1]!.stdout, steps[1]!.stderr], ['200 615 127.0.0.1:8080\n', '']);
    assert.equal(steps[2]!.stdout, '404');
  });

  it('-O writes to a file named from the URL: nothing on stdout', () => {
    const { steps } = replay([NGINX, 'curl -sO http://localhost:8080/index.html']);
    assert.deepEqual([steps[1]!.stdout, steps[1]!.exitCode], ['', 0]);
  });

  it('-w warns about a variable it does not know', () => {
    const { steps } = replay([NGINX, 'curl -s -o /dev/null -w "%{nope}" localhost:8080']);
    assert.deepEqual([steps[1]!.stdout, steps[1]!.stderr], ['', "curl: unknown --write-out variable: 'nope'\n"]);
  });

  it('-v: the connection, the request and the response headers on stderr, the body on stdout', () => {
    const run = replay([NGINX, 'curl -v http://localhost:8080/nope']).steps[1]!;
    const lines = run.stderr.split('\n');
    assert.deepEqual(lines.slice(0, 2), [
      '*   Trying 127.0.0.1:8080...',
      '* Connected to localhost (127.0.0.1) port 8080 (#0)',
    ]);
    assert.deepEqual(lines.slice(2, 7), [
      '> GET /nope HTTP/1.1\r',
      '> Host: localhost:8080\r',
      '> User-Agent: curl/7.88.1\r',
      '> Accept: */*\r',
      '> \r',
    ]);
    assert.equal(lines[7], '< HTTP/1.1 404 Not Found\r');
    assert.deepEqual(lines.slice(-3), ['< \r', '* Connection #0 to host localhost left intact', '']);
    assert.match(run.stdout, /^<html>\r\n<head><title>404 Not Found<\/title>/);
  });

  it('-v on a refused connection: the attempt, then the error', () => {
    const { steps } = replay(['curl -v localhost:9999']);
    assert.equal(steps[0]!.exitCode, 7);
    assert.equal(
      steps[0]!.stderr,
      '*   Trying 127.0.0.1:9999...\n* connect to 127.0.0.1 port 9999 failed: Connection refused\n' +
        "* Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n* Closing connection 0\n" +
        "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n",
    );
  });

  it('-s hides the error message (the exit code stays); -S shows it again', () => {
    const { steps } = replay(['curl -s localhost:9999', 'curl -sS localhost:9999', 'curl -sf localhost:9999']);
    assert.deepEqual(
      steps.map((s) => [s.stderr, s.exitCode]),
      [
        ['', 7],
        ["curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n", 7],
        ['', 7],
      ],
    );
  });

  it('an option curl does not have', () => {
    const { steps } = replay(['curl --nope http://x']);
    assert.deepEqual(
      [steps[0]!.stderr, steps[0]!.exitCode],
      ["curl: option --nope: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
    );
  });

  // An address nothing answers (outside every network the host routes to), so a SYN times out.
  const SILENT = '10.1.2.3';
  const ROWS: Array<{ id: string; lines: string[]; want: [number, string, string] }> = [
    {
      id: 'lib/multi.c multi_handle_timeout: -m stops a connect nobody answers, in milliseconds plus one',
      lines: [`curl -m 2 ${SILENT}`],
      want: [28, '', 'curl: (28) Connection timed out after 2001 milliseconds\n'],
    },
    {
      id: 'tool_paramhlp.c secs2ms: --connect-timeout takes fractions; the smaller limit wins',
      lines: [`curl --connect-timeout 1.5 -m 5 ${SILENT}`],
      want: [28, '', 'curl: (28) Connection timed out after 1501 milliseconds\n'],
    },
    {
      id: 'secs2ms: 0 is no limit, so the kernel gives up after its SYN retries',
      lines: [`curl -m 0 ${SILENT}`],
      want: [28, '', `curl: (28) Failed to connect to ${SILENT} port 80 after 134005 ms: Couldn't connect to server\n`],
    },
    {
      id: 'tool_helpers.c param2text: a limit that is not a number',
      lines: [`curl -m x ${SILENT}`],
      want: [
        2,
        '',
        "curl: option -m: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      ],
    },
    {
      id: 'param2text: a negative limit',
      lines: [`curl --connect-timeout=-1 ${SILENT}`],
      want: [
        2,
        '',
        "curl: option --connect-timeout: expected a positive numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      ],
    },
    {
      id: '-v: the attempt, then the timeout, then the closed connection',
      lines: [`curl -v -m 3 ${SILENT}`],
      want: [
        28,
        '',
        `*   Trying ${SILENT}:80...\n* Connection timed out after 3001 milliseconds\n* Closing connection 0\ncurl: (28) Connection timed out after 3001 milliseconds\n`,
      ],
    },
    {
      id: 'tool_operate.c post_per_transfer: -w is written after a failed connect, with http_code 000',
      lines: [`curl -s -o /dev/null -w '%{http_code} %{exitcode} %{remote_ip}\\n' -m 1 ${SILENT}`],
      want: [28, `000 28 ${SILENT}\n`, ''],
    },
    {
      id: 'post_per_transfer: -w after a name that does not resolve, with the error message',
      lines: ["curl -s -w '[%{http_code}] %{errormsg}' nope.invalid"],
      want: [6, '[000] Could not resolve host: nope.invalid', ''],
    },
    {
      id: 'post_per_transfer: -f fails on a 404 and -w still says 404',
      lines: [NGINX, "curl -sf -w '%{http_code}' localhost:8080/nope"],
      want: [22, '404', ''],
    },
  ];
  for (const row of ROWS) {
    it(row.id, () => {
      const { steps } = replay(row.lines);
      const got = steps[steps.length - 1]!;
      assert.deepEqual([got.exitCode, got.stdout, got.stderr], row.want);
    });
  }
});
