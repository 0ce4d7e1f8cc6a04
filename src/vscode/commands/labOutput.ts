// The "Network Lab" output channel: every command the extension runs in the lab is echoed there
// with what it printed, as a terminal would show it, so a learner can see and retype it.
import * as vscode from 'vscode';
import type { LineResult } from '../../commandLine/session';

let channel: vscode.OutputChannel | undefined;

function labOutput(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel(vscode.l10n.t('Network Lab'));
  return channel;
}

/** Appends text as is (ending it with a newline), showing the channel without taking focus when asked. */
export function appendOutput(text: string, reveal = false): void {
  const out = labOutput();
  out.append(text.endsWith('\n') || text === '' ? text : `${text}\n`);
  if (reveal) out.show(true);
}

/** `$ command` (prefixed with the container when it ran in one), then its stdout and stderr. */
export function echo(result: LineResult, reveal = false): void {
  const prompt = result.context === 'host' ? '$' : `${result.context} $`;
  appendOutput(`${prompt} ${result.command}\n${result.output.stdout}${result.output.stderr}`, reveal);
}

export function disposeLabOutput(): void {
  channel?.dispose();
  channel = undefined;
}
