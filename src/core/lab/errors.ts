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
