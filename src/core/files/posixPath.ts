// Paths on the simulated host: POSIX, absolute from `/`. `.` and `..` fold lexically, as bash's
// default logical `cd` does (bash builtins/cd.def, change_to_directory without -P) and busybox
// ash's updatepwd (shell/ash.c); Go's filepath.Join/Abs/Dir clean paths the same way.

/** An absolute path with `.`, `..` and repeated slashes folded; `..` at the root stays at the root. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** path against the folder cwd (path wins when absolute). */
export function resolvePath(cwd: string, path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${cwd}/${path}`);
}

export function joinPath(dir: string, name: string): string {
  return normalizePath(`${dir}/${name}`);
}

/** The folder holding path: `/a/b` → `/a`, `/a` → `/`. */
export function dirnameOf(path: string): string {
  const p = normalizePath(path);
  return p.slice(0, p.lastIndexOf('/')) || '/';
}

/** The last part of path: `/a/b` → `b`, `/` → `/`. */
export function basenameOf(path: string): string {
  const p = normalizePath(path);
  return p === '/' ? '/' : p.slice(p.lastIndexOf('/') + 1);
}
