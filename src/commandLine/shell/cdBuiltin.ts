// `cd`: changes the shell's working directory, worded as the shell at hand words it: bash on the
// host (bash builtins/cd.def cd_builtin, errors through builtin_error as the login shell `-bash`),
// busybox ash (shell/ash.c cdcmd: `can't cd to X` plus strerror, status 2) and Debian's dash
// (src/cd.c cdcmd: `can't cd to X` alone, status 2, behind the line number).
import { resolvePath } from '../../core/files/posixPath';
import { type Output, fail, ok } from '../../core/lab/output';
import type { ShellContext } from './context';
import { statAt } from './fileTools';
import { shellKind } from './shellKind';

const NO_ENTRY = 'No such file or directory';
const NOT_DIR = 'Not a directory';

/** What is at an absolute path: the container's files, or on the host the lab's folders and the session's files. */
function lookup(sh: ShellContext, path: string): 'folder' | 'file' | 'missing' {
  const entry = statAt(sh, path);
  if (entry) return entry.kind === 'dir' ? 'folder' : 'file';
  return !sh.container && sh.files?.exists(path) ? 'file' : 'missing';
}

function cannotCd(sh: ShellContext, dest: string, reason: string): Output {
  switch (shellKind(sh)) {
    case 'bash':
      return fail(`-bash: cd: ${dest}: ${reason}\n`, 1);
    case 'ash':
      return fail(`sh: cd: can't cd to ${dest}: ${reason}\n`, 2);
    case 'dash':
      return fail(`sh: 1: cd: can't cd to ${dest}\n`, 2);
  }
}

export function cdBuiltin(sh: ShellContext, argv: readonly string[]): Output {
  const bash = shellKind(sh) === 'bash';
  const args = argv.slice(1);
  while (args[0] === '-L' || args[0] === '-P') args.shift();
  if (args[0] === '--') args.shift();
  // bash is built with CD_COMPLAINS (config-top.h); ash and dash ignore further words.
  if (bash && args.length > 1) return fail('-bash: cd: too many arguments\n', 2);
  let dest = args[0] ?? sh.dir.home;
  let print = false;
  if (dest === '-') {
    print = true;
    // ash and dash fall back to "" (then "."), bash refuses.
    if (sh.dir.oldPwd === undefined && bash) return fail('-bash: cd: OLDPWD not set\n', 1);
    dest = sh.dir.oldPwd ?? '';
  }
  if (dest === '') {
    if (bash) return fail('-bash: cd: null directory\n', 1);
    dest = '.';
  }
  // The lab's words lose their quoting, so `~` is expanded here rather than by the tokenizer.
  if (dest === '~' || dest.startsWith('~/')) dest = sh.dir.home + dest.slice(1);
  const path = resolvePath(sh.dir.cwd, dest);
  const found = lookup(sh, path);
  if (found !== 'folder') return cannotCd(sh, dest, found === 'file' ? NOT_DIR : NO_ENTRY);
  sh.dir.oldPwd = sh.dir.cwd;
  sh.dir.cwd = path;
  return ok(print ? `${path}\n` : '');
}
