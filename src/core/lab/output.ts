// What a program or a command prints and returns: the one output type of every layer.

export interface Output {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Set when the program is not in the image: the runtime cannot exec it. */
  missingProgram?: string;
}

export const ok = (stdout = '', stderr = ''): Output => ({ stdout, stderr, exitCode: 0 });
export const fail = (stderr: string, exitCode = 1): Output => ({ stdout: '', stderr, exitCode });

/** Joins outputs of several steps; the exit code is the last non-zero one. */
export function join(...parts: Output[]): Output {
  return {
    stdout: parts.map((p) => p.stdout).join(''),
    stderr: parts.map((p) => p.stderr).join(''),
    exitCode: parts.reduce((code, p) => (p.exitCode !== 0 ? p.exitCode : code), 0),
  };
}
