// wget (busybox), and what curl shares with it: an HTTP request over the reachability model. What
// answers depends on the program listening: nginx and httpd serve the files under their document
// root in the server's container, and their own 404s; other servers reset.
import { BUSYBOX_BANNER } from './busyboxBanner';
import type { Container } from '../../core/lab/model';
import { formatIPv4 } from '../../core/net/ipv4';
import { nginxAccess, nginxOpenFailed } from '../../core/catalog/nginxLogs';
import { contentType, docRoot, notFoundPage, pathOnly } from '../../core/catalog/httpPaths';
import { STRERROR, statPath, writeFile } from '../../core/kernel/containerFiles';
import { normalizePath, resolvePath } from '../../core/files/posixPath';
import { type HeaderList, responseHeaders, statusLine } from '../../core/catalog/httpHeaders';
import { appendLog } from '../../core/daemon/containerLogs';
import type { ReachResult } from '../../core/kernel/reach';
import type { ShellContext, ShellTool } from './context';
import { probeAddress } from './target';
import { rootFsOf } from './fileTools';

export interface Url {
  /** The host to resolve: a name, an IPv4 address, or an IPv6 one without its brackets. */
  host: string;
  /** The host and port as the URL wrote them (busybox wget's server.host: `web:8080`, `[fd00::2]`). */
  authority: string;
  port: number;
  path: string;
}

