// What a redis-server in the lab answers: the string commands a learner tries first (PING, SET,
// GET, INCR, KEYS...) over the container's keys, with the server's own error texts (redis
// src/server.c processCommand: unknown command and arity; src/object.c getLongLongFromObjectOrReply;
// src/t_string.c setGenericCommand's syntax error). Values are strings, as the commands here make.
import type { Container } from '../lab/model';
import { own, setOwn } from '../lab/own';

export type RedisReply =
  | { type: 'status'; text: string }
  | { type: 'error'; text: string }
  | { type: 'integer'; value: number }
  | { type: 'string'; text: string }
  | { type: 'nil' }
  | { type: 'array'; items: RedisReply[] };

const OK: RedisReply = { type: 'status', text: 'OK' };
const NOT_INTEGER: RedisReply = { type: 'error', text: 'ERR value is not an integer or out of range' };
const SYNTAX: RedisReply = { type: 'error', text: 'ERR syntax error' };

/** redis keeps 16 databases unless configured otherwise (`databases 16`). */
export const REDIS_DATABASES = 16;

interface Keyspace {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): boolean;
  keys(): string[];
  clear(all: boolean): void;
}

function keyspace(server: Container, db: number): Keyspace {
  const data = () => (server.redisData ??= {});
  const prefix = `${db}:`;
  return {
    get: (key) => own(data(), prefix + key),
    set: (key, value) => setOwn(data(), prefix + key, value),
    delete: (key) => {
      if (own(data(), prefix + key) === undefined) return false;
      delete data()[prefix + key];
      return true;
    },
    keys: () =>
      Object.keys(data())
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length)),
    clear: (all) => {
      for (const k of Object.keys(data())) if (all || k.startsWith(prefix)) delete data()[k];
    },
  };
}

const escapeRe = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** stringmatchlen's glob: `*`, `?`, `[...]` (with `^` and ranges) and `\` escapes. */
export function redisGlob(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') out += '[\\s\\S]*';
    else if (ch === '?') out += '[\\s\\S]';
    else if (ch === '\\' && i + 1 < pattern.length) out += escapeRe(pattern[++i]!);
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('^') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else out += escapeRe(ch);
  }
  return new RegExp(`^${out}$`);
}

const INTEGER = /^-?(0|[1-9]\d*)$/;

function incrBy(space: Keyspace, key: string, by: number): RedisReply {
  const old = space.get(key) ?? '0';
  if (!INTEGER.test(old) || !Number.isSafeInteger(Number(old))) return NOT_INTEGER;
  const value = Number(old) + by;
  if (!Number.isSafeInteger(value)) return { type: 'error', text: 'ERR increment or decrement would overflow' };
  space.set(key, String(value));
  return { type: 'integer', value };
}

function parseInteger(text: string): number | undefined {
  return INTEGER.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : undefined;
}

/** SET key value [NX | XX] [GET] [EX s | PX ms | KEEPTTL]: the lab's keys do not expire, the options are checked. */
function set(space: Keyspace, args: string[]): RedisReply {
  const [key, value, ...options] = args as [string, string, ...string[]];
  let nx = false;
  let xx = false;
  let get = false;
  let expiry = false;
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!.toUpperCase();
    if (o === 'NX' && !xx) nx = true;
    else if (o === 'XX' && !nx) xx = true;
    else if (o === 'GET') get = true;
    else if (o === 'KEEPTTL' && !expiry) expiry = true;
    else if ((o === 'EX' || o === 'PX' || o === 'EXAT' || o === 'PXAT') && !expiry && i + 1 < options.length) {
      const n = parseInteger(options[++i]!);
      if (n === undefined) return NOT_INTEGER;
      if (n <= 0) return { type: 'error', text: "ERR invalid expire time in 'set' command" };
      expiry = true;
    } else return SYNTAX;
  }
  const old = space.get(key);
  const previous: RedisReply = old === undefined ? { type: 'nil' } : { type: 'string', text: old };
  if ((nx && old !== undefined) || (xx && old === undefined)) return get ? previous : { type: 'nil' };
  space.set(key, value);
  return get ? previous : OK;
}

type Handler = (space: Keyspace, args: string[]) => RedisReply;

