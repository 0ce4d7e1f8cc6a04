// What the catalogue's web servers have on disk, and what they answer for anything else: the
// official nginx image serves /usr/share/nginx/html (index.html, 50x.html) and httpd serves
// /usr/local/apache2/htdocs (index.html). A missing path gets the server's own 404 page: nginx's
// ngx_http_error_404_page with its version tail (src/http/ngx_http_special_response.c), and
// Apache's ap_send_error_response text for HTTP_NOT_FOUND (modules/http/http_protocol.c).

import { own } from '../lab/own';

export const NGINX_VERSION = '1.27.3';

const FILES: Record<string, readonly string[]> = {
  nginx: ['/', '/index.html', '/50x.html'],
  httpd: ['/', '/index.html'],
};

const NOT_FOUND: Record<string, string> = {
  nginx: `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${NGINX_VERSION}</center>\r\n</body>\r\n</html>\r\n`,
  httpd:
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
};

/** The path without its query string or fragment. */
export const pathOnly = (path: string): string => path.replace(/[?#].*$/, '') || '/';

/** The 404 body when `program` has no file at `path`; undefined when the path exists (or the server is not modelled). */
export function notFoundPage(program: string, path: string): string | undefined {
  const files = own(FILES, program);
  if (!files || files.includes(pathOnly(path))) return undefined;
  return own(NOT_FOUND, program);
}
