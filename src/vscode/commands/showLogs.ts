// Network Lab: Show Container Logs — `docker logs C` into the "Network Lab" output channel, shown
// to the user. The channel rather than a document: logs are read once, next to the commands that
// produced them (start, stop, a port already taken), with the command echoed to retype in a terminal.
// Called with a container row, a name ('web'), { container: 'web' } (no prompts), or nothing (a
// quick pick). Resolves to the logs' text, or undefined when cancelled or refused (Docker's words shown).
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import { type ContainerVerb, runContainerVerb } from './containerVerb';

const LOGS: ContainerVerb = {
  command: 'netlab.showLogs',
  title: () => vscode.l10n.t('Show Container Logs'),
  argv: (c) => ['docker', 'logs', c],
  offers: () => true,
  none: () => vscode.l10n.t('The lab has no container.'),
  reveal: true,
};

export async function showLogs(store: LabStore, arg?: unknown): Promise<string | undefined> {
  return (await runContainerVerb(store, arg, LOGS))?.stdout;
}
