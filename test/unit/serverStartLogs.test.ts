// `docker logs` of the catalogue's servers right after `docker run -d`: what each image writes at start, on the
// stream it writes it to, ending in its readiness line (each row cites the source it follows).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

interface Row {
  image: string;
  /** The upstream file (and function) the lines follow. */
  source: string;
  run: string;
  /** Lines that must appear, in order, on each stream of `docker logs`. */
  stdout: string[];
  stderr: string[];
  /** `docker logs --tail 1`: the last line and the stream it is on. */
  last: { stream: 'stdout' | 'stderr'; line: string };
}

const AT = '2026-01-01 09:00:01';

const ROWS: Row[] = [
  {
    image: 'redis',
    source: 'redis src/server.c main, serverLogRaw (log to stdout)',
    run: 'docker run -d --name db redis',
    stdout: [
      '1:C 01 Jan 2026 09:00:01.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C 01 Jan 2026 09:00:01.000 * Redis version=8.4.0, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C 01 Jan 2026 09:00:01.000 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M 01 Jan 2026 09:00:01.000 * Running mode=standalone, port=6379.',
      '1:M 01 Jan 2026 09:00:01.000 * Server initialized',
    ],
    stderr: [],
    last: { stream: 'stdout', line: '1:M 01 Jan 2026 09:00:01.000 * Ready to accept connections tcp' },
  },
  {
    image: 'postgres',
    source: 'docker-library/postgres 18/trixie/docker-entrypoint.sh _main; initdb.c; postmaster.c',
    run: 'docker run -d --name db -e POSTGRES_PASSWORD=x postgres',
    stdout: [
      'The files belonging to this database system will be owned by user "postgres".',
      'fixing permissions on existing directory /var/lib/postgresql/18/docker ... ok',
      'Success. You can now start the database server using:',
      'waiting for server to start....',
      'server started',
      '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*',
      'server stopped',
      'PostgreSQL init process complete; ready for start up.',
    ],
    stderr: [
      'initdb: warning: enabling "trust" authentication for local connections',
      `${AT}.000 UTC [48] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
      `${AT}.000 UTC [48] LOG:  received fast shutdown request`,
      `${AT}.000 UTC [1] LOG:  starting PostgreSQL 18.1 (Debian 18.1-1.pgdg13+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit`,
      `${AT}.000 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
      `${AT}.000 UTC [1] LOG:  listening on IPv6 address "::", port 5432`,
    ],
    last: { stream: 'stderr', line: `${AT}.000 UTC [1] LOG:  database system is ready to accept connections` },
  },
  {
    image: 'httpd',
    source: 'apache/httpd server/util.c ap_get_local_host (AH00558), server/mpm/event/event.c (AH00489)',
    run: 'docker run -d --name db httpd',
    stdout: [],
    stderr: [
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
      '[Thu Jan 01 09:00:01.000000 2026] [mpm_event:notice] [pid 1:tid 139872473798528] AH00489: Apache/2.4.66 (Unix) configured -- resuming normal operations',
    ],
    last: {
      stream: 'stderr',
      line: "[Thu Jan 01 09:00:01.000000 2026] [core:notice] [pid 1:tid 139872473798528] AH00094: Command line: 'httpd -D FOREGROUND'",
    },
  },
  {
    image: 'mysql',
    source: 'docker-library/mysql innovation/docker-entrypoint.sh _main, mysql_log; mysqld error log',
    run: 'docker run -d --name db -e MYSQL_ROOT_PASSWORD=x mysql',
    stdout: [
      '2026-01-01 09:00:01+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 9.5.0-1.el9 started.',
      "2026-01-01 09:00:01+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '2026-01-01 09:00:01+00:00 [Note] [Entrypoint]: Initializing database files',
      '2026-01-01 09:00:01+00:00 [Note] [Entrypoint]: Temporary server started.',
      '2026-01-01 09:00:01+00:00 [Note] [Entrypoint]: MySQL init process done. Ready for start up.',
    ],
    stderr: [
      '2026-01-01T09:00:01.000000Z 0 [System] [MY-015017] [Server] MySQL Server Initialization - start.',
      "2026-01-01T09:00:01.000000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '9.5.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 0  MySQL Community Server - GPL.",
      '2026-01-01T09:00:01.000000Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 9.5.0) starting as process 1',
    ],
    last: {
      stream: 'stderr',
      line: "2026-01-01T09:00:01.000000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '9.5.0'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
    },
  },
  {
    image: 'mariadb',
    source: 'MariaDB/mariadb-docker 12.1/docker-entrypoint.sh _main, docker_mariadb_init; sql/mysqld.cc',
    run: 'docker run -d --name db -e MARIADB_ROOT_PASSWORD=x mariadb',
    stdout: [
      '2026-01-01 09:00:01+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:12.1.2+maria~ubu2404 started.',
      '2026-01-01 09:00:01+00:00 [Note] [Entrypoint]: MariaDB init process done. Ready for start up.',
    ],
    stderr: [
      "2026-01-01  9:00:01 0 [Note] Server socket created on IP: '0.0.0.0', port: '3306'.",
      "2026-01-01  9:00:01 0 [Note] Server socket created on IP: '::', port: '3306'.",
      '2026-01-01  9:00:01 0 [Note] mariadbd: ready for connections.',
    ],
    last: {
      stream: 'stderr',
      line: "Version: '12.1.2-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
    },
  },
  {
    image: 'mongo',
    source: 'mongodb/mongo src/mongo/logv2/json_formatter.cpp; transport/asio/asio_transport_layer.cpp',
    run: 'docker run -d --name db mongo',
    stdout: [
      '{"t":{"$date":"2026-01-01T09:00:01.000+00:00"},"s":"I",  "c":"CONTROL",  "id":4615611, "ctx":"initandlisten","msg":"MongoDB starting","attr":{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"',
      '{"t":{"$date":"2026-01-01T09:00:01.000+00:00"},"s":"I",  "c":"NETWORK",  "id":23015,   "ctx":"listener","msg":"Listening on","attr":{"address":"0.0.0.0"}}',
    ],
    stderr: [],
    last: {
      stream: 'stdout',
      line: '{"t":{"$date":"2026-01-01T09:00:01.000+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}',
    },
  },
  {
    image: 'caddy',
    source: 'caddyserver/caddy cmd/commandfuncs.go cmdRun, caddy.go finishSettingUp (stderr JSON)',
    run: 'docker run -d --name db caddy',
    stdout: [],
    stderr: ['"msg":"using config from file","file":"/etc/caddy/Caddyfile"}', '"msg":"server running","name":"srv0"'],
    last: { stream: 'stderr', line: '"msg":"serving initial configuration"}' },
  },
];

/** Each expected line (or fragment) found in order, each on a line of its own. */
function assertInOrder(text: string, expected: readonly string[], what: string): void {
  const lines = text.split('\n');
  let from = 0;
  for (const want of expected) {
    const at = lines.findIndex((l, i) => i >= from && (l === want || (want.length > 0 && l.includes(want))));
    assert.ok(at >= 0, `missing (in order) on ${what}: ${JSON.stringify(want)}\n${text}`);
    from = at + 1;
  }
}

describe('docker logs of the catalogue servers after docker run -d', () => {
  for (const row of ROWS) {
    it(`${row.image} (${row.source})`, () => {
      const { steps } = replay([row.run, 'docker logs db', 'docker logs --tail 1 db']);
      assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
      const logs = steps[1]!;
      assert.equal(logs.exitCode, 0);
      assertInOrder(logs.stdout, row.stdout, 'stdout');
      assertInOrder(logs.stderr, row.stderr, 'stderr');
      if (row.stdout.length === 0) assert.equal(logs.stdout, '');
      if (row.stderr.length === 0) assert.equal(logs.stderr, '');
      const tail = steps[2]!;
      const other = row.last.stream === 'stdout' ? 'stderr' : 'stdout';
      assert.equal(tail[other], '');
      assert.ok(tail[row.last.stream].endsWith('\n'));
      const got = tail[row.last.stream].slice(0, -1);
      assert.ok(got === row.last.line || got.includes(row.last.line), `tail 1 was ${JSON.stringify(got)}`);
      assert.ok(!got.includes('\n'), 'tail 1 gave more than one line');
    });
  }

  it('memcached writes nothing at start without -v (memcached.c main)', () => {
    const { steps } = replay(['docker run -d --name db memcached', 'docker logs db']);
    assert.deepEqual([steps[1]!.stdout, steps[1]!.stderr], ['', '']);
  });

  it('mongo names the container hostname it runs under', () => {
    const { steps, lab } = replay(['docker run -d --name db mongo', 'docker logs db']);
    const id = lab.containerByName('db')!.id.slice(0, 12);
    assert.ok(steps[1]!.stdout.includes(`"host":"${id}"`), steps[1]!.stdout);
  });

  it('httpd on a user network names its address there', () => {
    const { steps } = replay([
      'docker network create --subnet 10.9.0.0/24 n',
      'docker run -d --name db --network n httpd',
      'docker logs db',
    ]);
    assert.ok(steps[2]!.stderr.includes('fully qualified domain name, using 10.9.0.2.'), steps[2]!.stderr);
  });

  it('httpd with --network none: no address for its hostname (AH00557, then 127.0.0.1)', () => {
    const { steps, lab } = replay(['docker run -d --name db --network none httpd', 'docker logs db']);
    const id = lab.containerByName('db')!.id.slice(0, 12);
    assert.ok(
      steps[1]!.stderr.startsWith(`AH00557: httpd: apr_sockaddr_info_get() failed for ${id}\n`),
      steps[1]!.stderr,
    );
    assert.ok(steps[1]!.stderr.includes('using 127.0.0.1.'), steps[1]!.stderr);
  });

  it('postgres started again skips initdb (docker-entrypoint.sh: "appears to contain a database")', () => {
    const { steps } = replay([
      'docker run -d --name db -e POSTGRES_PASSWORD=x postgres',
      'docker stop db',
      'docker start db',
      'docker logs db',
    ]);
    const out = steps[3]!.stdout;
    assert.equal(out.split('PostgreSQL init process complete; ready for start up.').length, 2, out);
    assert.ok(
      out.endsWith('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n'),
      out,
    );
    assert.equal(steps[3]!.stderr.split('database system is ready to accept connections').length, 4);
  });

  it('docker logs interleaves the streams in the order they were written (postgres: stdout, stderr, stdout)', () => {
    const { steps } = replay(['docker run -d --name db -e POSTGRES_PASSWORD=x postgres', 'docker logs -t db']);
    const all = steps[1]!.stdout + steps[1]!.stderr;
    assert.ok(all.includes('initdb: warning'));
    const { lab } = replay(['docker run -d --name db -e POSTGRES_PASSWORD=x postgres']);
    const logs = lab.containerByName('db')!.logs;
    const warn = logs.indexOf('initdb: warning: enabling "trust" authentication for local connections');
    const success = logs.indexOf('Success. You can now start the database server using:');
    const complete = logs.indexOf('PostgreSQL init process complete; ready for start up.');
    assert.ok(warn > 0 && warn < success && success < complete, `${warn} ${success} ${complete}`);
  });
});

describe('the servers log their bind failure in their own format (a shared namespace, the port taken)', () => {
  const cases: { image: string; env?: string; stream: 'stdout' | 'stderr'; lines: string[] }[] = [
    {
      image: 'redis',
      stream: 'stdout',
      lines: [
        '1:M 01 Jan 2026 09:00:02.000 # Warning: Could not create server TCP listening socket *:6379: bind: Address already in use',
        '1:M 01 Jan 2026 09:00:02.000 # Failed listening on port 6379 (tcp), aborting.',
      ],
    },
    {
      image: 'httpd',
      stream: 'stderr',
      lines: [
        '(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80',
        '(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80',
        'no listening sockets available, shutting down',
        'AH00015: Unable to open logs',
      ],
    },
    {
      image: 'postgres',
      env: '-e POSTGRES_PASSWORD=x',
      stream: 'stderr',
      lines: [
        '2026-01-01 09:00:02.000 UTC [1] LOG:  could not bind IPv4 address "0.0.0.0": Address already in use',
        '2026-01-01 09:00:02.000 UTC [1] FATAL:  could not create any TCP/IP sockets',
      ],
    },
    {
      image: 'mysql',
      env: '-e MYSQL_ROOT_PASSWORD=x',
      stream: 'stderr',
      lines: [
        "2026-01-01T09:00:02.000000Z 0 [ERROR] [MY-010262] [Server] Can't start server: Bind on TCP/IP port: Address already in use",
        '2026-01-01T09:00:02.000000Z 0 [ERROR] [MY-010257] [Server] Do you already have another mysqld server running on port: 3306 ?',
      ],
    },
    {
      image: 'mariadb',
      env: '-e MARIADB_ROOT_PASSWORD=x',
      stream: 'stderr',
      lines: [
        "2026-01-01  9:00:02 0 [ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use",
      ],
    },
    {
      image: 'mongo',
      stream: 'stdout',
      lines: ['"msg":"Failed to set up listener","attr":{"error":{"code":9001,"codeName":"SocketException"'],
    },
  ];
  for (const c of cases) {
    it(c.image, () => {
      const env = c.env ? `${c.env} ` : '';
      const { steps, lab } = replay([
        `docker run -d --name one ${env}${c.image}`,
        `docker run -d --name two --network container:one ${env}${c.image}`,
        'docker logs two',
      ]);
      assert.deepEqual([lab.containerByName('two')!.state, lab.containerByName('two')!.exitCode], ['exited', 1]);
      assertInOrder(steps[2]![c.stream], c.lines, c.stream);
    });
  }
});
