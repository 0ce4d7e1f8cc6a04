// A container's root file system as its processes see it: the files the engine and the kernel provide
// (/etc/hosts, /etc/hostname, /etc/resolv.conf, /sys/class/net), over the image's files
// (catalog/imageFiles.ts), under the container's writable layer (Container.files), as overlayfs
// stacks them: the upper layer wins, a whiteout hides what is below, a folder made again over one is
// opaque. /sys and /proc/sys are mounted read-only in a container (moby oci/defaults.go DefaultLinuxSpec),
// as is a mount made with `:ro`. Errors are the errno a syscall would set; each tool words them.
// Mounts hide what is below their destination, the deepest one winning (moby daemon/volumes.go sorts
// them by depth, volume/mounts): a named or anonymous volume shows the volume's own files, which every
// container mounting it shares and changes (Volume.files); a bind shows the host's folder or file
// through the session's FileReader. That reader cannot write, so what a process writes under a rw
// bind stays in the container's layer over that path: the container sees its write, the host's file
// is unchanged (a real bind would change the host's file).
import { imageFile, imageFilePaths, runsImageEntrypoint } from '../catalog/imageFiles';
import { imageContent } from '../catalog/images';
import { imageMeta } from '../catalog/imageMeta';
import type { FileReader } from '../files/fileReader';
import { dirnameOf, normalizePath } from '../files/posixPath';
import type { Lab } from '../lab/lab';
import type { Container, LayerEntry, MountPoint, Volume } from '../lab/model';
import { own } from '../lab/own';
import { etcHostname, etcHosts, resolvConf } from './etcFiles';
import { namespaceInterfaces } from './interfaces';
import { ROOT_FOLDERS, isModelledFolder } from './rootfs';

export type FsEntry = { kind: 'file'; text: string; mtime: number } | { kind: 'dir'; mtime: number };

export type FsErrno = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EROFS' | 'EEXIST' | 'ENOTEMPTY' | 'EBUSY';

/** strerror() of each errno, as glibc and musl both word them. */
export const STRERROR: Record<FsErrno, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EROFS: 'Read-only file system',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EBUSY: 'Resource busy',
};

/** Where a container's files are looked up: the container, and the namespace its /sys/class/net shows. */
export interface RootFs {
  lab: Lab;
  container: Container;
  netnsId: number;
  /** The host's files, which a bind mount shows (the session's reader); absent: a bind shows an empty folder. */
  host?: FileReader;
}

const ETC: Record<string, (lab: Lab, c: Container) => string> = {
  '/etc/hostname': etcHostname,
  '/etc/hosts': etcHosts,
  '/etc/resolv.conf': resolvConf,
};

const layerOf = (c: Container): Record<string, LayerEntry> => c.files ?? {};

/** The mount a path is under, and the path from the mount's root (`/` for the destination itself). */
export interface MountedPath {
  mount: MountPoint;
  rel: string;
}

/** The deepest mount whose destination is path or above it: mounts stack, the last one over a path wins. */
export function mountOver(c: Container, path: string): MountedPath | undefined {
  let best: MountPoint | undefined;
  for (const m of c.mounts ?? [])
    if (
      (path === m.destination || path.startsWith(`${m.destination}/`)) &&
      m.destination.length > (best?.destination.length ?? -1)
    )
      best = m;
  return best && { mount: best, rel: path.slice(best.destination.length) || '/' };
}

const volumeOf = (lab: Lab, m: MountPoint): Volume | undefined => (m.name ? lab.volumes.get(m.name) : undefined);

/** A volume's file or folder at rel: the root always, a folder stored or implied by what is below it. */
function volumeEntry(lab: Lab, m: MountPoint, rel: string): FsEntry | undefined {
  const v = volumeOf(lab, m);
  if (rel === '/') return { kind: 'dir', mtime: v?.createdAt ?? 0 };
  const files = v?.files ?? {};
  const e = own(files, rel);
  if (e?.kind === 'file') return e;
  if (e?.kind === 'dir') return { kind: 'dir', mtime: e.mtime };
  const below = `${rel}/`;
  return Object.keys(files).some((k) => k.startsWith(below)) ? { kind: 'dir', mtime: v?.createdAt ?? 0 } : undefined;
}

/** The host path a bind shows at rel. */
const bindSource = (m: MountPoint, rel: string): string => normalizePath(rel === '/' ? m.source : `${m.source}${rel}`);

