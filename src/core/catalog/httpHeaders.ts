// The response headers the catalogue's web servers send, in each server's own order: nginx's
// ngx_http_header_filter (Server, Date, Content-Type, Content-Length, Last-Modified, Connection,
// ETag `"<mtime hex>-<length hex>"`, Accept-Ranges; src/http/ngx_http_header_filter_module.c,
// ngx_http_core_module.c ngx_http_set_etag) and Apache httpd's (Date, Server, Last-Modified,
// ETag `"<length hex>-<mtime µs hex>"`, Accept-Ranges, Content-Length, Content-Type;
// modules/http/http_protocol.c, http_etag.c). Last-Modified and ETag follow the served file
// (catalog/imageFiles.ts, or a learner's write). A 404 carries no file headers.
import { NGINX_VERSION } from './httpPaths';

export type HeaderList = ReadonlyArray<readonly [string, string]>;

export interface Answer {
  status: 200 | 404;
  /** Bytes of the body a GET gets. */
  length: number;
  /** The lab's clock, seconds. */
  now: number;
  /** The served file's mtime, seconds. */
  modified: number;
  /** The served file's Content-Type (httpPaths contentType; absent: text/html; null: none sent). */
  type?: string | null;
}

const HTTPD_SERVER = 'Apache/2.4.65 (Unix)';

/** RFC 7231 IMF-fixdate, as both servers write Date and Last-Modified. */
export const httpDate = (seconds: number): string => new Date(seconds * 1000).toUTCString();

const REASONS: Record<Answer['status'], string> = { 200: 'OK', 404: 'Not Found' };

export const statusLine = (status: Answer['status']): string => `HTTP/1.1 ${status} ${REASONS[status]}`;

const HEADERS: Record<string, (a: Answer) => HeaderList> = {
  nginx: (a) =>
    a.status === 200
      ? [
          ['Server', `nginx/${NGINX_VERSION}`],
          ['Date', httpDate(a.now)],
          ['Content-Type', a.type ?? 'text/html'],
          ['Content-Length', String(a.length)],
          ['Last-Modified', httpDate(a.modified)],
          ['Connection', 'keep-alive'],
          ['ETag', `"${a.modified.toString(16)}-${a.length.toString(16)}"`],
          ['Accept-Ranges', 'bytes'],
        ]
      : [
          ['Server', `nginx/${NGINX_VERSION}`],
          ['Date', httpDate(a.now)],
          ['Content-Type', 'text/html'],
          ['Content-Length', String(a.length)],
          ['Connection', 'keep-alive'],
        ],
  httpd: (a) =>
    a.status === 200
      ? [
          ['Date', httpDate(a.now)],
          ['Server', HTTPD_SERVER],
          ['Last-Modified', httpDate(a.modified)],
          ['ETag', `"${a.length.toString(16)}-${(a.modified * 1e6).toString(16)}"`],
          ['Accept-Ranges', 'bytes'],
          ['Content-Length', String(a.length)],
          ...(a.type === null ? [] : ([['Content-Type', a.type ?? 'text/html']] as const)),
        ]
      : [
          ['Date', httpDate(a.now)],
          ['Server', HTTPD_SERVER],
          ['Content-Length', String(a.length)],
          ['Content-Type', 'text/html; charset=iso-8859-1'],
        ],
};

/** A server outside the lab (the lab's stand-in for the Internet): the headers every server sends. */
const ANY: (a: Answer) => HeaderList = (a) => [
  ['Content-Type', 'text/html'],
  ['Date', httpDate(a.now)],
  ['Content-Length', String(a.length)],
  ['Connection', 'keep-alive'],
];

export function responseHeaders(program: string, answer: Answer): HeaderList {
  return (Object.hasOwn(HEADERS, program) ? HEADERS[program]! : ANY)(answer);
}