export function parseUrl(raw: string): Url | undefined {
  const m = /^(?:(https?):\/\/)?(\[[0-9A-Fa-f:.]+\]|[^/:?#[\]]+)(?::(\d+))?(\/[^\s]*)?$/.exec(raw);
  if (!m) return undefined;
  const scheme = m[1] ?? 'http';
  return {
    host: m[2]!.replace(/^\[(.*)\]$/, '$1'),
    authority: m[3] ? `${m[2]!}:${m[3]}` : m[2]!,
    port: m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80,
    path: m[4] ?? '/',
  };
}

const REMOTE_PAGE =
  '<!doctype html>\n<html>\n<head><title>Example Domain</title></head>\n<body><h1>Example Domain</h1></body>\n</html>\n';

/** The address a server sees: the client's own on a shared network, else its network's gateway (NAT, docker-proxy). */
function clientAddress(sh: ShellContext, server: Container, targetIp: string, family: 4 | 6): string {
  // Inside the server's own namespace the source is the address connected to (loopback or its own).
  if (sh.netnsId === server.netnsId) return targetIp.startsWith('127.') ? '127.0.0.1' : targetIp;
  const ns = sh.lab.namespaces.get(sh.netnsId);
  const client = ns ? sh.lab.containers.get(ns.owner) : undefined;
  const serverEps = Object.values(server.endpoints);
  if (family === 6) {
    const shared = Object.values(client?.endpoints ?? {}).find(
      (ep) => ep.ipv6 && serverEps.some((s) => s.networkId === ep.networkId),
    );
    return shared?.ipv6 ?? serverEps.find((e) => e.ipv6Gateway)?.ipv6Gateway ?? '::1';
  }
  for (const ep of Object.values(client?.endpoints ?? {})) {
    if (ep.ip !== null && serverEps.some((s) => s.networkId === ep.networkId)) return formatIPv4(ep.ip);
  }
  const gateway = serverEps.find((e) => e.gateway !== null)?.gateway;
  return gateway === undefined || gateway === null ? '127.0.0.1' : formatIPv4(gateway);
}

/** nginx writes an access line for every request it answers, after an error line for a missing file. */
export function logRequest(
  sh: ShellContext,
  result: ReachResult,
  targetIp: string,
  family: 4 | 6,
  url: Url,
  page: Page,
  agent: string,
  method = 'GET',
): void {
  const server = result.answeredBy;
  if (!server || result.program !== 'nginx') return;
  const client = clientAddress(sh, server, targetIp, family);
  // The error log is /dev/stderr, the access log /dev/stdout (the nginx image's Dockerfile).
  if (page.status === 404)
    appendLog(
      sh.lab,
      server,
      [nginxOpenFailed(sh.lab.now, client, url.path, url.authority.replace(/:80$/, ''))],
      'stderr',
    );
  appendLog(
    sh.lab,
    server,
    // A HEAD answer sends no body: nginx logs 0 bytes.
    [nginxAccess(sh.lab.now, client, url.path, method === 'HEAD' ? 0 : bodyBytes(page), agent, page.status, method)],
    'stdout',
  );
}

export interface Page {
  status: 200 | 404;
  body: string;
  /** The served file's mtime and Content-Type (a 200 from a file). */
  modified?: number;
  type?: string | null;
}

/** The file a server sends for a URL path: the path under its root, a folder's index file. */
function servedFile(sh: ShellContext, server: Container, program: string, path: string) {
  const root = docRoot(program);
  if (!root) return undefined;
  const fs = rootFsOf(sh, server, server.netnsId ?? sh.netnsId);
  const target = normalizePath(`${root.root}/${pathOnly(path)}`);
  const entry = statPath(fs, target);
  if (entry?.kind === 'file') return { path: target, ...entry };
  if (entry?.kind !== 'dir') return undefined;
  for (const name of root.index) {
    const index = statPath(fs, `${target}/${name}`);
    if (index?.kind === 'file') return { path: `${target}/${name}`, ...index };
  }
  return undefined;
}

/**
 * The server's answer for a path: the file under its document root as the server's container has it
 * (a page a learner wrote is served), or its own 404 page; undefined when the program does not speak HTTP.
 */
export function pageAt(sh: ShellContext, result: ReachResult, path: string): Page | undefined {
  const program = result.program ?? '';
  if (program === 'remote server') return { status: 200, body: REMOTE_PAGE };
  const server = result.answeredBy;
  if (!server || !docRoot(program)) return undefined;
  const file = servedFile(sh, server, program, path);
  if (!file) return { status: 404, body: notFoundPage(program) };
  return { status: 200, body: file.text, modified: file.mtime, type: contentType(program, file.path) };
}

/** Bytes of the body: what Content-Length and the access log count. */
export const bodyBytes = (page: Page): number => new TextEncoder().encode(page.body).length;

/** The headers the answering server sends with a page (its file's date and type). */
export function answerHeaders(sh: ShellContext, result: ReachResult, page: Page): HeaderList {
  return responseHeaders(result.program ?? '', {
    status: page.status,
    length: bodyBytes(page),
    now: sh.lab.now,
    modified: page.modified ?? sh.lab.now,
    ...(page.type !== undefined ? { type: page.type } : {}),
  });
}

export function fetchUrl(
  sh: ShellContext,
  url: Url,
):
  | { kind: 'bad-address' }
  | { kind: 'failed'; ip: string; family: 4 | 6; result: ReachResult }
  | { kind: 'ok'; ip: string; family: 4 | 6; page: Page | undefined; result: ReachResult } {
  const target = probeAddress(sh, url.host, { port: url.port, proto: 'tcp' });
  if (!target.ok) return { kind: 'bad-address' };
  const { address: ip, family, result } = target;
  if (!result.ok) return { kind: 'failed', ip, family, result };
  return { kind: 'ok', ip, family, page: pageAt(sh, result, url.path), result };
}

const WGET_USAGE = `${BUSYBOX_BANNER}\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-T SEC] URL...\n`;

/** busybox wget's getopt32 string ("cqSO:o:P:Y:U:T:+t:") and its long options. */
const WGET_VALUE = new Set(['O', 'o', 'P', 'Y', 'U', 'T', 't']);
const WGET_LONG: Record<string, { key: string; value: boolean }> = {
  continue: { key: 'c', value: false },
  quiet: { key: 'q', value: false },
  'server-response': { key: 'S', value: false },
  'output-document': { key: 'O', value: true },
  'output-file': { key: 'o', value: true },
  'directory-prefix': { key: 'P', value: true },
  proxy: { key: 'Y', value: true },
  'user-agent': { key: 'U', value: true },
  timeout: { key: 'T', value: true },
  tries: { key: 't', value: true },
  spider: { key: 'spider', value: false },
  header: { key: 'header', value: true },
  'no-check-certificate': { key: 'no-check-certificate', value: false },
};

interface WgetOptions {
  flags: Set<string>;
  values: Map<string, string>;
  urls: string[];
}

/** glibc getopt_long's complaint (before the usage) for an option wget does not have. */
function parseWget(argv: readonly string[]): WgetOptions | { unknown: string } {
  const o: WgetOptions = { flags: new Set(), values: new Map(), urls: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const spec = Object.hasOwn(WGET_LONG, name) ? WGET_LONG[name]! : undefined;
      if (!spec) return { unknown: `wget: unrecognized option '${a}'\n` };
      if (spec.value) o.values.set(spec.key, inline ?? argv[++i] ?? '');
      else o.flags.add(spec.key);
    } else if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (WGET_VALUE.has(c)) {
          o.values.set(c, j + 1 < a.length ? a.slice(j + 1) : (argv[++i] ?? ''));
          break;
        }
        if (!'cqS'.includes(c)) return { unknown: `wget: invalid option -- '${c}'\n` };
        o.flags.add(c);
      }
    } else o.urls.push(a);
  }
  return o;
}

