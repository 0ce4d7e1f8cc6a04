// The two kinds of prompt the commands use, titled with their step (`Create Container (2/4)`):
// an input box checked as it is typed by a rule of viewModels/inputRules.ts, and a quick pick.
import * as vscode from 'vscode';
import type { OwnProblem, Problem, Rule } from '../../viewModels/inputRules';

/** The forms' own problems, in the user's language (Docker's words stay as Docker prints them). */
const OWN_TEXT: Readonly<Record<OwnProblem, (value: string) => string>> = {
  empty: () => vscode.l10n.t('Type a value.'),
  oneWord: (v) => vscode.l10n.t('One name or address, without spaces: "{0}" has several.', v),
  onePort: (v) => vscode.l10n.t('One port with an optional protocol, e.g. 80 or 53/udp, not "{0}".', v),
};

export function problemText(problem: Problem | undefined): string | undefined {
  if (problem === undefined) return undefined;
  return 'docker' in problem ? problem.docker : OWN_TEXT[problem.own](problem.value);
}

/** A multi-step prompt's place: the title, and which step of how many. */
export interface Step {
  title: string;
  index: number;
  count: number;
}

const stepTitle = (s: Step) => (s.count > 1 ? vscode.l10n.t('{0} ({1}/{2})', s.title, s.index, s.count) : s.title);

export interface TextPrompt {
  prompt: string;
  placeHolder?: string;
  value?: string;
  rule?: Rule;
}

/** The trimmed text typed, or undefined when cancelled. */
export async function askText(step: Step, p: TextPrompt): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title: stepTitle(step),
    prompt: p.prompt,
    placeHolder: p.placeHolder,
    value: p.value,
    ignoreFocusOut: true,
    validateInput: p.rule ? (v) => problemText(p.rule!(v.trim())) : undefined,
  });
  return answer?.trim();
}

export interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

/** The picked value, or undefined when cancelled. */
export async function pickOne<T>(step: Step, placeHolder: string, choices: Choice<T>[]): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(choices, {
    title: stepTitle(step),
    placeHolder,
    ignoreFocusOut: true,
  });
  return picked?.value;
}
