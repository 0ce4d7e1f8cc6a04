// `nc HOST PORT` with something on stdin: the server's own answer. nginx and httpd answer an HTTP
// request as curl gets them (nginx closes an HTTP/1.0 connection: ngx_http_set_keepalive);
// redis-server answers inline commands in RESP2 (redis src/networking.c processInlineBuffer, addReply*).
import * as assert from 'node:assert/strict';
import { last, replay } from './transcript';
import { resp } from '../../src/commandLine/shell/ncConversation';

const NET = [
  'docker network create app',
  'docker run -d --name web --network app nginx',
  'docker run -d --name db --network app redis',
  'docker run -d --name cli --network app busybox sleep 1000',
];

describe('nc talking to servers', () => {
  it('an HTTP/1.0 GET to nginx: its page with the headers curl -i shows, Connection: close', () => {
    const viaNc = last([...NET, `docker exec cli sh -c 'printf "GET / HTTP/1.0\\r\\n\\r\\n" | nc web 80'`]).stdout;
    const viaCurl = last([...NET, 'docker run --rm --network app nicolaka/netshoot curl -si http://web/']).stdout;
    assert.match(viaNc, /^HTTP\/1\.1 200 OK\r\nServer: nginx\/[\d.]+\r\n/);
    assert.match(viaNc, /\r\nConnection: close\r\n/);
    const body = (s: string) => s.slice(s.indexOf('\r\n\r\n') + 4);
    assert.equal(body(viaNc), body(viaCurl));
    assert.match(body(viaNc), /<title>Welcome to nginx!<\/title>/);
  });

  it('an HTTP/1.1 HEAD of a missing path: the 404 headers, no body, keep-alive; nginx logs it', () => {
    const { steps } = replay([
      ...NET,
      `docker exec cli sh -c 'printf "HEAD /nope HTTP/1.1\\r\\nHost: web\\r\\n\\r\\n" | nc web 80'`,
      'docker logs web',
    ]);
    const out = steps[steps.length - 2]!.stdout;
    assert.match(out, /^HTTP\/1\.1 404 Not Found\r\n/);
    assert.match(out, /\r\nConnection: keep-alive\r\n\r\n$/);
    assert.match(steps[steps.length - 1]!.stdout, /"HEAD \/nope HTTP\/1\.1" 404 0 "-" "-" "-"\n$/);
  });

  it('an HTTP/1.1 request without Host gets nothing the lab models (nginx would answer 400)', () => {
    assert.equal(last([...NET, `docker exec cli sh -c 'printf "GET / HTTP/1.1\\r\\n\\r\\n" | nc web 80'`]).stdout, '');
  });

  it('inline commands to redis-server, one per line, answered in RESP', () => {
    const out = last([
      ...NET,
      `docker exec cli sh -c 'printf "PING\\r\\nSET a 1\\r\\nINCR a\\r\\nGET a\\r\\nGET zz\\r\\nKEYS *\\r\\n" | nc db 6379'`,
    ]).stdout;
    assert.equal(out, '+PONG\r\n+OK\r\n:2\r\n$1\r\n2\r\n$-1\r\n*1\r\n$1\r\na\r\n');
  });

  it('the keys nc set are the ones redis-cli reads', () => {
    const out = last([...NET, `docker exec cli sh -c 'echo "SET k v" | nc db 6379'`, 'docker exec db redis-cli get k']);
    assert.equal(out.stdout, 'v\n');
  });

  it('a server that speaks neither says nothing back', () => {
    assert.equal(
      last([...NET, 'docker run -d --name pg --network app postgres', `docker exec cli sh -c 'echo hi | nc pg 5432'`])
        .stdout,
      '',
    );
  });

  const table: [Parameters<typeof resp>[0], string][] = [
    [{ type: 'status', text: 'OK' }, '+OK\r\n'],
    [{ type: 'error', text: 'ERR x' }, '-ERR x\r\n'],
    [{ type: 'integer', value: -3 }, ':-3\r\n'],
    [{ type: 'string', text: 'hé' }, '$3\r\nhé\r\n'],
    [{ type: 'nil' }, '$-1\r\n'],
    [{ type: 'array', items: [] }, '*0\r\n'],
  ];
  for (const [reply, wire] of table)
    it(`RESP2 ${JSON.stringify(wire)} (networking.c addReply)`, () => assert.equal(resp(reply), wire));
});
