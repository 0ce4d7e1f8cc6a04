// Errors the lab raises, carrying the exact text the engine or the CLI would print.

/** Who speaks: the daemon (framed as "Error response from daemon: ...") or the CLI itself. */
export type ErrorSource = 'daemon' | 'cli';

export class DockerError extends Error {
  constructor(
    readonly source: ErrorSource,
    message: string,
    /** The process exit code the docker CLI would return. */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'DockerError';
  }
}

export function daemonError(message: string, exitCode = 1): DockerError {
  return new DockerError('daemon', message, exitCode);
}

export function cliError(message: string): DockerError {
  return new DockerError('cli', message);
}

/**
 * A value a typed flag rejects while the CLI parses its flags (pflag's `invalid argument "v" for
 * "--f" flag: ...`); docker/cli cli/cobra.go FlagErrorFunc frames it with the usage line, exit 125.
 */
export class FlagValueError extends DockerError {
  constructor(value: string, flag: string, why: string) {
    super('cli', `invalid argument "${value}" for "${flag}" flag: ${why}`, 125);
    this.name = 'FlagValueError';
  }
}
