// redis-cli as the redis image ships it (redis src/redis-cli.c): connect to -h/-p (or -u), run one
// command given as words, or one per line of stdin, and print each reply as a terminal gets it
// (cliFormatReplyTTY: quoted strings, `(integer)`, `(nil)`) or raw when stdout is not one
// (cliFormatReplyRaw). A connection that fails prints hiredis's reason and exits 1.
import type { Container } from '../../core/lab/model';
import { type RedisReply, REDIS_DATABASES, redisCommand } from '../../core/kernel/redisServer';
import { isBusybox, imageContent, lookupImage } from '../../core/catalog/images';
import type { ShellContext, ShellTool } from './context';
import { probeAddress } from './target';

interface Options {
  host: string;
  port: number;
  db: number;
  auth?: string;
  raw?: boolean;
  errorCode: boolean;
  noAuthWarning: boolean;
  words: string[];
}

type Parsed = Options | { stderr: string };

/** parseRedisUri: `redis://[[user]:password@]host[:port][/db]`. */
function parseUri(uri: string, o: Options): string | undefined {
  const m = /^rediss?:\/\/(?:(?:[^:@/]*)(?::([^@/]*))?@)?([^:/]*)(?::(\d+))?(?:\/(\d+))?$/.exec(uri);
  if (!m) return 'Invalid URI scheme\n';
  if (m[1] !== undefined) o.auth = decodeURIComponent(m[1]);
  if (m[2]) o.host = m[2];
  if (m[3]) o.port = Number(m[3]);
  if (m[4]) o.db = Number(m[4]);
  return undefined;
}

/** C's atoi: leading digits (after an optional sign), 0 when there are none. */
const atoi = (text: string): number => Number(/^\s*[-+]?\d+/.exec(text)?.[0] ?? 0);

