// Tools that change files: rm, mkdir, touch. In a container they change its writable layer
// or a volume mounted there (core/kernel/containerFiles.ts); on the host the lab keeps no files, so they check what a real
// call would find and change nothing, as a redirection there writes nowhere. Each answers in its
// flavour's words: busybox (libbb/remove_file.c "can't remove '%s'", "'%s' is a directory";
// libbb/make_directory.c "can't create directory '%s'"; coreutils/touch.c bb_simple_perror_msg(name);
// bb_show_usage with no operand) and GNU coreutils 9.1 (src/remove.c "cannot remove %s", src/mkdir.c
// "cannot create directory %s", src/touch.c "cannot touch %s", "missing operand" and emit_try_help).
import { dirnameOf, resolvePath } from '../../core/files/posixPath';
import {
  type FsErrno,
  type RootFs,
  STRERROR,
  makeFolder,
  removePath,
  statPath,
  writeFile,
} from '../../core/kernel/containerFiles';
import type { Output } from '../../core/lab/output';
import { BUSYBOX_BANNER } from './busyboxBanner';
import type { ShellContext, ShellTool } from './context';
import { rootFsOf, statAt } from './fileTools';
import { textFlavour } from './textInput';

/** The //usage: texts of coreutils/rm.c, mkdir.c and touch.c (default config: FEATURE_TOUCH_SUSV3, no SELinux). */
const BUSYBOX_USAGE: Record<string, string> = {
  rm: 'Usage: rm [-irf] FILE...\n\nRemove (unlink) FILEs\n\n\t-i\tAlways prompt before removing\n\t-f\tNever prompt\n\t-R,-r\tRecurse\n',
  mkdir:
    'Usage: mkdir [-m MODE] [-p] DIRECTORY...\n\nCreate DIRECTORY\n\n\t-m MODE\tMode\n\t-p\tNo error if exists; make parent directories as needed\n',
  touch:
    "Usage: touch [-cham] [-d DATE] [-t DATE] [-r FILE] FILE...\n\nUpdate mtime of FILEs\n\n\t-c\tDon't create files\n\t-h\tDon't follow links\n\t-a\tChange only atime\n\t-m\tChange only mtime\n\t-d DT\tDate/time to use\n\t-t DT\tDate/time to use\n\t-r FILE\tUse FILE's date/time\n",
};

/** GNU's words for no operand at all. */
const GNU_MISSING: Record<string, string> = {
  rm: 'missing operand',
  mkdir: 'missing operand',
  touch: 'missing file operand',
};

function noOperand(sh: ShellContext, tool: string): Output {
  if (textFlavour(sh) === 'busybox')
    return { stdout: '', stderr: `${BUSYBOX_BANNER}\n\n${BUSYBOX_USAGE[tool] ?? ''}`, exitCode: 1 };
  return {
    stdout: '',
    stderr: `${tool}: ${GNU_MISSING[tool] ?? ''}\nTry '${tool} --help' for more information.\n`,
    exitCode: 1,
  };
}

/** What a change would meet on the host, where nothing is kept: the same checks, no effect. */
const host = {
  create(sh: ShellContext, path: string): FsErrno | undefined {
    const parent = statAt(sh, dirnameOf(path));
    if (!parent) return 'ENOENT';
    return parent.kind === 'dir' ? undefined : 'ENOTDIR';
  },
};

const rootFs = (sh: ShellContext): RootFs | undefined => (sh.container ? rootFsOf(sh, sh.container) : undefined);

function splitArgs(argv: readonly string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let options = true;
  for (const a of argv.slice(1)) {
    if (options && a === '--') options = false;
    else if (options && a.startsWith('-') && a.length > 1) for (const f of a.slice(1)) flags.add(f);
    else operands.push(a);
  }
  return { flags, operands };
}

export const rmTool: ShellTool = (sh, argv) => {
  const { flags, operands } = splitArgs(argv);
  const force = flags.has('f');
  if (operands.length === 0) return force ? { stdout: '', stderr: '', exitCode: 0 } : noOperand(sh, 'rm');
  const gnu = textFlavour(sh) === 'gnu';
  const recursive = flags.has('r') || flags.has('R');
  const fs = rootFs(sh);
  let stderr = '';
  for (const name of operands) {
    const path = resolvePath(sh.dir.cwd, name);
    let errno: FsErrno | undefined;
    if (fs) errno = removePath(fs, path, recursive);
    else {
      const entry = statAt(sh, name);
      errno = !entry ? 'ENOENT' : entry.kind === 'dir' && !recursive ? 'EISDIR' : undefined;
    }
    if (!errno || (errno === 'ENOENT' && force)) continue;
    if (gnu) stderr += `rm: cannot remove '${name}': ${STRERROR[errno]}\n`;
    else if (errno === 'EISDIR') stderr += `rm: '${name}' is a directory\n`;
    else stderr += `rm: can't remove '${name}': ${STRERROR[errno]}\n`;
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
};

export const mkdirTool: ShellTool = (sh, argv) => {
  const { flags, operands } = splitArgs(argv);
  if (operands.length === 0) return noOperand(sh, 'mkdir');
  const gnu = textFlavour(sh) === 'gnu';
  const parents = flags.has('p');
  const fs = rootFs(sh);
  const make = (path: string): FsErrno | undefined => {
    if (fs) return makeFolder(fs, path);
    return statAt(sh, path) ? 'EEXIST' : host.create(sh, path);
  };
  let stderr = '';
  for (const name of operands) {
    const path = resolvePath(sh.dir.cwd, name);
    let errno: FsErrno | undefined;
    if (parents) {
      // make_directory with FILEUTILS_RECUR: each missing folder from the top, an existing folder is fine.
      const chain: string[] = [];
      for (let p = path; p !== '/'; p = dirnameOf(p)) chain.unshift(p);
      for (const p of chain) {
        const entry = fs ? statPath(fs, p) : statAt(sh, p);
        if (entry?.kind === 'dir') continue;
        errno = entry ? 'EEXIST' : make(p);
        if (errno) break;
      }
    } else errno = make(path);
    if (!errno) continue;
    stderr += `mkdir: ${gnu ? 'cannot' : "can't"} create directory '${name}': ${STRERROR[errno]}\n`;
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
};

export const touchTool: ShellTool = (sh, argv) => {
  const { flags, operands } = splitArgs(argv);
  if (operands.length === 0) return noOperand(sh, 'touch');
  const gnu = textFlavour(sh) === 'gnu';
  const fs = rootFs(sh);
  let stderr = '';
  for (const name of operands) {
    const path = resolvePath(sh.dir.cwd, name);
    const entry = fs ? statPath(fs, path) : statAt(sh, name);
    // -c: no file is made; a folder's times change without a write.
    if ((!entry && flags.has('c')) || entry?.kind === 'dir') continue;
    const errno = fs ? writeFile(fs, path, '', 'append') : entry ? undefined : host.create(sh, path);
    if (!errno) continue;
    stderr += gnu ? `touch: cannot touch '${name}': ${STRERROR[errno]}\n` : `touch: ${name}: ${STRERROR[errno]}\n`;
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
};
