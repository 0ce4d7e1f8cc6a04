// redis-cli in the redis image against the lab's redis-server: each row cites the redis source
// (src/redis-cli.c, src/server.c, src/t_string.c) or hiredis behaviour it follows; whole outputs.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';
import { redisCommand, redisGlob } from '../../src/core/kernel/redisServer';
import type { Container } from '../../src/core/lab/model';

const NET = ['docker network create app', 'docker run -d --name db --network app redis'];

interface Row {
  source: string;
  lines: string[];
  stdout: string;
  stderr?: string;
  exitCode?: number;
}

const ROWS: Row[] = [
  {
    source: 'redis-cli.c noninteractive: PING answers PONG',
    lines: [...NET, 'docker exec db redis-cli ping'],
    stdout: 'PONG\n',
  },
  {
    source: 'redis-cli.c main: stdout not a tty, so OUTPUT_RAW: a string bare, an integer as digits',
    lines: [
      ...NET,
      'docker exec db redis-cli set hits 41',
      'docker exec db redis-cli incr hits',
      'docker exec db redis-cli get hits',
    ],
    stdout: '42\n',
  },
  {
    source: 'redis-cli.c cliFormatReplyTTY: with -t, strings quoted (sdscatrepr) and integers marked',
    lines: [...NET, 'docker exec db redis-cli set hits 41', 'docker exec -t db redis-cli incr hits'],
    stdout: '(integer) 42\n',
  },
  {
    source: 'redis-cli.c cliFormatReplyTTY: a string in quotes, C escapes inside',
    lines: [...NET, 'docker exec db redis-cli set k "a \\"b\\""', 'docker exec -t db redis-cli get k'],
    stdout: '"a \\"b\\""\n',
  },
  {
    source: 'redis-cli.c cliFormatReplyTTY / cliFormatReplyRaw: a missing key is (nil) on a tty, an empty line raw',
    lines: [...NET, 'docker exec -t db redis-cli get nope', 'docker exec db redis-cli get nope'],
    stdout: '\n',
  },
  {
    source: 'redis-cli.c cliFormatReplyTTY: arrays numbered, (empty array) when empty',
    lines: [
      ...NET,
      'docker exec db redis-cli set a 1',
      'docker exec db redis-cli set b 2',
      'docker exec -t db redis-cli keys "*"',
    ],
    stdout: '1) "a"\n2) "b"\n',
  },
  {
    source: 'redis-cli.c cliFormatReplyTTY: (empty array)',
    lines: [...NET, 'docker exec -t db redis-cli keys "*"'],
    stdout: '(empty array)\n',
  },
  {
    source: 'redis-cli.c --no-raw forces the terminal format without a tty',
    lines: [...NET, 'docker exec db redis-cli --no-raw get nope'],
    stdout: '(nil)\n',
  },
  {
    source: 'server.c processCommand: an unknown command names its arguments, quoted, each with a space',
    lines: [...NET, 'docker exec -t db redis-cli hello world again'],
    stdout: "(error) ERR unknown command 'hello', with args beginning with: 'world' 'again' \n",
  },
  {
    source: 'server.c processCommand: the arity is checked before the command runs',
    lines: [...NET, 'docker exec -t db redis-cli get'],
    stdout: "(error) ERR wrong number of arguments for 'get' command\n",
  },
  {
    source: 'object.c getLongLongFromObjectOrReply: INCR of a value that is not an integer',
    lines: [...NET, 'docker exec db redis-cli set name web', 'docker exec -t db redis-cli incr name'],
    stdout: '(error) ERR value is not an integer or out of range\n',
  },
  {
    source: 'redis-cli.c cliReadReply: -e writes an error reply to stderr and exits 1',
    lines: [...NET, 'docker exec db redis-cli -e incr'],
    stdout: '',
    stderr: "ERR wrong number of arguments for 'incr' command\n",
    exitCode: 1,
  },
  {
    source: 'hiredis over Docker DNS: another container on the network reaches the server by name',
    lines: [...NET, 'docker run --rm --network app redis redis-cli -h db ping'],
    stdout: 'PONG\n',
  },
  {
    source: 'redis-cli.c cliConnect: the default bridge has no DNS for container names (gai_strerror EAI_NONAME)',
    lines: [...NET, 'docker run --rm redis redis-cli -h db ping'],
    stdout: '',
    stderr: 'Could not connect to Redis at db:6379: Name or service not known\n',
    exitCode: 1,
  },
  {
    source: "redis-cli.c cliConnect: musl's gai_strerror in the Alpine variant",
    lines: [...NET, 'docker run --rm --network app redis:alpine redis-cli -h nosuch ping'],
    stdout: '',
    stderr: 'Could not connect to Redis at nosuch:6379: Name does not resolve\n',
    exitCode: 1,
  },
  {
    source: 'redis-cli.c cliConnect: nothing listens on the port (ECONNREFUSED)',
    lines: [...NET, 'docker run --rm --network app redis redis-cli -h db -p 6380 ping'],
    stdout: '',
    stderr: 'Could not connect to Redis at db:6380: Connection refused\n',
    exitCode: 1,
  },
  {
    source: 'redis-cli.c cliConnect: a paused server never answers the SYN-ACK path (ETIMEDOUT)',
    lines: [...NET, 'docker pause db', 'docker run --rm --network app redis redis-cli -h db ping'],
    stdout: '',
    stderr: 'Could not connect to Redis at db:6379: Connection timed out\n',
    exitCode: 1,
  },
  {
    source: 'hiredis redisGetReply: an HTTP server answers a RESP command with "HTTP/1.1 400"',
    lines: [
      ...NET,
      'docker run -d --name web --network app nginx',
      'docker run --rm --network app redis redis-cli -h web -p 80 ping',
    ],
    stdout: '',
    stderr: 'Error: Protocol error, got "H" as reply type byte\n',
    exitCode: 1,
  },
  {
    source: 'redis-cli.c main: without a command, each line of stdin is one (sdssplitargs quoting)',
    lines: [
      ...NET,
      `docker exec db sh -c 'echo "set k \\"two words\\"" | redis-cli'`,
      'docker exec db redis-cli get k',
    ],
    stdout: 'two words\n',
  },
  {
    source: 'redis-cli.c parseOptions / cliAuth / cliSelect: each failure reported, the command still runs in db 0',
    lines: [...NET, 'docker exec db redis-cli -n 16 -a secret ping'],
    stdout: 'PONG\n',
    stderr:
      "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n" +
      'AUTH failed: ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?\n' +
      'SELECT 16 failed: ERR DB index is out of range\n',
  },
  {
    source: 'redis-cli.c parseOptions: -n selects another database, whose keys are its own',
    lines: [...NET, 'docker exec db redis-cli -n 1 set k one', 'docker exec db redis-cli get k'],
    stdout: '\n',
  },
  {
    source: 'redis-cli.c parseOptions: an unknown option',
    lines: [...NET, 'docker exec db redis-cli --bogus ping'],
    stdout: '',
    stderr: "Unrecognized option or bad number of args for: '--bogus'\n",
    exitCode: 1,
  },
  {
    source: 'redis-cli.c parseOptions: -p out of range',
    lines: [...NET, 'docker exec db redis-cli -p 70000 ping'],
    stdout: '',
    stderr: 'Invalid server port.\n',
    exitCode: 1,
  },
  {
    source: 'the keys live in the server: they survive a restart (the RDB saved on shutdown)',
    lines: [...NET, 'docker exec db redis-cli set k kept', 'docker restart db', 'docker exec db redis-cli get k'],
    stdout: 'kept\n',
  },
  {
    source: 'docker-library/redis: only the redis image ships redis-cli',
    lines: ['docker run --rm nginx redis-cli ping'],
    stdout: '',
    stderr:
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "redis-cli": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
    exitCode: 127,
  },
  {
    source: 'the lab host has no redis-cli (bash command not found)',
    lines: ['redis-cli ping'],
    stdout: '',
    stderr: '-bash: redis-cli: command not found\n',
    exitCode: 127,
  },
  {
    source: 'a pipeline stage is not the terminal: raw output even from an interactive shell',
    lines: [...NET, 'docker exec -it db sh', 'redis-cli get nope | wc -l', 'redis-cli get nope'],
    stdout: '(nil)\n',
  },
];

