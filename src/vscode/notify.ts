// Notifications that show lab text as text. VS Code renders `[label](target)` in a notification's
// message as a link, `command:` targets included, and a container's log line, a network's name or
// Docker's error echoing them is the lab user's (or an imported lab file's) text: it must not
// become a button that runs a command. A zero-width space between `]` and `(` keeps the text as
// it reads and breaks the link syntax.
import * as vscode from 'vscode';

export function inert(text: string): string {
  return text.replace(/\]\(/g, ']\u200b(');
}

export const notifyError = (message: string, ...items: string[]): Thenable<string | undefined> =>
  vscode.window.showErrorMessage(inert(message), ...items);

export const notifyWarning = (message: string, ...items: string[]): Thenable<string | undefined> =>
  vscode.window.showWarningMessage(inert(message), ...items);

export const notifyInfo = (message: string, ...items: string[]): Thenable<string | undefined> =>
  vscode.window.showInformationMessage(inert(message), ...items);
