// Network Lab: Run a Command in Container… — `docker exec C <command>`, e.g. `ip addr`, `ping db`,
// `cat /etc/hosts`: what the container's processes see. The command and its output go to the
// "Network Lab" output channel, shown to the user.
// Called with:
// - nothing (palette): asks for a running container, then the command line
// - a container row, or its name ('web'): asks for the command line
// - { container, command } (command a line, split as the shell splits it, or its words): no prompts
// Resolves to { exitCode, stdout, stderr }, or undefined when cancelled. A container that cannot
// run it (missing, stopped, paused) gets Docker's words in an error notification.
import * as vscode from 'vscode';
import { tokenize } from '../../core/text/shellWords';
import { commandLineRule } from '../../viewModels/inputRules';
import type { LabStore } from '../state/labStore';
import { echo } from './labOutput';
import { commandInput, containerOf, listArg, textArg } from './nodeArgs';
import { isRunning, pickContainer } from './pickers';
import { askText } from './prompts';
import { missingArgument, showDockerError } from './runDocker';
import { findQuietly } from '../../viewModels/lookups';

export interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Docker runs nothing in a container that is missing, stopped or paused: what it says then is an error. */
function canExec(store: LabStore, ref: string): boolean {
  const c = findQuietly(() => store.current.findContainer(ref));
  return c !== undefined && isRunning(c);
}

function execIn(store: LabStore, container: string, words: readonly string[]): CommandOutput {
  const runs = canExec(store, container);
  const result = store.runArgv(['docker', 'exec', container, ...words]);
  echo(result, true);
  const { exitCode, stdout, stderr } = result.output;
  // docker exec's own failures: 126 cannot invoke, 127 no such program (docker/cli's documented statuses).
  if (!runs || exitCode >= 126) showDockerError(stderr);
  return { exitCode, stdout, stderr };
}

/** The words of `command`: an array as given, a line split as the shell would. */
function wordsOf(args: Readonly<Record<string, unknown>>): string[] | undefined {
  if (Array.isArray(args['command'])) return listArg(args, 'command');
  const line = textArg(args, 'command');
  if (line === undefined || commandLineRule(line) !== undefined) return undefined;
  return tokenize(line);
}

export async function exec(store: LabStore, arg?: unknown): Promise<CommandOutput | undefined> {
  const input = commandInput(arg);
  if (input.via === 'args') {
    const container = textArg(input.args, 'container');
    if (!container) return missingArgument('netlab.exec', 'container');
    const words = wordsOf(input.args);
    if (!words || words.length === 0) return missingArgument('netlab.exec', 'command');
    return execIn(store, container, words);
  }
  const title = vscode.l10n.t('Run a Command in Container');
  const given = containerOf(input);
  const count = given ? 1 : 2;
  const container =
    given ??
    (await pickContainer(
      store,
      { title, index: 1, count },
      vscode.l10n.t('Container to run it in'),
      isRunning,
      vscode.l10n.t('No running container to run a command in.'),
    ));
  if (!container) return undefined;
  const line = await askText(
    { title, index: count, count },
    {
      prompt: vscode.l10n.t('Command to run in {0}', container),
      placeHolder: 'ip addr',
      rule: commandLineRule,
    },
  );
  if (line === undefined) return undefined;
  return execIn(store, container, tokenize(line));
}