describe('redis-cli', () => {
  for (const r of ROWS)
    it(`${r.lines[r.lines.length - 1]} (${r.source})`, () => {
      const { steps } = replay(r.lines);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { stdout: step.stdout, stderr: step.stderr, exitCode: step.exitCode },
        { stdout: r.stdout, stderr: r.stderr ?? '', exitCode: r.exitCode ?? 0 },
      );
    });
});

describe('redis-server commands (redis src/t_string.c, src/db.c)', () => {
  const server = () => ({ redisData: {} }) as unknown as Container;
  const run = (c: Container, ...args: string[]) => redisCommand(c, 0, args);
  it('SET NX / XX / GET follow setGenericCommand', () => {
    const c = server();
    assert.deepEqual(run(c, 'SET', 'k', 'v', 'XX'), { type: 'nil' });
    assert.deepEqual(run(c, 'set', 'k', 'v', 'NX'), { type: 'status', text: 'OK' });
    assert.deepEqual(run(c, 'SET', 'k', 'w', 'NX'), { type: 'nil' });
    assert.deepEqual(run(c, 'SET', 'k', 'w', 'GET'), { type: 'string', text: 'v' });
    assert.deepEqual(run(c, 'SET', 'k', 'w', 'NX', 'XX'), { type: 'error', text: 'ERR syntax error' });
    assert.deepEqual(run(c, 'SET', 'k', 'w', 'EX', 'ten'), {
      type: 'error',
      text: 'ERR value is not an integer or out of range',
    });
    assert.deepEqual(run(c, 'SET', 'k', 'w', 'EX', '0'), {
      type: 'error',
      text: "ERR invalid expire time in 'set' command",
    });
  });
  it('DEL and EXISTS count the keys, DBSIZE and FLUSHDB see one database', () => {
    const c = server();
    run(c, 'SET', 'a', '1');
    run(c, 'SET', 'b', '2');
    redisCommand(c, 1, ['SET', 'other', 'x']);
    assert.deepEqual(run(c, 'EXISTS', 'a', 'a', 'zz'), { type: 'integer', value: 2 });
    assert.deepEqual(run(c, 'DBSIZE'), { type: 'integer', value: 2 });
    assert.deepEqual(run(c, 'DEL', 'a', 'zz'), { type: 'integer', value: 1 });
    assert.deepEqual(run(c, 'FLUSHDB'), { type: 'status', text: 'OK' });
    assert.deepEqual(redisCommand(c, 1, ['DBSIZE']), { type: 'integer', value: 1 });
    run(c, 'FLUSHALL');
    assert.deepEqual(redisCommand(c, 1, ['DBSIZE']), { type: 'integer', value: 0 });
  });
  it('INCRBY, DECRBY, APPEND and STRLEN', () => {
    const c = server();
    assert.deepEqual(run(c, 'INCRBY', 'n', '5'), { type: 'integer', value: 5 });
    assert.deepEqual(run(c, 'DECRBY', 'n', '7'), { type: 'integer', value: -2 });
    assert.deepEqual(run(c, 'DECR', 'n'), { type: 'integer', value: -3 });
    assert.deepEqual(run(c, 'APPEND', 's', 'hé'), { type: 'integer', value: 3 });
    assert.deepEqual(run(c, 'STRLEN', 's'), { type: 'integer', value: 3 });
    assert.deepEqual(run(c, 'TYPE', 's'), { type: 'status', text: 'string' });
    assert.deepEqual(run(c, 'TYPE', 'none'), { type: 'status', text: 'none' });
    assert.deepEqual(run(c, 'PING', 'hi'), { type: 'string', text: 'hi' });
  });
  it('a key named __proto__ is a key like any other', () => {
    const c = server();
    run(c, 'SET', '__proto__', 'x');
    assert.deepEqual(run(c, 'GET', '__proto__'), { type: 'string', text: 'x' });
    assert.deepEqual(run(c, 'GET', 'constructor'), { type: 'nil' });
  });
  const globs: [string, string, boolean][] = [
    ['h*llo', 'heeello', true],
    ['h?llo', 'hallo', true],
    ['h?llo', 'hllo', false],
    ['h[ae]llo', 'hello', true],
    ['h[^e]llo', 'hello', false],
    ['h[a-b]llo', 'hbllo', true],
    ['h\\*llo', 'h*llo', true],
    ['h\\*llo', 'hello', false],
    ['a.b', 'axb', false],
  ];
  for (const [pattern, key, matches] of globs)
    it(`KEYS ${pattern} ${matches ? 'matches' : 'does not match'} ${key} (util.c stringmatchlen)`, () =>
      assert.equal(redisGlob(pattern).test(key), matches));
});

