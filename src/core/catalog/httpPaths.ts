// Where the catalogue's web servers find their files, and what they answer when a file is not there:
// the official nginx image serves /usr/share/nginx/html (default.conf `root /usr/share/nginx/html;
// index index.html index.htm;`) and httpd serves /usr/local/apache2/htdocs (httpd.conf DocumentRoot,
// `DirectoryIndex index.html`). The files themselves are the container's (kernel/containerFiles.ts),
// so a page a learner writes is the page served. A missing path gets the server's own 404 page:
// nginx's ngx_http_error_404_page with its version tail (src/http/ngx_http_special_response.c), and
// Apache's ap_send_error_response text for HTTP_NOT_FOUND (modules/http/http_protocol.c).

import { own } from '../lab/own';

export const NGINX_VERSION = '1.27.3';

export interface DocRoot {
  root: string;
  /** The files tried, in order, for a path that names a folder. */
  index: readonly string[];
}

const DOC_ROOTS: Record<string, DocRoot> = {
  nginx: { root: '/usr/share/nginx/html', index: ['index.html', 'index.htm'] },
  httpd: { root: '/usr/local/apache2/htdocs', index: ['index.html'] },
};

/** The folder a server program serves, or undefined for a program that serves no files. */
export const docRoot = (program: string): DocRoot | undefined => own(DOC_ROOTS, program);

const NOT_FOUND: Record<string, string> = {
  nginx: `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${NGINX_VERSION}</center>\r\n</body>\r\n</html>\r\n`,
  httpd:
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
};

/** The path without its query string or fragment. */
export const pathOnly = (path: string): string => path.replace(/[?#].*$/, '') || '/';

/** The server's 404 body ('' for a program without one). */
export const notFoundPage = (program: string): string => own(NOT_FOUND, program) ?? '';

/**
 * The Content-Type of a served file by its extension: the common lines of nginx's conf/mime.types
 * (its default_type application/octet-stream for the rest) and of httpd's conf/mime.types, which agree
 * on these; httpd sends none for an extension it does not know.
 */
const MIME: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  txt: 'text/plain',
  js: 'application/javascript',
  json: 'application/json',
  png: 'image/png',
  gif: 'image/gif',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** null: the server sends no Content-Type. */
export function contentType(program: string, file: string): string | null {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  return own(MIME, ext) ?? (program === 'nginx' ? 'application/octet-stream' : null);
}
