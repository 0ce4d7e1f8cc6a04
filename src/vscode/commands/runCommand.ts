// Network Lab: Run a Lab Command… — one line of the lab's command language (docker, and the host's
// shell tools) run on the host, as the lab terminal would.
// Called with:
// - nothing (palette): asks for the line; the command and its output go to the "Network Lab"
//   output channel, shown to the user
// - a line ('docker ps') or { line }: runs it without prompting
// Resolves to { exitCode, stdout, stderr }, or undefined when cancelled.
// Each line runs in a session of its own, so it always starts on the host: a line that enters a
// shell (`docker run -it busybox sh`) cannot leave the extension's own commands inside a container.
import * as vscode from 'vscode';
import { commandLineRule } from '../../viewModels/inputRules';
import type { LabStore } from '../state/labStore';
import type { CommandOutput } from './exec';
import { echo } from './labOutput';
import { commandInput, textArg } from './nodeArgs';
import { askText } from './prompts';
import { missingArgument } from './runDocker';
import { notifyInfo } from '../notify';

export function runLine(store: LabStore, line: string, reveal: boolean): CommandOutput {
  const result = store.openSession().execute(line);
  echo(result, reveal);
  if (result.enteredShell) {
    void notifyInfo(
      vscode.l10n.t('An interactive shell needs a terminal: run this line in the lab terminal (Open Lab Terminal).'),
    );
  }
  const { exitCode, stdout, stderr } = result.output;
  return { exitCode, stdout, stderr };
}

export async function runCommand(store: LabStore, arg?: unknown): Promise<CommandOutput | undefined> {
  // A line may read the workspace's files (compose, `.env`, `cd`): the browser's copy loads first.
  await store.whenFilesReady();
  const input = commandInput(arg);
  if (input.via === 'name') return runLine(store, input.name, false);
  if (input.via === 'args') {
    const line = textArg(input.args, 'line');
    return line ? runLine(store, line, false) : missingArgument('netlab.runCommand', 'line');
  }
  const line = await askText(
    { title: vscode.l10n.t('Run a Lab Command'), index: 1, count: 1 },
    {
      prompt: vscode.l10n.t('A command line, run on the lab host'),
      placeHolder: 'docker network ls',
      rule: commandLineRule,
    },
  );
  return line === undefined ? undefined : runLine(store, line, true);
}