describe("redis-cli's interactive prompt (redis-cli.c repl, cliRefreshPrompt)", () => {
  it('docker run -it --rm redis redis-cli -h db: the prompt names the server, each line is a command, quit ends the container', () => {
    const { session, lab } = replay([...NET]);
    const run = session.execute('docker run -it --network app --rm --name cli redis redis-cli -h db');
    assert.equal(run.enteredShell, true);
    assert.equal(session.prompt(), 'db:6379> ');
    assert.equal(session.execute('set a "x y"').output.stdout, 'OK\n');
    assert.equal(session.execute('get a').output.stdout, '"x y"\n');
    assert.equal(session.execute('select 2').output.stdout, 'OK\n');
    assert.equal(session.prompt(), 'db:6379[2]> ');
    assert.equal(session.execute('get a').output.stdout, '(nil)\n');
    assert.equal(session.execute('select 20').output.stdout, '(error) ERR DB index is out of range\n');
    assert.equal(session.execute('get "a').output.stdout, 'Invalid argument(s)\n');
    assert.equal(session.execute('QUIT').output.exitCode, 0);
    assert.equal(session.contextName, 'host');
    assert.equal(lab.containerByName('cli'), undefined, '--rm removed it when redis-cli ended');
  });

  it('docker exec -it db redis-cli: the local server; exit leaves the container running', () => {
    const { session, lab } = replay([...NET]);
    session.execute('docker exec -it db redis-cli');
    assert.equal(session.prompt(), '127.0.0.1:6379> ');
    assert.equal(session.execute('incr n').output.stdout, '(integer) 1\n');
    session.execute('exit');
    assert.equal(session.contextName, 'host');
    assert.equal(lab.containerByName('db')?.state, 'running');
  });

  it('a server that cannot be reached: the start reports it and the prompt says not connected', () => {
    const { session } = replay([...NET]);
    const entered = session.execute('docker exec -it db redis-cli -p 1');
    assert.equal(entered.output.stderr, 'Could not connect to Redis at 127.0.0.1:1: Connection refused\n');
    assert.equal(session.prompt(), 'not connected> ');
    assert.equal(
      session.execute('ping').output.stderr,
      'Could not connect to Redis at 127.0.0.1:1: Connection refused\n',
    );
  });

  it('without -t there is no prompt: redis-cli reads its (empty) stdin and exits', () => {
    const { session } = replay([...NET]);
    const r = session.execute('docker exec -i db redis-cli');
    assert.equal(r.enteredShell, false);
    assert.equal(r.output.exitCode, 0);
  });
});
