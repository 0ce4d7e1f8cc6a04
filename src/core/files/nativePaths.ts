// The lab's paths are POSIX (it is a Linux host); a Windows folder `C:\a\b` appears in it as
// `/C:/a/b`, which Windows reads back as `C:/a/b`. Pure functions: the caller says whether the
// native side is Windows (Node's process.platform, or the shape of a VS Code file URI's fsPath).

export function labPathOf(native: string, windows: boolean): string {
  if (!windows) return native;
  const slashed = native.replace(/\\/g, '/');
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}

export function nativePathOf(path: string, windows: boolean): string {
  return windows && /^\/[A-Za-z]:(\/|$)/.test(path) ? path.slice(1) : path;
}

/**
 * Whether a file URI's fsPath is a Windows path: a drive letter or a UNC share. VS Code's URI
 * gives those only on Windows (microsoft/vscode src/vs/base/common/uri.ts, uriToFsPath); on
 * other systems fsPath always starts with `/`.
 */
export const isWindowsFsPath = (fsPath: string): boolean => /^([A-Za-z]:|\\\\)/.test(fsPath);