/** parseOptions: options until the first word that does not start with `-`, which begins the command. */
function parseOptions(argv: readonly string[]): Parsed {
  const o: Options = { host: '127.0.0.1', port: 6379, db: 0, errorCode: false, noAuthWarning: false, words: [] };
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

/** sdscatrepr: a string in double quotes with C escapes, other bytes outside printable ASCII as \xHH. */
function repr(text: string): string {
  let out = '"';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (byte === 7) out += '\\a';
    else if (byte === 8) out += '\\b';
    else if (byte >= 32 && byte < 127) out += ch;
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return `${out}"`;
}

/** cliFormatReplyTTY: arrays numbered `1) ` with nested lines indented to the number's width. */
function formatTty(r: RedisReply, prefix = ''): string {
  switch (r.type) {
    case 'error':
      return `(error) ${r.text}\n`;
    case 'status':
      return `${r.text}\n`;
    case 'integer':
      return `(integer) ${r.value}\n`;
    case 'string':
      return `${repr(r.text)}\n`;
    case 'nil':
      return '(nil)\n';
    case 'array': {
      if (r.items.length === 0) return '(empty array)\n';
      const width = String(r.items.length).length;
      const pad = ' '.repeat(width + 2);
      return r.items
        .map((item, i) => {
          const head = `${String(i + 1).padStart(width)}) `;
          return `${i === 0 ? '' : prefix}${head}${formatTty(item, prefix + pad)}`;
        })
        .join('');
    }
  }
}

/** cliFormatReplyRaw, then the command delimiter (a newline): elements one per line, nil as nothing. */
function formatRaw(r: RedisReply): string {
  const raw = (x: RedisReply): string =>
    x.type === 'integer'
      ? String(x.value)
      : x.type === 'nil'
        ? ''
        : x.type === 'array'
          ? x.items.map(raw).join('\n')
          : x.type === 'error'
            ? `${x.text}\n`
            : x.text;
  return `${raw(r)}\n`;
}

/** sdssplitargs: words separated by spaces, with "double" (C escapes) and 'single' quotes. */
export function splitArgs(line: string): string[] | undefined {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    let word = '';
    const quote = line[i] === '"' || line[i] === "'" ? line[i++] : undefined;
    for (;;) {
      if (i >= line.length) {
        if (quote) return undefined;
        break;
      }
      const ch = line[i]!;
      if (quote === undefined && /\s/.test(ch)) break;
      if (ch === quote) {
        i++;
        // A closing quote must be followed by a space or the end.
        if (i < line.length && !/\s/.test(line[i]!)) return undefined;
        break;
      }
      if (quote === '"' && ch === '\\' && i + 1 < line.length) {
        const e = line[i + 1]!;
        word += ({ n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' } as Record<string, string>)[e] ?? e;
        i += 2;
        continue;
      }
      if (quote === "'" && ch === '\\' && line[i + 1] === "'") {
        word += "'";
        i += 2;
        continue;
      }
      word += ch;
      i++;
    }
    words.push(word);
  }
  return words;
}

/** What connect() reports, in hiredis's words (strerror, or gai_strerror for a name). */
type Connection = { server: Container } | { error: string; protocol?: boolean };

/** The HTTP servers answer a RESP command with `HTTP/1.1 400`, whose first byte hiredis cannot read. */
const HTTP_SERVERS = /nginx|httpd|caddy|traefik/;

function connect(sh: ShellContext, o: Options): Connection {
  const target = probeAddress(sh, o.host, { port: o.port, proto: 'tcp' });
  const musl = isBusybox(lookupImage(sh.container ? imageContent(sh.container) : '')?.toolset);
  if (!target.ok) return { error: musl ? 'Name does not resolve' : 'Name or service not known' };
  const r = target.result;
  if (!r.ok)
    return {
      error:
        r.failure === 'refused'
          ? 'Connection refused'
          : r.failure === 'no-route'
            ? 'Network is unreachable'
            : 'Connection timed out',
    };
  const program = r.program ?? '';
  if (r.answeredBy && program.endsWith('redis-server')) return { server: r.answeredBy };
  if (HTTP_SERVERS.test(program)) return { error: 'Protocol error, got "H" as reply type byte', protocol: true };
  return { error: 'Server closed the connection', protocol: true };
}

export const redisCliTool: ShellTool = (sh, argv) => {
  const o = parseOptions(argv);
  if ('stderr' in o) return { stdout: '', stderr: o.stderr, exitCode: 1 };
  const tty = o.raw === undefined ? sh.tty === true : !o.raw;
  let stderr = '';
  if (o.auth !== undefined && !o.noAuthWarning)
    stderr += "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n";
  const commands: string[][] = [];
  if (o.words.length > 0) commands.push(o.words);
  else {
    for (const line of (sh.stdin ?? '').split('\n')) {
      const words = splitArgs(line);
      if (words === undefined) return { stdout: 'Invalid argument(s)\n', stderr, exitCode: 1 };
      if (words.length > 0) commands.push(words);
    }
  }
  const conn = connect(sh, o);
  if ('error' in conn) {
    // Non-interactive: the connection is retried for the first command, which reports it.
    if (conn.protocol) return { stdout: '', stderr: `${stderr}Error: ${conn.error}\n`, exitCode: 1 };
    return {
      stdout: '',
      stderr: `${stderr}Could not connect to Redis at ${o.host}:${o.port}: ${conn.error}\n`,
      exitCode: 1,
    };
  }
  // cliAuth and cliSelect report their failures and go on with the connection they have.
  if (o.auth !== undefined)
    stderr +=
      'AUTH failed: ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?\n';
  let db = o.db;
  if (db !== 0 && (db < 0 || db >= REDIS_DATABASES)) {
    stderr += `SELECT ${db} failed: ERR DB index is out of range\n`;
    db = 0;
  }
  let stdout = '';
  for (const words of commands) {
    const reply = redisCommand(conn.server, db, words);
    // -e: an error reply goes to stderr and ends redis-cli with status 1 (cliReadReply, set_errcode).
    if (reply.type === 'error' && o.errorCode) return { stdout, stderr: `${stderr}${reply.text}\n`, exitCode: 1 };
    stdout += tty ? formatTty(reply) : formatRaw(reply);
  }
  return { stdout, stderr, exitCode: 0 };
};
