// ls: its operands' files first, then each folder's entries, one name a line (stdout is not a
// terminal), in byte order (the C locale). busybox coreutils/ls.c (ls_main: files then dirs,
// show_dirname with two operands or more, scan_and_display_dirs_recur's blank line and "%s:" header,
// bb_simple_perror_msg(name) and status 1 for a missing operand) and GNU coreutils 9.1 src/ls.c (the
// same order and headers; "cannot access '%s'" and status 2, LS_FAILURE, for a missing operand).
// -a adds . and .., -A the dot files, -d lists a folder itself; other options are taken and ignored.
import { STRERROR, byteOrder, listFolder } from '../../core/kernel/containerFiles';
import { resolvePath } from '../../core/files/posixPath';
import type { Output } from '../../core/lab/output';
import type { ShellContext, ShellTool } from './context';
import { rootFsOf, statAt } from './fileTools';
import { namespaceInterfaces } from '../../core/kernel/interfaces';
import { textFlavour } from './textInput';

/** The names in a folder; on the host only /sys/class/net can be listed (the session's reader has no readdir). */
function namesIn(sh: ShellContext, folder: string): string[] {
  const path = resolvePath(sh.dir.cwd, folder);
  if (sh.container) return listFolder(rootFsOf(sh, sh.container), path);
  return path === '/sys/class/net' ? namespaceInterfaces(sh.lab, sh.netnsId).map((i) => i.name) : [];
}

export const lsTool: ShellTool = (sh, argv) => {
  const flags = new Set<string>();
  const operands: string[] = [];
  let options = true;
  for (const a of argv.slice(1)) {
    if (options && a === '--') options = false;
    else if (options && a.startsWith('-') && a.length > 1 && !a.startsWith('--'))
      for (const f of a.slice(1)) flags.add(f);
    else if (!(options && a.startsWith('--'))) operands.push(a);
  }
  const gnu = textFlavour(sh) === 'gnu';
  const named = operands.length === 0 ? ['.'] : operands;
  let stderr = '';
  const files: string[] = [];
  const folders: string[] = [];
  for (const name of named) {
    const entry = statAt(sh, name);
    if (!entry)
      stderr += gnu ? `ls: cannot access '${name}': ${STRERROR.ENOENT}\n` : `ls: ${name}: ${STRERROR.ENOENT}\n`;
    else if (entry.kind === 'dir' && !flags.has('d')) folders.push(name);
    else files.push(name);
  }
  const lines = (names: string[]) => names.map((n) => `${n}\n`).join('');
  let stdout = lines(files.sort(byteOrder));
  const showName = named.length > 1;
  let first = files.length === 0;
  for (const folder of folders.sort(byteOrder)) {
    if (showName) {
      if (!first) stdout += '\n';
      stdout += `${folder}:\n`;
    }
    first = false;
    const names = namesIn(sh, folder)
      .filter((n) => flags.has('a') || flags.has('A') || !n.startsWith('.'))
      .sort(byteOrder);
    stdout += lines(flags.has('a') ? ['.', '..', ...names] : names);
  }
  const result: Output = { stdout, stderr, exitCode: stderr ? (gnu ? 2 : 1) : 0 };
  return result;
};