/** Each command's arity as redis declares it (negative: at least that many words) and its handler. */
const COMMANDS: Record<string, { arity: number; run: Handler }> = {
  ping: {
    arity: -1,
    run: (_, args) =>
      args.length === 0
        ? { type: 'status', text: 'PONG' }
        : args.length === 1
          ? { type: 'string', text: args[0]! }
          : { type: 'error', text: "ERR wrong number of arguments for 'ping' command" },
  },
  echo: { arity: 2, run: (_, [text]) => ({ type: 'string', text: text! }) },
  set: { arity: -3, run: set },
  get: {
    arity: 2,
    run: (space, [key]) => {
      const value = space.get(key!);
      return value === undefined ? { type: 'nil' } : { type: 'string', text: value };
    },
  },
  del: { arity: -2, run: (space, keys) => ({ type: 'integer', value: keys.filter((k) => space.delete(k)).length }) },
  exists: {
    arity: -2,
    run: (space, keys) => ({ type: 'integer', value: keys.filter((k) => space.get(k) !== undefined).length }),
  },
  incr: { arity: 2, run: (space, [key]) => incrBy(space, key!, 1) },
  decr: { arity: 2, run: (space, [key]) => incrBy(space, key!, -1) },
  incrby: { arity: 3, run: (space, [key, by]) => withInteger(by!, (n) => incrBy(space, key!, n)) },
  decrby: { arity: 3, run: (space, [key, by]) => withInteger(by!, (n) => incrBy(space, key!, -n)) },
  append: {
    arity: 3,
    run: (space, [key, text]) => {
      const value = (space.get(key!) ?? '') + text!;
      space.set(key!, value);
      return { type: 'integer', value: new TextEncoder().encode(value).length };
    },
  },
  strlen: {
    arity: 2,
    run: (space, [key]) => ({ type: 'integer', value: new TextEncoder().encode(space.get(key!) ?? '').length }),
  },
  type: {
    arity: 2,
    run: (space, [key]) => ({ type: 'status', text: space.get(key!) === undefined ? 'none' : 'string' }),
  },
  keys: {
    arity: 2,
    run: (space, [pattern]) => {
      const re = redisGlob(pattern!);
      return {
        type: 'array',
        items: space
          .keys()
          .filter((k) => re.test(k))
          .map((text) => ({ type: 'string', text })),
      };
    },
  },
  // The database is the connection's: the client keeps the index SELECT accepted (redis-cli's dbnum).
  select: {
    arity: 2,
    run: (_, [index]) =>
      withInteger(index!, (n) =>
        n < 0 || n >= REDIS_DATABASES ? { type: 'error', text: 'ERR DB index is out of range' } : OK,
      ),
  },
  dbsize: { arity: 1, run: (space) => ({ type: 'integer', value: space.keys().length }) },
  flushdb: { arity: -1, run: (space) => (space.clear(false), OK) },
  flushall: { arity: -1, run: (space) => (space.clear(true), OK) },
};

function withInteger(text: string, then: (n: number) => RedisReply): RedisReply {
  const n = parseInteger(text);
  return n === undefined ? NOT_INTEGER : then(n);
}

/** processCommand's unknown-command text: each argument quoted, until 128 characters, then newlines as spaces. */
function unknownCommand(args: readonly string[]): RedisReply {
  let rest = '';
  for (let i = 1; i < args.length && rest.length < 128; i++) rest += `'${args[i]!.slice(0, 128 - rest.length)}' `;
  const text = `ERR unknown command '${args[0]!.slice(0, 128)}', with args beginning with: ${rest}`;
  return { type: 'error', text: text.replace(/[\r\n]/g, ' ') };
}

/** Runs one command (its words) against database `db` of the server's keys. */
export function redisCommand(server: Container, db: number, args: readonly string[]): RedisReply {
  const name = args[0]!.toLowerCase();
  const command = own(COMMANDS, name);
  if (!command) return unknownCommand(args);
  const n = args.length;
  if ((command.arity > 0 && n !== command.arity) || n < -command.arity)
    return { type: 'error', text: `ERR wrong number of arguments for '${name}' command` };
  return command.run(keyspace(server, db), args.slice(1));
}
