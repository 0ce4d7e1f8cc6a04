// curl 7.88.1 (the host's and the Debian-based images'), over the same request as wget
// (httpTools.ts): the body on stdout; `-I` (a HEAD: the headers only) and `-i` (headers, then the
// body) with the server's own headers (core/catalog/httpHeaders.ts); `-o FILE` (the body goes to
// the file, which the lab does not keep; `-O` likewise); `-w` with its %{variables}; `-v` (the connection and both
// header blocks on stderr); `-s` (no error message unless `-S`); `-f` (an HTTP error is exit 22); `-m` and
// `--connect-timeout` (a connection nobody answers times out at that limit).
import { type HeaderList, statusLine } from '../../core/catalog/httpHeaders';
import type { Output } from '../../core/lab/output';
import type { ShellTool } from './context';
import { type Page, type Url, answerHeaders, fetchUrl, logRequest, parseUrl } from './httpTools';

const AGENT = 'curl/7.88.1';
const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";

/** Short options that take a value (the next word, or the rest of this one). */
const SHORT_VALUE = new Set([...'omHXwAdduexbcTrKDEFCQPtUYyz']);
/** The rest of curl's one-letter options (src/tool_getparam.c aliases) take no value. */
const SHORT_BOOL = new Set([...'sSIivfLk46gNqOJGRlnpjBaM0123VZ#']);
const LONG: Record<string, { short?: string; value: boolean }> = {
  head: { short: 'I', value: false },
  include: { short: 'i', value: false },
  silent: { short: 's', value: false },
  'show-error': { short: 'S', value: false },
  verbose: { short: 'v', value: false },
  fail: { short: 'f', value: false },
  location: { short: 'L', value: false },
  insecure: { short: 'k', value: false },
  output: { short: 'o', value: true },
  'write-out': { short: 'w', value: true },
  'max-time': { short: 'm', value: true },
  header: { short: 'H', value: true },
  request: { short: 'X', value: true },
  'user-agent': { short: 'A', value: true },
  data: { short: 'd', value: true },
  'remote-name': { short: 'O', value: false },
  get: { short: 'G', value: false },
  'dump-header': { short: 'D', value: true },
  form: { short: 'F', value: true },
  ipv4: { short: '4', value: false },
  ipv6: { short: '6', value: false },
  'connect-timeout': { value: true },
  retry: { value: true },
  'retry-delay': { value: true },
  'max-redirs': { value: true },
  resolve: { value: true },
  noproxy: { value: true },
  cacert: { value: true },
  interface: { value: true },
  'data-raw': { value: true },
  'data-binary': { value: true },
  'data-urlencode': { value: true },
  json: { value: true },
  compressed: { value: false },
  'http1.1': { value: false },
  http2: { value: false },
  'fail-with-body': { value: false },
  'no-buffer': { value: false },
  'no-progress-meter': { value: false },
};

interface Options {
  flags: Set<string>;
  values: Map<string, string>;
  url?: string;
}

function parse(argv: readonly string[]): Options | { unknown: string } {
  const o: Options = { flags: new Set(), values: new Map() };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const spec = Object.hasOwn(LONG, name) ? LONG[name]! : undefined;
      if (!spec) return { unknown: a };
      const key = spec.short ?? name;
      if (spec.value) o.values.set(key, inline ?? argv[++i] ?? '');
      else o.flags.add(key);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (SHORT_VALUE.has(c)) {
          o.values.set(c, j + 1 < a.length ? a.slice(j + 1) : (argv[++i] ?? ''));
          break;
        }
        if (!SHORT_BOOL.has(c)) return { unknown: `-${c}` };
        o.flags.add(c);
      }
    } else o.url ??= a;
  }
  return o;
}

