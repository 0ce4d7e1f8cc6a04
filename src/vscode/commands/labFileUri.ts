// A lab file named in a command's argument: a URI (`file:///…`, `vscode-remote://…`) or a path.
// A path is on the workspace's file system: the disk, or, when the folder is not on disk (the
// browser's vscode-remote or vscode-vfs folders), the folder's own file system.
import * as vscode from 'vscode';

export function labFileUri(text: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(text)) return vscode.Uri.parse(text);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder && folder.scheme !== 'file' && text.startsWith('/'))
    return folder.with({ path: text, query: '', fragment: '' });
  return vscode.Uri.file(text);
}
