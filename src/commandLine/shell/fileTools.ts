// Tools that read the container's (or host's) files and identity: cat, hostname, readlink, pwd, and
// the lookups every reader shares. Relative paths resolve against the shell's working directory. In a
// container the files are its root file system (core/kernel/containerFiles.ts); on the host, the
// host profile's /etc files, the host's /sys/class/net and the session's files.
import { fail, ok } from '../../core/lab/output';
import { resolvePath } from '../../core/files/posixPath';
import { type FsEntry, type FsErrno, type RootFs, STRERROR, statPath } from '../../core/kernel/containerFiles';
import type { Container } from '../../core/lab/model';
import { isModelledFolder } from '../../core/kernel/rootfs';
import { resolveName } from '../../core/kernel/dns';
import { etcHostname } from '../../core/kernel/etcFiles';
import { namespaceInterfaces } from '../../core/kernel/interfaces';
import { formatIPv4 } from '../../core/net/ipv4';
import type { ShellContext, ShellTool } from './context';
import { own } from '../../core/lab/own';
import { textFlavour } from './textInput';

/** What is on the host at an absolute path: the profile's /etc files, /sys/class/net, then the session's files. */
function hostEntry(sh: ShellContext, path: string): FsEntry | undefined {
  const { lab } = sh;
  const etc: Record<string, () => string> = {
    '/etc/hostname': () => `${lab.hostProfile.hostname}\n`,
    '/etc/hosts': () => lab.hostProfile.etcHosts,
    '/etc/resolv.conf': () => lab.hostProfile.resolvConf,
  };
  const reader = own(etc, path);
  if (reader) return { kind: 'file', text: reader(), mtime: 0 };
  if (/^\/sys\/class\/net\/[^/]+\/address$/.test(path)) {
    const iface = namespaceInterfaces(lab, sh.netnsId).find((i) => i.name === path.split('/')[4]);
    return iface ? { kind: 'file', text: `${iface.mac}\n`, mtime: 0 } : undefined;
  }
  if (isModelledFolder(lab, sh.netnsId, path) || sh.files?.isDirectory(path)) return { kind: 'dir', mtime: 0 };
  const text = sh.files?.readText(path);
  return text === undefined ? undefined : { kind: 'file', text, mtime: 0 };
}

/** A container's root file system as seen from this shell: its binds read the host through the session's files. */
export const rootFsOf = (sh: ShellContext, c: Container, netnsId = sh.netnsId): RootFs => ({
  lab: sh.lab,
  container: c,
  netnsId,
  ...(sh.files ? { host: sh.files } : {}),
});

/** The file or folder at a path as the shell names it, or undefined when there is none. */
export function statAt(sh: ShellContext, relative: string): FsEntry | undefined {
  const path = resolvePath(sh.dir.cwd, relative);
  return sh.container ? statPath(rootFsOf(sh, sh.container), path) : hostEntry(sh, path);
}

/** open(O_RDONLY) and read to the end: the text, or the errno (a folder reads as EISDIR). */
export function openFile(sh: ShellContext, relative: string): { text: string } | { errno: FsErrno } {
  const entry = statAt(sh, relative);
  if (!entry) return { errno: 'ENOENT' };
  return entry.kind === 'dir' ? { errno: 'EISDIR' } : { text: entry.text };
}

/** A file's text, or undefined when there is no file there. */
export function readFile(sh: ShellContext, relative: string): string | undefined {
  const got = openFile(sh, relative);
  return 'text' in got ? got.text : undefined;
}

/**
 * busybox cat (coreutils/cat.c): open_or_warn_stdin's "can't open '%s'" and strerror; a folder opens
 * but read() fails, "read error: Is a directory". GNU cat 9.1 (src/cat.c): "%s: strerror" for both.
 */
export const catTool: ShellTool = (sh, argv) => {
  if (argv.length === 1) return { stdout: sh.stdin ?? '', stderr: '', exitCode: 0 };
  const gnu = textFlavour(sh) === 'gnu';
  let stdout = '';
  let stderr = '';
  for (const path of argv.slice(1)) {
    if (path === '-') {
      stdout += sh.stdin ?? '';
      continue;
    }
    const got = openFile(sh, path);
    if ('text' in got) stdout += got.text;
    else if (gnu) stderr += `cat: ${path}: ${STRERROR[got.errno]}\n`;
    else if (got.errno === 'EISDIR') stderr += `cat: read error: ${STRERROR.EISDIR}\n`;
    else stderr += `cat: can't open '${path}': ${STRERROR[got.errno]}\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
};

/** busybox hostname: the name, or -s short, -d domain, -f full, -i the name's addresses. */
export const hostnameTool: ShellTool = (sh, argv) => {
  const full = sh.container ? etcHostname(sh.lab, sh.container).trim() : sh.lab.hostProfile.hostname;
  const flag = argv.slice(1).find((a) => a.startsWith('-')) ?? '';
  if (flag.includes('i')) {
    const ips = resolveName(sh.lab, sh.container, full)?.ips ?? [];
    if (ips.length === 0) return fail(`hostname: ${full}: Unknown host\n`);
    return ok(`${ips.map(formatIPv4).join(' ')}\n`);
  }
  const dot = full.indexOf('.');
  if (flag.includes('s')) return ok(`${dot < 0 ? full : full.slice(0, dot)}\n`);
  if (flag.includes('d')) return ok(dot < 0 ? '\n' : `${full.slice(dot + 1)}\n`);
  return ok(`${full}\n`);
};

export const readlinkTool: ShellTool = (sh, argv) => {
  const path = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
  if (/^\/proc\/(self|\d+)\/ns\/net$/.test(path)) return ok(`net:[${sh.netnsId}]\n`);
  return fail('', 1);
};

/** pwd, the builtin and /bin/pwd alike: the shell's working directory. */
export const pwdTool: ShellTool = (sh) => ok(`${sh.dir.cwd}\n`);
