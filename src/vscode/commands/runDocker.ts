// Runs one docker command for a command of the extension: echoed to the output channel, Docker's
// error in an error notification (the lab changed nothing), its warnings in a warning.
import * as vscode from 'vscode';
import type { Output } from '../../core/lab/output';
import type { LabStore } from '../state/labStore';
import { echo } from './labOutput';
import { notifyError, notifyWarning } from '../notify';

/** The CLI's closing hint (`Run 'docker run --help' for more information`) says nothing in a notification. */
const CLI_HINT = /^Run '.*--help' for more information$/;

/** What Docker said, as one message: its lines without the blank ones and the CLI's hint. */
function dockerWords(stderr: string): string {
  return stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '' && !CLI_HINT.test(l))
    .join('\n');
}

export function showDockerError(stderr: string): void {
  void notifyError(dockerWords(stderr) || vscode.l10n.t('The command failed without a message.'));
}

export interface EchoOptions {
  /** Show the output channel (for commands whose answer is the output). */
  reveal?: boolean;
  /** Echo only the command line, not what it printed (a document shows that). */
  commandOnly?: boolean;
}

/** The output when docker succeeded; undefined (after telling the user) when it failed. */
export function runDocker(store: LabStore, argv: readonly string[], options: EchoOptions = {}): Output | undefined {
  const result = store.runArgv(argv);
  echo(options.commandOnly ? { ...result, output: { ...result.output, stdout: '' } } : result, options.reveal);
  const { output } = result;
  if (output.exitCode !== 0) {
    showDockerError(output.stderr);
    return undefined;
  }
  const warning = dockerWords(output.stderr);
  if (warning !== '') void notifyWarning(warning);
  return output;
}

/** Tells the caller of an argument object that a field it must give is missing; nothing runs. */
export function missingArgument(command: string, field: string): undefined {
  void notifyError(vscode.l10n.t('{0}: the argument object has no "{1}".', command, field));
  return undefined;
}
