// Which open documents make the browser's activation load the lab before any stand-in is called:
// those that get the lab's diagnostics as soon as they are open. Compose files, Dockerfiles and
// devcontainer.json always; shell scripts, Makefiles and Markdown only when they mention docker
// (the lab diagnoses docker command lines there and nothing else).
import * as vscode from 'vscode';
import { COMMAND_LINE_SELECTOR, COMPOSE_SELECTOR, DOCKERFILE_SELECTOR } from '../registrationKeys';

const PROSE_LANGUAGES = new Set(['shellscript', 'makefile', 'markdown']);

export function needsLab(document: vscode.TextDocument): boolean {
  const match = (selector: vscode.DocumentSelector) => vscode.languages.match(selector, document) > 0;
  if (match(COMPOSE_SELECTOR) || match(DOCKERFILE_SELECTOR)) return true;
  if (!match(COMMAND_LINE_SELECTOR)) return false;
  return !PROSE_LANGUAGES.has(document.languageId) || /docker/i.test(document.getText());
}

/** Calls load once a document that needsLab is open (now or later, or edited into one). */
export function loadWhenNeeded(load: () => unknown): vscode.Disposable {
  let done = false;
  const check = (document: vscode.TextDocument) => {
    if (done || !needsLab(document)) return;
    done = true;
    subscriptions.dispose();
    load();
  };
  const subscriptions = vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
  );
  for (const document of vscode.workspace.textDocuments) check(document);
  return subscriptions;
}
