// What the editor suites share: opening a file of the example workspace, a position by its text,
// and asking VS Code's hover API, whose answers are flattened to one text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const hoverText = (hovers: vscode.Hover[]): string =>
  hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');

/** A file of the example workspace, by its path there (`compose/compose.yaml`). */
export async function openExample(path: string): Promise<vscode.TextDocument> {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'the example workspace is open');
  return vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ...path.split('/')));
}

/** The position `plus` characters into the first occurrence of `needle`. */
export function positionOf(doc: vscode.TextDocument, needle: string, plus = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} in ${doc.uri.path}`);
  return doc.positionAt(offset + plus);
}

export const hoverAt = (doc: vscode.TextDocument, position: vscode.Position): Thenable<vscode.Hover[]> =>
  vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
