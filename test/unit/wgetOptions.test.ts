// busybox wget's options (networking/wget.c): the file it saves to (the URL's last path part, or
// index.html, or -O FILE; the progress line shows its last part), -S (each response line two spaces
// in, the blank line too: fgets_trim_sanitize "  %s\n"), getopt's complaint for an unknown option.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const LAB = [
  'docker network create app',
  'docker run -dit --name c1 --network app busybox',
  'docker run -d --name web --network app nginx',
];
const BAR = '100% |********************************|';
const USAGE =
  'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-T SEC] URL...\n';

const run = (line: string) => replay([...LAB, `docker exec c1 ${line}`]).steps[3]!;

describe("busybox wget's options", () => {
  it('saves under the last part of the path: 50x.html is its own page (497 bytes)', () => {
    const s = run('wget http://web/50x.html');
    assert.equal(
      s.stderr,
      `Connecting to web (172.18.0.3:80)\nsaving to '50x.html'\n50x.html             ${BAR}   497  0:00:00 ETA\n'50x.html' saved\n`,
    );
  });

  it('-O FILE: saving to the path, the bar shows its last part', () => {
    const s = run('wget -O /dev/null http://web/');
    assert.equal(
      s.stderr,
      `Connecting to web (172.18.0.3:80)\nsaving to '/dev/null'\nnull                 ${BAR}   615  0:00:00 ETA\n'/dev/null' saved\n`,
    );
  });

  it("-S: nginx's status line and headers, two spaces in, before the save; -q keeps them", () => {
    const s = run('wget -qS -O - http://web/nope');
    const lines = s.stderr.split('\n');
    assert.deepEqual(lines.slice(0, 2), ['  HTTP/1.1 404 Not Found', '  Server: nginx/1.27.3']);
    assert.match(lines[2]!, /^ {2}Date: \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    assert.deepEqual(lines.slice(3), [
      '  Content-Type: text/html',
      '  Content-Length: 153',
      '  Connection: keep-alive',
      '  ',
      'wget: server returned error: HTTP/1.1 404 Not Found',
      '',
    ]);
    assert.equal(s.exitCode, 1);
  });

  it("an option it does not have: getopt's line, then the usage", () => {
    assert.deepEqual(
      [run('wget -Z http://web/').stderr, run('wget --nope http://web/').stderr],
      [`wget: invalid option -- 'Z'\n${USAGE}`, `wget: unrecognized option '--nope'\n${USAGE}`],
    );
  });
});
