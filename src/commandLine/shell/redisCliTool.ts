// redis-cli as the redis image ships it (redis src/redis-cli.c): connect to -h/-p (or -u), run one
// command given as words, or one per line of stdin, and print each reply as a terminal gets it
// (cliFormatReplyTTY: quoted strings, `(integer)`, `(nil)`) or raw when stdout is not one
// (cliFormatReplyRaw). A connection that fails prints hiredis's reason and exits 1.
import type { Container } from '../../core/lab/model';
import { type RedisReply, REDIS_DATABASES, redisCommand } from '../../core/kernel/redisServer';
import { type RedisCliOptions, defaultRedisCliOptions, parseRedisCliOptions } from '../../core/kernel/redisCliOptions';
import { isBusybox, imageContent, lookupImage } from '../../core/catalog/images';
import type { ShellContext, ShellTool } from './context';
import type { Output } from '../../core/lab/output';
import { probeAddress } from './target';

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
type ConnectFailure = { error: string; protocol?: boolean };
type Connection = { server: Container } | ConnectFailure;

/** The HTTP servers answer a RESP command with `HTTP/1.1 400`, whose first byte hiredis cannot read. */
const HTTP_SERVERS = /nginx|httpd|caddy|traefik/;

function connect(sh: ShellContext, o: RedisCliOptions): Connection {
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
  const o = parseRedisCliOptions(argv);
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
  // Non-interactive: the connection is retried for the first command, which reports it.
  if ('error' in conn) return { stdout: '', stderr: stderr + connectError(o, conn), exitCode: 1 };
  const session = authAndSelect(o);
  stderr += session.stderr;
  const db = session.db;
  let stdout = '';
  for (const words of commands) {
    const reply = redisCommand(conn.server, db, words);
    // -e: an error reply goes to stderr and ends redis-cli with status 1 (cliReadReply, set_errcode).
    if (reply.type === 'error' && o.errorCode) return { stdout, stderr: `${stderr}${reply.text}\n`, exitCode: 1 };
    stdout += tty ? formatTty(reply) : formatRaw(reply);
  }
  return { stdout, stderr, exitCode: 0 };
};

/** The interactive prompt's state (redis-cli.c repl): where it connects, the database SELECT chose, and whether it is connected. */
export interface RedisRepl {
  options: RedisCliOptions;
  db: number;
  connected: boolean;
}

/** cliRefreshPrompt: `host:port`, `[db]` when not 0, then `> `; `not connected> ` without a connection. */
export function redisPrompt(repl: RedisRepl): string {
  if (!repl.connected) return 'not connected> ';
  const { host, port } = repl.options;
  const addr = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return `${addr}${repl.db !== 0 ? `[${repl.db}]` : ''}> `;
}

/**
 * cliAuth and cliSelect once connected: each reports its failure and redis-cli goes on with the
 * connection it has (the lab's server has no password; a bad index leaves database 0).
 */
function authAndSelect(o: RedisCliOptions): { db: number; stderr: string } {
  let stderr = '';
  if (o.auth !== undefined)
    stderr +=
      'AUTH failed: ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?\n';
  if (o.db === 0 || (o.db > 0 && o.db < REDIS_DATABASES)) return { db: o.db, stderr };
  return { db: 0, stderr: `${stderr}SELECT ${o.db} failed: ERR DB index is out of range\n` };
}

function connectError(o: RedisCliOptions, conn: ConnectFailure): string {
  return conn.protocol
    ? `Error: ${conn.error}\n`
    : `Could not connect to Redis at ${o.host}:${o.port}: ${conn.error}\n`;
}

/** Starts the prompt: cliConnect(0) reports a failed connection, AUTH and SELECT their errors. */
export function startRedisRepl(sh: ShellContext, argv: readonly string[]): { repl: RedisRepl; stderr: string } {
  const o = parseRedisCliOptions(argv);
  const repl: RedisRepl = { options: 'stderr' in o ? defaultRedisCliOptions() : o, db: 0, connected: false };
  const conn = connect(sh, repl.options);
  if ('error' in conn) return { repl, stderr: connectError(repl.options, conn) };
  repl.connected = true;
  const session = authAndSelect(repl.options);
  repl.db = session.db;
  return { repl, stderr: session.stderr };
}

/** One line at the prompt: split as cliSplitArgs does, sent (reconnecting if need be), the reply as a terminal shows it. */
export function redisReplLine(sh: ShellContext, repl: RedisRepl, line: string): Output {
  const words = splitArgs(line);
  if (words === undefined) return { stdout: 'Invalid argument(s)\n', stderr: '', exitCode: 0 };
  if (words.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
  const conn = connect(sh, repl.options);
  repl.connected = !('error' in conn);
  if ('error' in conn) return { stdout: '', stderr: connectError(repl.options, conn), exitCode: 0 };
  const reply = redisCommand(conn.server, repl.db, words);
  // cliSendCommand: a SELECT the server accepted moves the prompt to that database.
  if (words[0]!.toLowerCase() === 'select' && words.length === 2 && reply.type !== 'error') repl.db = Number(words[1]);
  return { stdout: formatTty(reply), stderr: '', exitCode: 0 };
}
