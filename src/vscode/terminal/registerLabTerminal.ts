// The lab terminal's registrations: the open terminals' registry, the `netlab.openTerminal`
// command and the "Network Lab" terminal profile (the terminal panel's + menu).
import * as vscode from 'vscode';
import { openTerminal } from '../commands/openTerminal';
import type { LabStore } from '../state/labStore';
import { LabTerminals } from './labTerminals';
import { TERMINAL_PROFILE_ID } from '../registrationKeys';

export function registerLabTerminal(context: vscode.ExtensionContext, store: LabStore): void {
  const terminals = new LabTerminals(store);
  context.subscriptions.push(
    terminals,
    vscode.commands.registerCommand('netlab.openTerminal', (arg?: unknown) => openTerminal(store, terminals, arg)),
    vscode.window.registerTerminalProfileProvider(TERMINAL_PROFILE_ID, {
      provideTerminalProfile: () =>
        new vscode.TerminalProfile(terminals.options(terminals.freeName(vscode.l10n.t('Network Lab')))),
    }),
  );
}
