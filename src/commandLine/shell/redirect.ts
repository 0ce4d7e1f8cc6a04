// Redirections of a simple command (`>file`, `>>file`, `2>&1`, `>&2`, `2>/dev/null`, `&>...`, `<file`),
// applied left to right over fds 0, 1 and 2 as the shell does: each file is opened (created, truncated)
// before the command runs, and a file that cannot be opened stops the command with the shell's own
// error (busybox shell/ash.c openredirect: "can't create %s: %s", "can't open %s: %s" with errmsg()
// turning ENOENT and ENOTDIR into "nonexistent directory" / "no such file", status 1 (redirectsafe);
// dash src/redir.c openredirect: "cannot create %s: %s" with errmsg() E_CREAT "Directory nonexistent",
// E_OPEN "No such file", status 2 (redirectsafe: setjmp * 2)). In a container the files land in its
// writable layer, or in a volume mounted there (core/kernel/containerFiles.ts); on the host the lab keeps no files: a write there goes
// nowhere, as far as the terminal can tell the same as a real file.
import type { Output } from '../../core/lab/output';
import { type FsErrno, STRERROR, writeFile } from '../../core/kernel/containerFiles';
import type { ShellContext } from './context';
import { openFile, rootFsOf } from './fileTools';
import { shellKind } from './shellKind';

/** Where an fd points: the terminal's two streams, nowhere, or a file (one object per open, shared by dups). */
type Sink = 'out' | 'err' | 'null' | { file: string };

export interface Redirects {
  argv: string[];
  fd1: Sink;
  fd2: Sink;
  /** The files to open, in the order written: `>` truncates, `>>` appends, `<` reads. */
  opens: Array<{ name: string; sink: Sink; mode: 'truncate' | 'append' | 'read' }>;
}

const REDIRECT = /^(\d?|&)(>>?|<)(&?)(.*)$/;

/** The device files the kernel gives every process: they point where fds 0-2 already do. */
function deviceSink(name: string, r: Redirects): Sink | undefined {
  if (name === '/dev/null') return 'null';
  if (name === '/dev/stdout' || name === '/dev/fd/1') return r.fd1;
  if (name === '/dev/stderr' || name === '/dev/fd/2') return r.fd2;
  return undefined;
}

/** Splits redirection words off argv. */
export function parseRedirects(words: readonly string[]): Redirects {
  const out: Redirects = { argv: [], fd1: 'out', fd2: 'err', opens: [] };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = REDIRECT.exec(w);
    // The words come unquoted: `"<b>x</b>"` is a word, not an input file.
    const markup = m?.[2] === '<' && /[<>]/.test(m[4]!);
    if (!m || markup || (m[1] === '' && !w.startsWith('>') && !w.startsWith('<'))) {
      out.argv.push(w);
      continue;
    }
    const [, fdText, op, dup, rest] = m;
    let target = rest!;
    if (target === '') target = words[++i] ?? '';
    if (op === '<') {
      out.opens.push({ name: target, sink: 'null', mode: 'read' });
      continue;
    }
    let sink: Sink;
    if (dup) sink = target === '2' ? out.fd2 : target === '1' ? out.fd1 : 'null';
    else {
      sink = deviceSink(target, out) ?? { file: target };
      if (typeof sink === 'object') out.opens.push({ name: target, sink, mode: op === '>>' ? 'append' : 'truncate' });
    }
    if (fdText === '&') {
      out.fd1 = sink;
      out.fd2 = sink;
    } else if (fdText === '2') out.fd2 = sink;
    else if (fdText === '' || fdText === '1') out.fd1 = sink;
  }
  return out;
}

/** The shell's complaint when it cannot open a redirection's file, and its status. */
function openFailed(sh: ShellContext, name: string, errno: FsErrno, creating: boolean): Output {
  const missing = errno === 'ENOENT' || errno === 'ENOTDIR';
  switch (shellKind(sh)) {
    case 'ash': {
      const why = missing ? (creating ? 'nonexistent directory' : 'no such file') : STRERROR[errno];
      return { stdout: '', stderr: `sh: can't ${creating ? 'create' : 'open'} ${name}: ${why}\n`, exitCode: 1 };
    }
    case 'dash': {
      const why = missing ? (creating ? 'Directory nonexistent' : 'No such file') : STRERROR[errno];
      return { stdout: '', stderr: `sh: 1: cannot ${creating ? 'create' : 'open'} ${name}: ${why}\n`, exitCode: 2 };
    }
    case 'bash':
      // bash redir.c redirection_error: the file name and strerror.
      return { stdout: '', stderr: `-bash: ${name}: ${STRERROR[errno]}\n`, exitCode: 1 };
  }
}

/**
 * Opens the files in order, before the command runs: creates or truncates the ones written to, reads
 * the one `<` names (its text is the command's stdin). An error stops at that file, as the shell does.
 */
export function openRedirects(sh: ShellContext, r: Redirects): { failed: Output } | { stdin: string | undefined } {
  let stdin: string | undefined;
  for (const open of r.opens) {
    if (open.mode === 'read') {
      const got = openFile(sh, open.name);
      if ('errno' in got) return { failed: openFailed(sh, open.name, got.errno, false) };
      stdin = got.text;
      continue;
    }
    if (!sh.container) continue;
    const errno = writeFile(rootFsOf(sh, sh.container), resolveIn(sh, open.name), '', open.mode);
    if (errno) return { failed: openFailed(sh, open.name, errno, true) };
  }
  return { stdin };
}

const resolveIn = (sh: ShellContext, name: string): string => (name.startsWith('/') ? name : `${sh.dir.cwd}/${name}`);

/** Routes a command's two streams to where fds 1 and 2 point; what goes to a file is appended to it. */
export function applyRedirects(sh: ShellContext, r: Redirects, result: Output): Output {
  const routed = { out: '', err: '', null: '' };
  const toFile = new Map<Sink, string>();
  const send = (sink: Sink, text: string) => {
    if (typeof sink === 'string') routed[sink] += text;
    else toFile.set(sink, (toFile.get(sink) ?? '') + text);
  };
  send(r.fd1, result.stdout);
  send(r.fd2, result.stderr);
  for (const [sink, text] of toFile) {
    if (!sh.container || typeof sink !== 'object' || text === '') continue;
    writeFile(rootFsOf(sh, sh.container), resolveIn(sh, sink.file), text, 'append');
  }
  return { stdout: routed.out, stderr: routed.err, exitCode: result.exitCode };
}
