// `docker cp` / `docker container cp`: docker/cli cli/command/container/cp.go (runCopy's direction
// checks, splitCpArg, copyToContainer, copyFromContainer, the "Successfully copied" line), moby/go-archive
// copy.go (PreserveTrailingDotOrSeparator, PrepareArchiveCopy and its errors) and the daemon's side,
// moby daemon/archive.go and archive_unix.go (containerFileNotFound, "extraction point is not a
// directory", checkWritablePath). The container's files are its root file system
// (core/kernel/containerFiles.ts), its volumes and binds included; the host's are the session's
// FileReader, which reads but cannot write: a copy into the host's files says so instead of pretending.
//
// The CLI prints "Successfully copied SIZE to DEST" on stderr when its output is a terminal (`-q`, or
// output that is not a terminal, keeps it quiet), as the lab's terminal is; SIZE counts the tar stream
// (go-units HumanSizeWithPrecision, 3 digits): a 512-byte header per entry, each file's bytes padded
// to 512, and the two 512-byte blocks that end the archive (Go archive/tar Writer.Close). Names over
// 100 bytes, which add PAX headers, are not counted. cp.go prints the line after the daemon's answer
// whatever it was, so a refused copy to a container shows it before the error. `-` (a tar stream on
// stdin or stdout) is not modelled.
import type { FileReader } from '../../../core/files/fileReader';
import { dirnameOf, joinPath, normalizePath, resolvePath } from '../../../core/files/posixPath';
import { type RootFs, STRERROR, makeFolder, mountOver, statPath, writeFile } from '../../../core/kernel/containerFiles';
import { HOST_NETNS } from '../../../core/lab/lab';
import { DockerError, cliError, daemonError } from '../../../core/lab/errors';
import type { Container } from '../../../core/lab/model';
import { type Output, fail } from '../../../core/lab/output';
import { humanSize } from '../../print/humanSize';
import type { CommandContext } from '../context';
import { errorText, guard } from '../output';
import { type CommandSpec, prologue } from '../prologue';

