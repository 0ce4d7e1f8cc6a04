// What a server writes back when `nc HOST PORT` sends it stdin: a web server answers an HTTP request
// line with its status line, headers and page, as curl would get them; redis-server answers inline
// commands (one per line, redis src/networking.c processInlineBuffer) in RESP. Other servers say nothing.
import type { ReachResult } from '../../core/kernel/reach';
import { type RedisReply, redisCommand } from '../../core/kernel/redisServer';
import { statusLine } from '../../core/catalog/httpHeaders';
import { docRoot } from '../../core/catalog/httpPaths';
import type { ShellContext } from './context';
import { answerHeaders, logRequest, pageAt } from './httpTools';
import { splitArgs } from './redisCliTool';

/** RESP2 as redis writes each reply (src/networking.c addReply*): +status, -error, :integer, $bulk, *array. */
export function resp(r: RedisReply): string {
  switch (r.type) {
    case 'status':
      return `+${r.text}\r\n`;
    case 'error':
      return `-${r.text}\r\n`;
    case 'integer':
      return `:${r.value}\r\n`;
    case 'string':
      return `$${new TextEncoder().encode(r.text).length}\r\n${r.text}\r\n`;
    case 'nil':
      return '$-1\r\n';
    case 'array':
      return `*${r.items.length}\r\n${r.items.map(resp).join('')}`;
  }
}

function redisConversation(result: ReachResult, input: string): string {
  const server = result.answeredBy!;
  let out = '';
  for (const line of input.split('\n')) {
    const words = splitArgs(line.replace(/\r$/, ''));
    // processInlineBuffer: unbalanced quotes close the connection with a protocol error.
    if (words === undefined) return `${out}-ERR Protocol error: unbalanced quotes in request\r\n`;
    if (words.length > 0) out += resp(redisCommand(server, 0, words));
  }
  return out;
}

const REQUEST_LINE = /^([A-Z]+) (\S+) HTTP\/(1\.[01])$/;

function httpConversation(sh: ShellContext, result: ReachResult, input: string, target: HttpTarget): string {
  const lines = input.split('\n').map((l) => l.replace(/\r$/, ''));
  const request = REQUEST_LINE.exec(lines[0] ?? '');
  const end = lines.indexOf('');
  // The request is answered once its header block ends with an empty line.
  if (!request || end < 0) return '';
  const [method, path, version] = [request[1]!, request[2]!, request[3]!];
  const headers = lines.slice(1, end);
  const host = headers.find((h) => /^host:/i.test(h));
  // HTTP/1.1 needs a Host header; the lab does not model the 400 that answers one without it.
  if (version === '1.1' && host === undefined) return '';
  const page = pageAt(sh, result, path)!;
  const agent = headers.find((h) => /^user-agent:/i.test(h))?.replace(/^[^:]*:\s*/, '') ?? '-';
  const authority = host?.replace(/^[^:]*:\s*/, '') ?? target.address;
  logRequest(
    sh,
    result,
    target.address,
    target.family,
    { host: target.host, authority, port: target.port, path },
    page,
    agent,
    method,
  );
  // nginx closes an HTTP/1.0 connection that did not ask for keep-alive (ngx_http_set_keepalive).
  const close = version === '1.0' && result.program === 'nginx';
  const fields = answerHeaders(sh, result, page).map(
    ([n, v]) => `${n}: ${n === 'Connection' && close ? 'close' : v}\r\n`,
  );
  return `${statusLine(page.status)}\r\n${fields.join('')}\r\n${method === 'HEAD' ? '' : page.body}`;
}

export interface HttpTarget {
  host: string;
  address: string;
  family: 4 | 6;
  port: number;
}

/** The server's answer to what nc sent, or '' when it has nothing to say. */
export function ncConversation(sh: ShellContext, result: ReachResult, input: string, target: HttpTarget): string {
  if (input === '' || !result.ok || !result.answeredBy) return '';
  const program = result.program ?? '';
  if (program.endsWith('redis-server')) return redisConversation(result, input);
  if (docRoot(program)) return httpConversation(sh, result, input, target);
  return '';
}