/** What a bind shows at rel: the host's folder or file, read through the session's reader. */
function bindEntry(fs: RootFs, m: MountPoint, rel: string): FsEntry | undefined {
  const source = bindSource(m, rel);
  // The reader keeps no times: the bind's files date from the container's start.
  const mtime = fs.container.startedAt || fs.container.createdAt;
  if (fs.host?.isDirectory(source)) return { kind: 'dir', mtime };
  const text = fs.host?.readText(source);
  if (text !== undefined || fs.host?.exists(source)) return { kind: 'file', text: text ?? '', mtime };
  // A -v bind whose source is missing gets an empty folder made by the daemon (moby daemon/volumes_unix.go,
  // the bind's createIfNotExists); the lab cannot make it on the host, so it shows an empty one.
  return rel === '/' ? { kind: 'dir', mtime } : undefined;
}

/** Whether what the image and the kernel have at path is hidden by a whiteout or an opaque folder above it. */
function lowerHidden(c: Container, path: string): boolean {
  const layer = layerOf(c);
  for (let p = path; ; p = dirnameOf(p)) {
    const e = own(layer, p);
    if (e && (e.kind === 'deleted' || (e.kind === 'dir' && e.opaque && p !== path))) return true;
    if (p === '/') return false;
  }
}

function imageFolderAt(reference: string, path: string): boolean {
  const below = path === '/' ? '/' : `${path}/`;
  return imageFilePaths(reference).some((f) => f.startsWith(below));
}

/** A mount's destination and the folders above it: the daemon makes them (moby daemon/volumes.go, the mountpoint). */
const mountFolderAt = (c: Container, path: string): boolean =>
  (c.mounts ?? []).some((m) => m.destination === path || m.destination.startsWith(path === '/' ? '/' : `${path}/`));

/** What the engine, the kernel and the image have at path, without the layer. */
function lowerEntry(fs: RootFs, path: string): FsEntry | undefined {
  const { lab, container: c } = fs;
  const reference = imageContent(c);
  const etc = own(ETC, path);
  if (etc) return { kind: 'file', text: etc(lab, c), mtime: c.startedAt };
  const address = /^\/sys\/class\/net\/([^/]+)\/address$/.exec(path);
  if (address) {
    const iface = namespaceInterfaces(lab, fs.netnsId).find((i) => i.name === address[1]);
    return iface ? { kind: 'file', text: `${iface.mac}\n`, mtime: c.startedAt } : undefined;
  }
  const over = mountOver(c, path);
  if (over?.mount.type === 'bind') return bindEntry(fs, over.mount, over.rel);
  const file = imageFile(reference, path, c.startedAt > 0 && runsImageEntrypoint(c, reference));
  if (file) return { kind: 'file', ...file };
  if (isModelledFolder(lab, fs.netnsId, path) || imageFolderAt(reference, path) || mountFolderAt(c, path))
    return { kind: 'dir', mtime: imageMeta(reference).created };
  return undefined;
}

/** The file or folder at an absolute path (normalised here), or undefined when there is none. */
export function statPath(fs: RootFs, path: string): FsEntry | undefined {
  const p = normalizePath(path);
  const over = own(ETC, p) ? undefined : mountOver(fs.container, p);
  if (over?.mount.type === 'volume') return volumeEntry(fs.lab, over.mount, over.rel);
  const upper = own(layerOf(fs.container), p);
  if (upper)
    return upper.kind === 'deleted' ? undefined : upper.kind === 'dir' ? { kind: 'dir', mtime: upper.mtime } : upper;
  return lowerHidden(fs.container, p) ? undefined : lowerEntry(fs, p);
}

const childName = (folder: string, path: string): string | undefined => {
  const below = folder === '/' ? '/' : `${folder}/`;
  return path.startsWith(below) && path.length > below.length ? path.slice(below.length).split('/')[0] : undefined;
};

/** The names in a folder, in byte order (what readdir gives, before ls sorts). */
export function listFolder(fs: RootFs, path: string): string[] {
  const folder = normalizePath(path);
  const candidates = new Set<string>();
  const add = (p: string) => {
    const name = childName(folder, p);
    if (name !== undefined) candidates.add(name);
  };
  for (const p of Object.keys(layerOf(fs.container))) add(p);
  for (const p of ROOT_FOLDERS) add(p);
  for (const p of Object.keys(ETC)) add(p);
  for (const p of imageFilePaths(imageContent(fs.container))) add(p);
  for (const m of fs.container.mounts ?? []) add(m.destination);
  const over = mountOver(fs.container, folder);
  if (over?.mount.type === 'bind')
    for (const name of fs.host?.list?.(bindSource(over.mount, over.rel)) ?? []) candidates.add(name);
  if (over?.mount.type === 'volume')
    for (const p of Object.keys(volumeOf(fs.lab, over.mount)?.files ?? {})) add(`${over.mount.destination}${p}`);
  if (folder === '/sys/class/net') for (const i of namespaceInterfaces(fs.lab, fs.netnsId)) candidates.add(i.name);
  if (/^\/sys\/class\/net\/[^/]+$/.test(folder)) candidates.add('address');
  const join = (name: string) => (folder === '/' ? `/${name}` : `${folder}/${name}`);
  return [...candidates].filter((name) => statPath(fs, join(name)) !== undefined).sort(byteOrder);
}