const headerBlock = (status: Page['status'], headers: HeaderList): string =>
  `${statusLine(status)}\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;

/** --write-out: %{variable} and the \n, \r, \t escapes; an unknown variable is warned about and left out. */
function writeOut(format: string, vars: Record<string, string>): { out: string; warnings: string } {
  let warnings = '';
  const out = format
    .replace(/%\{([a-z_]+)\}/g, (_, name: string) => {
      if (Object.hasOwn(vars, name)) return vars[name]!;
      warnings += `curl: unknown --write-out variable: '${name}'\n`;
      return '';
    })
    .replace(/\\([nrt\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c]!);
  return { out, warnings };
}

/** Linux gives up on a SYN nobody answers after tcp_syn_retries (6): 127 s of backoff, as curl then reports it. */
const KERNEL_CONNECT_TIMEOUT_MS = 134005;

/**
 * `-m`/`--max-time` and `--connect-timeout` (src/tool_paramhlp.c secs2ms: seconds, fractions allowed, 0 for none):
 * the smaller limit in milliseconds, or tool_getparam.c's complaint about the value.
 */
function timeLimitMs(o: Options): number | undefined | string {
  let limit: number | undefined;
  for (const [key, shown] of [
    ['m', '-m'],
    ['connect-timeout', '--connect-timeout'],
  ] as const) {
    const text = o.values.get(key);
    if (text === undefined) continue;
    const seconds = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
    if (Number.isNaN(seconds)) return `option ${shown}: expected a proper numerical parameter`;
    if (seconds < 0) return `option ${shown}: expected a positive numerical parameter`;
    const ms = Math.trunc(seconds * 1000);
    if (ms > 0) limit = Math.min(limit ?? ms, ms);
  }
  return limit;
}

function hostHeader(url: Url): string {
  return url.port === 80 ? url.authority.replace(/:80$/, '') : url.authority;
}

export const curlTool: ShellTool = (sh, argv) => {
  const o = parse(argv);
  if ('unknown' in o) return { stdout: '', stderr: `curl: option ${o.unknown}: is unknown\n${TRY_HELP}`, exitCode: 2 };
  if (o.url === undefined) return { stdout: '', stderr: TRY_HELP, exitCode: 2 };
  const verbose = o.flags.has('v');
  // -s hides the error message; -S shows it again.
  const showError = !o.flags.has('s') || o.flags.has('S');
  const limit = timeLimitMs(o);
  if (typeof limit === 'string') return { stdout: '', stderr: `curl: ${limit}\n${TRY_HELP}`, exitCode: 2 };
  const url = parseUrl(o.url);
  // src/tool_operate.c post_per_transfer: --write-out is written after the transfer, failed or not.
  const write = (vars: Record<string, string>) =>
    o.values.has('w') ? writeOut(o.values.get('w')!, vars) : { out: '', warnings: '' };
  const effective = url ? `http://${url.authority}${url.path}` : o.url;
  const failWith = (code: number, message: string, trace = '', vars: Record<string, string> = {}): Output => {
    const written = write({
      http_code: '000',
      response_code: '000',
      remote_ip: '',
      remote_port: '0',
      size_download: '0',
      url_effective: effective,
      content_type: '',
      num_connects: '0',
      exitcode: String(code),
      errormsg: message,
      ...vars,
    });
    return {
      stdout: written.out,
      stderr: (verbose ? trace : '') + (showError ? `curl: (${code}) ${message}\n` : '') + written.warnings,
      exitCode: code,
    };
  };
  if (!url) return failWith(3, 'URL rejected: Bad hostname');
  const got = fetchUrl(sh, url);
  if (got.kind === 'bad-address') return failWith(6, `Could not resolve host: ${url.host}`);
  const shown = got.family === 6 ? `[${got.ip}]` : got.ip;
  const trying = `*   Trying ${shown}:${url.port}...\n`;
  const tried = { remote_ip: got.ip, remote_port: String(url.port) };
  if (got.kind === 'failed') {
    const timedOut = got.result.failure === 'timeout';
    if (timedOut && limit !== undefined && limit < KERNEL_CONNECT_TIMEOUT_MS) {
      // lib/multi.c multi_handle_timeout: the handle's own limit comes before the kernel gives up.
      const message = `Connection timed out after ${limit + 1} milliseconds`;
      return failWith(28, message, `${trying}* ${message}\n* Closing connection 0\n`, tried);
    }
    // curl 7.88.1 (Debian 12) lib/connect.c: failf with curl_easy_strerror's "Couldn't connect to server"
    // (curl 8 words it "Could not").
    const message = `Failed to connect to ${url.host} port ${url.port} after ${timedOut ? KERNEL_CONNECT_TIMEOUT_MS : 0} ms: Couldn't connect to server`;
    const why = timedOut
      ? 'Connection timed out'
      : got.result.failure === 'refused'
        ? 'Connection refused'
        : 'Network is unreachable';
    const trace = `${trying}* connect to ${got.ip} port ${url.port} failed: ${why}\n* ${message}\n* Closing connection 0\n`;
    return failWith(timedOut ? 28 : 7, message, trace, tried);
  }
  const connected = `${trying}* Connected to ${url.host} (${got.ip}) port ${url.port} (#0)\n`;
  const reached = { ...tried, num_connects: '1' };
  if (got.page === undefined) return failWith(56, 'Recv failure: Connection reset by peer', connected, reached);
  const head = o.flags.has('I');
  const method = head ? 'HEAD' : (o.values.get('X') ?? 'GET');
  logRequest(sh, got.result, got.ip, got.family, url, got.page, o.values.get('A') ?? AGENT, method);
  const page = got.page;
  const status = String(page.status);
  if (page.status !== 200 && o.flags.has('f')) {
    const code = { http_code: status, response_code: status };
    return failWith(22, `The requested URL returned error: ${page.status}`, connected, { ...reached, ...code });
  }
  const headers = answerHeaders(sh, got.result, page);
  const body = head ? '' : page.body;
  const output = (head || o.flags.has('i') ? headerBlock(page.status, headers) : '') + body;
  const request = `> ${method} ${url.path} HTTP/1.1\r\n> Host: ${hostHeader(url)}\r\n> User-Agent: ${o.values.get('A') ?? AGENT}\r\n> Accept: */*\r\n> \r\n`;
  const response = headerBlock(page.status, headers)
    .split('\r\n')
    .slice(0, -1)
    .map((l) => `< ${l}\r\n`)
    .join('');
  const trace = verbose ? `${connected}${request}${response}* Connection #0 to host ${url.host} left intact\n` : '';
  const written = write({
    ...reached,
    http_code: status,
    response_code: status,
    size_download: String(body.length),
    url_effective: effective,
    content_type: headers.find(([n]) => n === 'Content-Type')?.[1] ?? '',
    exitcode: '0',
    errormsg: '',
  });
  return {
    // -o FILE and -O (the URL's file name) write the body to a file, which the lab does not keep.
    stdout: (o.values.has('o') || o.flags.has('O') ? '' : output) + written.out,
    stderr: trace + written.warnings,
    exitCode: 0,
  };
};
