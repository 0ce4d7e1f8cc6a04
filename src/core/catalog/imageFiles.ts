// The files each catalogue image ships that a learner is likely to read, as data: the pages its web
// server serves, its configuration, and its base's /etc/os-release and /etc/passwd. A container sees
// these under its writable layer (kernel/containerFiles.ts). Files are dated by the image's build
// (imageMeta created), except where the image keeps an older file's date.
import { DEBIAN_PASSWD, OS_RELEASE, imageBase } from './imageBase';
import { imageMeta } from './imageMeta';
import { imageBaseName, lookupImage } from './images';
import { NGINX_50X, NGINX_CONF, NGINX_DEFAULT_CONF, NGINX_DEFAULT_CONF_IPV6, NGINX_INDEX } from './nginxFiles';
import { own } from '../lab/own';

export interface ImageFile {
  text: string;
  /** Seconds since the epoch. */
  mtime: number;
}

interface FileSpec {
  text: string;
  /** An mtime the image keeps from elsewhere (absent: the image's build). */
  mtime?: number;
  /** The text once the image's entrypoint has run its default program (an entrypoint script edits the file). */
  afterEntrypoint?: string;
}

/** The page in the httpd image's htdocs (httpd's docs/docroot/index.html). */
export const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

/** htdocs/index.html's mtime in the httpd image: Mon, 11 Jun 2007 18:53:14 GMT, the date the file has in httpd's tarball. */
const HTTPD_INDEX_MTIME = Date.UTC(2007, 5, 11, 18, 53, 14) / 1000;

/** The user the nginx image's Dockerfile adds (`useradd --system --gid nginx ... --uid 101 nginx`). */
const NGINX_USER = 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n';

const OWN_FILES: Record<string, Record<string, FileSpec>> = {
  nginx: {
    '/usr/share/nginx/html/index.html': { text: NGINX_INDEX },
    '/usr/share/nginx/html/50x.html': { text: NGINX_50X },
    '/etc/nginx/nginx.conf': { text: NGINX_CONF },
    '/etc/nginx/conf.d/default.conf': { text: NGINX_DEFAULT_CONF, afterEntrypoint: NGINX_DEFAULT_CONF_IPV6 },
    '/etc/passwd': { text: DEBIAN_PASSWD + NGINX_USER },
  },
  httpd: {
    '/usr/local/apache2/htdocs/index.html': { text: HTTPD_INDEX, mtime: HTTPD_INDEX_MTIME },
  },
};

function specs(reference: string): Record<string, FileSpec> {
  const base = imageBase(reference);
  const files: Record<string, FileSpec> = {};
  if (base) files['/etc/os-release'] = { text: OS_RELEASE[base] };
  if (base === 'debian') files['/etc/passwd'] = { text: DEBIAN_PASSWD };
  return { ...files, ...own(OWN_FILES, imageBaseName(reference)) };
}

const cache = new Map<string, Record<string, FileSpec>>();

function specsOf(reference: string): Record<string, FileSpec> {
  const name = imageBaseName(reference);
  let found = cache.get(name);
  if (!found) {
    found = specs(name);
    cache.set(name, found);
  }
  return found;
}

/**
 * The image's file at an absolute, normalised path; ranEntrypoint: the container has started the image's
 * own entrypoint with its default program, so the entrypoint's edits are in place.
 */
export function imageFile(reference: string, path: string, ranEntrypoint: boolean): ImageFile | undefined {
  const spec = own(specsOf(reference), path);
  if (!spec) return undefined;
  return {
    text: ranEntrypoint && spec.afterEntrypoint !== undefined ? spec.afterEntrypoint : spec.text,
    mtime: spec.mtime ?? imageMeta(reference).created,
  };
}

/** Every path of a file the image ships (see imageFile). */
export const imageFilePaths = (reference: string): string[] => Object.keys(specsOf(reference));

/** Whether a container runs the image's entrypoint with the image's program (nginx's docker-entrypoint.sh runs its scripts only for `nginx`). */
export function runsImageEntrypoint(
  c: { entrypoint: readonly string[]; cmd: readonly string[] },
  reference: string,
): boolean {
  const info = lookupImage(reference);
  if (!info || info.entrypoint.length === 0) return false;
  return c.entrypoint.join('\0') === info.entrypoint.join('\0') && c.cmd[0] === info.cmd[0];
}
