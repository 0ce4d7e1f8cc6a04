// redis-cli's command line (redis src/redis-cli.c parseOptions, src/cli_common.c parseRedisUri):
// where to connect, which database, how to print, and the command words after the options. The
// daemon reads it to tell redis-cli's interactive mode (no command) from a one-shot command.

export interface RedisCliOptions {
  host: string;
  port: number;
  db: number;
  auth?: string;
  raw?: boolean;
  errorCode: boolean;
  noAuthWarning: boolean;
  words: string[];
}

export type ParsedRedisCli = RedisCliOptions | { stderr: string };

/** parseRedisUri: `redis://[[user]:password@]host[:port][/db]`. */
function parseUri(uri: string, o: RedisCliOptions): string | undefined {
  const m = /^rediss?:\/\/(?:(?:[^:@/]*)(?::([^@/]*))?@)?([^:/]*)(?::(\d+))?(?:\/(\d+))?$/.exec(uri);
  if (!m) return 'Invalid URI scheme\n';
  if (m[1] !== undefined) o.auth = decodeURIComponent(m[1]);
  if (m[2]) o.host = m[2];
  if (m[3]) o.port = Number(m[3]);
  if (m[4]) o.db = Number(m[4]);
  return undefined;
}

/** redis-cli's defaults: 127.0.0.1:6379, database 0. */
export const defaultRedisCliOptions = (): RedisCliOptions => ({
  host: '127.0.0.1',
  port: 6379,
  db: 0,
  errorCode: false,
  noAuthWarning: false,
  words: [],
});

/** C's atoi: leading digits (after an optional sign), 0 when there are none. */
const atoi = (text: string): number => Number(/^\s*[-+]?\d+/.exec(text)?.[0] ?? 0);

/** parseOptions: options until the first word that does not start with `-`, which begins the command. */
export function parseRedisCliOptions(argv: readonly string[]): ParsedRedisCli {
  const o = defaultRedisCliOptions();
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    const next = i + 1 < argv.length ? argv[i + 1]! : undefined;
    if (a === '-h' && next !== undefined) o.host = argv[++i]!;
    else if (a === '-p' && next !== undefined) {
      o.port = atoi(argv[++i]!);
      if (o.port < 0 || o.port > 65535) return { stderr: 'Invalid server port.\n' };
    } else if (a === '-n' && next !== undefined) o.db = atoi(argv[++i]!);
    else if ((a === '-a' || a === '--pass') && next !== undefined) o.auth = argv[++i]!;
    else if (a === '--user' && next !== undefined) i++;
    else if (a === '-u' && next !== undefined) {
      const bad = parseUri(next, o);
      i++;
      if (bad) return { stderr: bad };
    } else if (a === '--raw') o.raw = true;
    else if (a === '--no-raw') o.raw = false;
    else if (a === '-e') o.errorCode = true;
    else if (a === '--no-auth-warning') o.noAuthWarning = true;
    else if (a.startsWith('-')) return { stderr: `Unrecognized option or bad number of args for: '${a}'\n` };
    else break;
  }
  o.words = argv.slice(i);
  return o;
}