/** strcmp order, as ls sorts in the C locale. */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function readOnly(c: Container, path: string): boolean {
  if (path === '/sys' || path.startsWith('/sys/') || path === '/proc/sys' || path.startsWith('/proc/sys/')) return true;
  const over = mountOver(c, path);
  return over !== undefined && !over.mount.rw;
}

/** The volume a path's writes go to (the path is under a volume's mount), or undefined for the layer. */
function volumeAt(fs: RootFs, path: string): { files: Record<string, LayerEntry>; rel: string } | undefined {
  if (own(ETC, path)) return undefined;
  const over = mountOver(fs.container, path);
  const v = over?.mount.type === 'volume' ? volumeOf(fs.lab, over.mount) : undefined;
  return v && over ? { files: (v.files ??= {}), rel: over.rel } : undefined;
}

/** Why a new entry cannot go at path, or undefined when its folder takes one. */
function cannotCreate(fs: RootFs, path: string): FsErrno | undefined {
  // The kernel's tunables under /proc/sys all exist (ip_forward, ...), on a read-only mount.
  if (path.startsWith('/proc/sys/')) return 'EROFS';
  const parent = statPath(fs, dirnameOf(path));
  if (!parent) return 'ENOENT';
  if (parent.kind !== 'dir') return 'ENOTDIR';
  // procfs has no files to create.
  if (path.startsWith('/proc/')) return 'ENOENT';
  return readOnly(fs.container, path) ? 'EROFS' : undefined;
}

/** Stores an entry in the volume the path is on, else in the container's layer. */
function setEntry(fs: RootFs, path: string, entry: LayerEntry): void {
  const volume = volumeAt(fs, path);
  if (volume) volume.files[volume.rel] = entry;
  else (fs.container.files ??= {})[path] = entry;
  fs.lab.markChanged();
}

/** open(O_WRONLY|O_CREAT, O_TRUNC or O_APPEND) and one write: a redirection's file, or `touch` with no text. */
export function writeFile(fs: RootFs, path: string, text: string, mode: 'truncate' | 'append'): FsErrno | undefined {
  const p = normalizePath(path);
  const existing = statPath(fs, p);
  if (existing?.kind === 'dir') return 'EISDIR';
  if (existing) {
    if (readOnly(fs.container, p)) return 'EROFS';
  } else {
    const why = cannotCreate(fs, p);
    if (why) return why;
  }
  const before = mode === 'append' && existing ? existing.text : '';
  setEntry(fs, p, { kind: 'file', text: before + text, mtime: fs.lab.now });
  return undefined;
}

/** mkdir(2). */
export function makeFolder(fs: RootFs, path: string): FsErrno | undefined {
  const p = normalizePath(path);
  if (statPath(fs, p)) return 'EEXIST';
  const why = cannotCreate(fs, p);
  if (why) return why;
  // Over a whiteout, the image's old content stays hidden (a volume has no layers below it).
  const opaque =
    !volumeAt(fs, p) && (own(layerOf(fs.container), p)?.kind === 'deleted' || lowerEntry(fs, p) !== undefined);
  setEntry(fs, p, { kind: 'dir', mtime: fs.lab.now, ...(opaque ? { opaque: true as const } : {}) });
  return undefined;
}

/** unlink(2), or rmdir(2) of a folder and all below it when recursive (rm -r). */
export function removePath(fs: RootFs, path: string, recursive: boolean): FsErrno | undefined {
  const p = normalizePath(path);
  const entry = statPath(fs, p);
  if (!entry) return 'ENOENT';
  if (entry.kind === 'dir' && !recursive) return 'EISDIR';
  if (readOnly(fs.container, p) || p.startsWith('/proc/') || p === '/proc') return 'EROFS';
  const below = `${p}/`;
  const volume = volumeAt(fs, p);
  if (volume) {
    const under = volume.rel === '/' ? '/' : `${volume.rel}/`;
    for (const key of Object.keys(volume.files))
      if (key === volume.rel || key.startsWith(under)) delete volume.files[key];
    fs.lab.markChanged();
    // rm -r empties a volume's folder, then rmdir of the mount point itself fails.
    return volume.rel === '/' ? 'EBUSY' : undefined;
  }
  // A bind's mount point cannot go either (what is below it is the host's).
  if ((fs.container.mounts ?? []).some((m) => m.destination === p)) return 'EBUSY';
  const layer = (fs.container.files ??= {});
  for (const key of Object.keys(layer)) if (key.startsWith(below)) delete layer[key];
  if (lowerHidden(fs.container, p) || lowerEntry(fs, p) === undefined) delete layer[p];
  else layer[p] = { kind: 'deleted' };
  fs.lab.markChanged();
  return undefined;
}
