// netlab.walkthrough.run — a walkthrough step's button: types the step's command lines into the
// lab terminal. Without a step (from elsewhere than a button) it asks which one.
import * as vscode from 'vscode';
import type { LineResult } from '../../commandLine/session';
import { localeOf, pick } from '../../knowledge/localized';
import { WALKTHROUGH_STEPS, type WalkthroughStep, walkthroughStep } from '../../knowledge/walkthrough';
import type { LabStore } from '../state/labStore';
import { notifyError } from '../notify';

export interface WalkthroughRun {
  step: WalkthroughStep['id'];
  lines: readonly string[];
  /** How the lines ran: typed into the lab terminal, or run on a session of the store. */
  via: 'terminal' | 'session';
  /** Each line's result, when they ran on a session (the terminal keeps its own). */
  results?: LineResult[];
}

async function pickStep(): Promise<WalkthroughStep | undefined> {
  const locale = localeOf(vscode.env.language);
  const picked = await vscode.window.showQuickPick(
    WALKTHROUGH_STEPS.map((step) => ({ label: pick(step.title, locale), step })),
    { title: vscode.l10n.t('Network Lab: walkthrough step to run') },
  );
  return picked?.step;
}

export async function runWalkthroughStep(store: LabStore, id?: string): Promise<WalkthroughRun | undefined> {
  const step = id === undefined ? await pickStep() : walkthroughStep(id);
  if (!step) {
    if (id !== undefined) void notifyError(vscode.l10n.t('No walkthrough step "{0}".', id));
    return undefined;
  }
  // The lab terminal is another part of the extension; until netlab.openTerminal is registered
  // the lines run on a session of their own (a fresh one at the host prompt, so a shell left
  // open by `docker run -it` on the store's session does not receive them), changing the same lab.
  if ((await vscode.commands.getCommands(true)).includes('netlab.openTerminal')) {
    await vscode.commands.executeCommand('netlab.openTerminal', { lines: [...step.lines] });
    return { step: step.id, lines: step.lines, via: 'terminal' };
  }
  await store.whenFilesReady();
  const session = store.openSession();
  const results = step.lines.map((line) => session.execute(line));
  return { step: step.id, lines: step.lines, via: 'session', results };
}