export const CP: CommandSpec = {
  usage: 'docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  arity: { kind: 'exact', n: 2 },
  flags: [
    { name: 'follow-link', short: 'L', type: 'bool' },
    { name: 'archive', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
  ],
};

/** One entry of the tar stream: its name in the archive, and a file's text (undefined for a folder). */
interface Entry {
  name: string;
  text?: string;
}

const TAR_BLOCK = 512;

/** Bytes of the archive: each entry's header and padded body, then the two end blocks. */
export function tarSize(entries: readonly Entry[]): number {
  let size = 2 * TAR_BLOCK;
  for (const e of entries) {
    const bytes = e.text === undefined ? 0 : new TextEncoder().encode(e.text).length;
    size += TAR_BLOCK + Math.ceil(bytes / TAR_BLOCK) * TAR_BLOCK;
  }
  return size;
}

/** splitCpArg: an absolute path is local; otherwise `CONTAINER:PATH`, unless the part before `:` starts with `.`. */
function splitCpArg(arg: string): { container: string; path: string } {
  if (arg.startsWith('/')) return { container: '', path: arg };
  const colon = arg.indexOf(':');
  if (colon < 0 || arg.startsWith('.')) return { container: '', path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

/** filepath.Base(path) == ".": the last element is `.` (trailing slashes aside). */
const specifiesCurrentDir = (path: string): boolean => /(^|\/)\.\/*$/.test(path);

/** archive.PreserveTrailingDotOrSeparator: the cleaned path keeps a trailing `/.` or `/` the original had. */
function preserveTrailing(cleaned: string, original: string): string {
  let out = cleaned;
  if (specifiesCurrentDir(original)) out += out.endsWith('/') ? '.' : '/.';
  if (!out.endsWith('/') && original.endsWith('/')) out += '/';
  return out;
}

/** SplitPathDirEntry: the folder and the last name, a trailing `/.` kept as the name `.`. */
function splitDirEntry(path: string): { dir: string; base: string } {
  const clean = normalizeKeepRelative(path);
  if (specifiesCurrentDir(path)) return { dir: clean, base: '.' };
  const slash = clean.lastIndexOf('/');
  return { dir: slash < 0 ? '.' : clean.slice(0, slash) || '/', base: clean.slice(slash + 1) || clean };
}

/** filepath.Clean for the container's paths, which the CLI passes on as typed (relative ones stay relative). */
const normalizeKeepRelative = (path: string): string =>
  path.startsWith('/') ? normalizePath(path) : normalizePath(path).slice(1) || '.';

const assertsDirectory = (path: string): boolean => path.endsWith('/') || specifiesCurrentDir(path);

/** The entries a tree gives, its root named base; a `.` base archives the folder's contents. */
function collect(
  base: string,
  root: string,
  stat: (p: string) => { kind: 'file'; text: string } | { kind: 'dir' } | undefined,
  list: (p: string) => string[],
): Entry[] {
  const out: Entry[] = [];
  const walk = (path: string, name: string) => {
    const entry = stat(path);
    if (!entry) return;
    if (entry.kind === 'file') {
      out.push({ name, text: entry.text });
      return;
    }
    out.push({ name });
    for (const child of [...list(path)].sort()) walk(joinPath(path, child), `${name}/${child}`);
  };
  walk(root, base);
  return out;
}

/** A host path as the session's reader sees it. */
function hostStat(files: FileReader, path: string): { kind: 'file'; text: string } | { kind: 'dir' } | undefined {
  if (files.isDirectory(path)) return { kind: 'dir' };
  const text = files.readText(path);
  return text !== undefined || files.exists(path) ? { kind: 'file', text: text ?? '' } : undefined;
}

/** ResolveHostSourcePath and os.Lstat: the first part of the path that is missing, as lstat's error. */
function missingHostPart(files: FileReader, path: string): string | undefined {
  const parts = normalizePath(path).split('/').filter(Boolean);
  let at = '';
  for (const [i, part] of parts.entries()) {
    at += `/${part}`;
    if (!files.exists(at)) return `lstat ${at}: no such file or directory`;
    if (i < parts.length - 1 && !files.isDirectory(at))
      return `lstat ${at}/${parts.slice(i + 1).join('/')}: not a directory`;
  }
  return undefined;
}

const rootFs = (ctx: CommandContext, c: Container): RootFs => ({
  lab: ctx.lab,
  container: c,
  netnsId: c.netnsId ?? HOST_NETNS,
  host: ctx.files,
});

const successLine = (size: number, to: string) => `Successfully copied ${humanSize(size)} to ${to}\n`;

const NO_STREAMS =
  "docker cp: the lab does not model tar streams on stdin or stdout ('-'); copy a file or a folder by its path\n";

export function cpCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(CP, args);
  if (p.output) return p.output;
  const [source, destination] = p.flags.positionals as [string, string];
  const quiet = p.flags.bools.has('quiet');
  return guard(() => {
    if (source === '') throw cliError('source can not be empty');
    if (destination === '') throw cliError('destination can not be empty');
    const from = splitCpArg(source);
    const to = splitCpArg(destination);
    if (from.container !== '' && to.container !== '') throw cliError('copying between containers is not supported');
    if (from.container !== '') return copyFromContainer(ctx, from.container, from.path, to.path);
    if (to.container !== '') return copyToContainer(ctx, from.path, to.container, to.path, quiet);
    throw cliError('must specify at least one container source');
  });
}

function copyFromContainer(ctx: CommandContext, name: string, srcPath: string, dstPath: string): Output {
  if (dstPath === '-') return fail(NO_STREAMS);
  const target = preserveTrailing(resolvePath(ctx.cwd, dstPath), dstPath);
  // command.ValidateOutputPath, before the daemon is asked.
  const folder = dirnameOf(target);
  if (!ctx.files.exists(folder)) throw cliError(`invalid output path: directory "${folder}" does not exist`);
  const c = ctx.lab.getContainer(name);
  const fs = rootFs(ctx, c);
  const absolute = normalizePath(`/${srcPath}`);
  if (!statPath(fs, absolute)) throw daemonError(`Could not find the file ${srcPath} in container ${name}`);
  // The daemon sent the archive; writing it out is the host's part, which the lab's reader cannot do.
  return fail(
    `docker cp: the lab reads the host's files but cannot write them, so ${target} was not written; read the file with \`docker exec ${name} cat ${absolute}\`\n`,
  );
}

function copyToContainer(ctx: CommandContext, srcPath: string, name: string, dstPath: string, quiet: boolean): Output {
  if (srcPath === '-') return fail(NO_STREAMS);
  // The destination's stat: any error (no such container included) only leaves it "not there".
  const found = ctx.lab.findContainer(name);
  const dstAbs = normalizePath(`/${dstPath}`);
  const dst = found ? statPath(rootFs(ctx, found), dstAbs) : undefined;
  const dstExists = dst !== undefined && !(dst.kind === 'file' && assertsDirectory(dstPath));
  const dstIsDir = dst?.kind === 'dir';
  // CopyInfoSourcePath and TarResource.
  const local = preserveTrailing(resolvePath(ctx.cwd, srcPath), srcPath);
  const missing = missingHostPart(ctx.files, local);
  if (missing) throw cliError(missing);
  const src = hostStat(ctx.files, local)!;
  const srcBase = splitDirEntry(local).base;
  const entries = collect(
    srcBase,
    normalizePath(local),
    (q) => hostStat(ctx.files, q),
    (q) => ctx.files.list?.(q) ?? [],
  );
  // PrepareArchiveCopy: where the archive is extracted, and the name its first element takes.
  const { dir: dstDir, base: dstBase } = splitDirEntry(dstPath);
  let extractAt: string;
  let rebase: string | undefined;
  if (dstExists && dstIsDir) extractAt = dstPath;
  else if (dstExists && src.kind === 'dir') throw cliError('cannot copy directory');
  else if (dstExists || src.kind === 'dir') [extractAt, rebase] = [dstDir, dstBase];
  else if (assertsDirectory(dstPath)) throw cliError('no such directory');
  else [extractAt, rebase] = [dstDir, dstBase];
  const named =
    rebase === undefined ? entries : entries.map((e) => ({ ...e, name: rebaseName(e.name, srcBase, rebase) }));
  const size = tarSize(named);
  const line = quiet ? '' : successLine(size, `${name}:${dstPath}`);
  try {
    extract(ctx, name, extractAt, named);
  } catch (e) {
    if (e instanceof DockerError) return fail(`${line}${errorText(e)}`, e.exitCode);
    throw e;
  }
  return { stdout: '', stderr: line, exitCode: 0 };
}

/** RebaseArchiveEntries: the first element of a name, oldBase, becomes newBase. */
function rebaseName(name: string, oldBase: string, newBase: string): string {
  if (name === oldBase) return newBase;
  return name.startsWith(`${oldBase}/`) ? `${newBase}${name.slice(oldBase.length)}` : name;
}

/** The daemon's containerExtractToDir: the folder must exist and be writable, then each entry in order. */
function extract(ctx: CommandContext, name: string, path: string, entries: readonly Entry[]): void {
  const c = ctx.lab.getContainer(name);
  const fs = rootFs(ctx, c);
  const at = normalizePath(`/${path}`);
  const folder = statPath(fs, at);
  if (!folder) throw daemonError(`Could not find the file ${path} in container ${name}`);
  if (folder.kind !== 'dir') throw daemonError('extraction point is not a directory');
  // checkWritablePath: a read-only mount over the extraction point refuses the copy.
  const over = mountOver(c, at);
  if (over && !over.mount.rw) throw daemonError('mounted volume is marked read-only');
  for (const e of entries) {
    const target = joinPath(at, e.name);
    const existing = statPath(fs, target);
    if (e.text === undefined) {
      if (existing?.kind === 'dir') continue;
      if (existing) throw daemonError(`cannot overwrite non-directory "${e.name}" with directory "${target}"`);
      const errno = makeFolder(fs, target);
      if (errno) throw daemonError(`mkdir ${target}: ${STRERROR[errno].toLowerCase()}`);
      continue;
    }
    if (existing?.kind === 'dir')
      throw daemonError(`cannot overwrite directory "${e.name}" with non-directory "${target}"`);
    const errno = writeFile(fs, target, e.text, 'truncate');
    if (errno) throw daemonError(`open ${target}: ${STRERROR[errno].toLowerCase()}`);
  }
}
