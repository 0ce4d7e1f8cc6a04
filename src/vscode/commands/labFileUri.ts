// A lab file named in a command's argument: a URI (`file:///…`, `vscode-remote://…`) or a path.
import * as vscode from 'vscode';

export function labFileUri(text: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(text) ? vscode.Uri.parse(text) : vscode.Uri.file(text);
}
