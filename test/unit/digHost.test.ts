// dig and host from nicolaka/netshoot (BIND 9 bind-tools) against the lab's DNS. The answers follow
// moby daemon/libnetwork/resolver.go (TTL 600, flags qr rd ra, no OPT, uncompressed names); the
// layout follows bin/dig/dig.c (dns_master_style columns 24/32/40/48) and bin/dig/host.c.
import * as assert from 'node:assert/strict';
import { last } from './transcript';
import { DIG_VERSION } from '../../src/commandLine/shell/digTool';

const NET = [
  'docker network create app',
  'docker run -d --name web --network app --network-alias site nginx',
  'docker run -d --name web2 --network app --network-alias site nginx',
];
const SHOOT = 'docker run --rm --network app nicolaka/netshoot';

describe('dig and host', () => {
  it('dig NAME: the embedded server answers with TTL 600; 40 bytes for one A of "web."', () => {
    const out = last([...NET, `${SHOOT} dig web`]).stdout;
    assert.match(
      out,
      new RegExp(
        `^\\n; <<>> DiG ${DIG_VERSION.replace(/\./g, '\\.')} <<>> web\\n;; global options: \\+cmd\\n;; Got answer:\\n`,
      ),
    );
    assert.match(
      out,
      /;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \d+\n;; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n/,
    );
    assert.match(
      out,
      /\n;; QUESTION SECTION:\n;web\.\t\t\t\tIN\tA\n\n;; ANSWER SECTION:\nweb\.\t\t\t600\tIN\tA\t172\.18\.0\.2\n\n/,
    );
    assert.match(
      out,
      /;; SERVER: 127\.0\.0\.11#53\(127\.0\.0\.11\) \(UDP\)\n;; WHEN: Thu Jan 01 09:00:0\d UTC 2026\n;; MSG SIZE {2}rcvd: 40\n\n$/,
    );
  });

  it('dig +short ALIAS: every holder of a network alias', () => {
    assert.equal(last([...NET, `${SHOOT} dig +short site`]).stdout, '172.18.0.2\n172.18.0.3\n');
  });

  it('dig +noall +answer: the answer records alone', () => {
    assert.equal(last([...NET, `${SHOOT} dig +noall +answer web2`]).stdout, 'web2.\t\t\t600\tIN\tA\t172.18.0.3\n');
  });

  it('dig of a name nobody has: NXDOMAIN, no answer section', () => {
    const out = last([...NET, `${SHOOT} dig nosuch`]).stdout;
    assert.match(out, /status: NXDOMAIN,/);
    assert.match(out, /ANSWER: 0,/);
    assert.doesNotMatch(out, /ANSWER SECTION/);
  });

  it('dig does not read /etc/hosts: a container on the default bridge cannot dig a name', () => {
    const out = last(['docker run -d --name web nginx', 'docker run --rm nicolaka/netshoot dig +short web']).stdout;
    assert.equal(out, '');
  });

  it('dig on the default bridge asks the host upstream server', () => {
    assert.match(last(['docker run --rm nicolaka/netshoot dig example.com']).stdout, /;; SERVER: (\d+\.){3}\d+#53/);
  });

  it('host NAME: its addresses in words', () => {
    assert.equal(last([...NET, `${SHOOT} host web`]).stdout, 'web has address 172.18.0.2\n');
  });

  it('host of an unknown name: NXDOMAIN and status 1', () => {
    const step = last([...NET, `${SHOOT} host nosuch`]);
    assert.deepEqual([step.stdout, step.exitCode], ['Host nosuch not found: 3(NXDOMAIN)\n', 1]);
  });

  it('busybox has neither dig nor host', () => {
    assert.equal(last(['docker run --rm busybox dig web']).exitCode, 127);
    assert.equal(last(['docker run --rm busybox host web']).exitCode, 127);
  });
});