/** bb_progress_update's line for a whole file at once: the name in 20 columns, 100%, the bar, the size. */
const progressLine = (file: string, size: number): string =>
  `${file.slice(0, 20).padEnd(20)} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`;

export const wgetTool: ShellTool = (sh, argv) => {
  const o = parseWget(argv);
  if ('unknown' in o) return { stdout: '', stderr: o.unknown + WGET_USAGE, exitCode: 1 };
  const raw = o.urls[0];
  const quiet = o.flags.has('q');
  const spider = o.flags.has('spider');
  const serverResponse = o.flags.has('S');
  const named = o.values.get('O');
  const toStdout = named === '-';
  if (!raw) return { stdout: '', stderr: WGET_USAGE, exitCode: 1 };
  const url = parseUrl(raw);
  if (!url) return { stdout: '', stderr: `wget: bad address '${raw}'\n`, exitCode: 1 };
  const got = fetchUrl(sh, url);
  if (got.kind === 'bad-address') return { stdout: '', stderr: `wget: bad address '${url.host}'\n`, exitCode: 1 };
  // wget.c: "Connecting to %s (%s)" with server.host as written and xmalloc_sockaddr2dotted ([v6]:port).
  const dotted = got.family === 6 ? `[${got.ip}]:${url.port}` : `${got.ip}:${url.port}`;
  const connecting = quiet ? '' : `Connecting to ${url.authority} (${dotted})\n`;
  // libbb xconnect names the peer only for IPv4.
  const remote = got.family === 6 ? "can't connect to remote host" : `can't connect to remote host (${got.ip})`;
  if (got.kind === 'failed') {
    const reason =
      got.result.failure === 'refused'
        ? 'Connection refused'
        : got.result.failure === 'no-route'
          ? 'Network is unreachable'
          : '';
    // Without -T busybox waits for the kernel's connect timeout; with -T its own timer fires first.
    const timedOut = o.values.has('T') ? 'wget: download timed out\n' : `wget: ${remote}: Connection timed out\n`;
    const msg = reason ? `wget: ${remote}: ${reason}\n` : timedOut;
    return { stdout: '', stderr: connecting + msg, exitCode: 1 };
  }
  if (got.page === undefined)
    return { stdout: '', stderr: `${connecting}wget: error getting response: Connection reset by peer\n`, exitCode: 1 };
  logRequest(sh, got.result, got.ip, got.family, url, got.page, 'Wget');
  // -S: the status line and each header as read, two spaces in, the blank line that ends them too.
  const response = serverResponse
    ? [statusLine(got.page.status), ...answerHeaders(sh, got.result, got.page).map(([n, v]) => `${n}: ${v}`), '']
        .map((l) => `  ${l}\n`)
        .join('')
    : '';
  // busybox wget.c: any status but 2xx dies with "server returned error: " and the status line.
  if (got.page.status !== 200)
    return {
      stdout: '',
      stderr: `${connecting}${response}wget: server returned error: HTTP/1.1 404 Not Found\n`,
      exitCode: 1,
    };
  const body = got.page.body;
  if (spider) return { stdout: '', stderr: `${connecting}${response}remote file exists\n`, exitCode: 0 };
  if (toStdout)
    return {
      stdout: body,
      stderr: quiet
        ? response
        : `${connecting}${response}writing to stdout\n${progressLine('-', body.length)}written to stdout\n`,
      exitCode: 0,
    };
  // Without -O, the last part of the URL's path, or index.html. In a container the file goes into its
  // layer; busybox wget.c opens it with xopen3, which dies with "can't open '%s'" (the host keeps none).
  const file = named ?? /[^/]+$/.exec(pathOnly(url.path))?.[0] ?? 'index.html';
  const shown = /[^/]*$/.exec(file)![0];
  if (sh.container) {
    const fs = rootFsOf(sh, sh.container);
    const errno = writeFile(fs, resolvePath(sh.dir.cwd, file), body, 'truncate');
    if (errno)
      return {
        stdout: '',
        stderr: `${connecting}${response}wget: can't open '${file}': ${STRERROR[errno]}\n`,
        exitCode: 1,
      };
  }
  return {
    stdout: '',
    stderr: quiet
      ? response
      : `${connecting}${response}saving to '${file}'\n${progressLine(shown, body.length)}'${file}' saved\n`,
    exitCode: 0,
  };
};
