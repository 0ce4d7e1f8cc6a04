// Network Lab: Export Lab… — writes the lab to a lab file (the format of `netlab --state FILE`).
// Argument: `{ uri: string }` (a file URI or path) skips the save dialog; returns the URI written,
// or undefined when cancelled.
import * as vscode from 'vscode';
import { labFileText } from '../../core/lab/labFile';
import type { LabStore } from '../state/labStore';
import { labFileUri } from './labFileUri';
import { notifyError, notifyInfo } from '../notify';

export interface ExportLabArgs {
  uri?: string;
}

export async function exportLab(store: LabStore, args: ExportLabArgs = {}): Promise<string | undefined> {
  const target =
    args.uri !== undefined
      ? labFileUri(args.uri)
      : await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Export Lab'),
          defaultUri: vscode.Uri.joinPath(
            vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/'),
            'lab.json',
          ),
          filters: { [vscode.l10n.t('Lab files')]: ['json'] },
        });
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(labFileText(store.current)));
  } catch (e) {
    void notifyError(
      vscode.l10n.t(
        'The lab could not be written to {0}: {1}',
        target.fsPath,
        e instanceof Error ? e.message : String(e),
      ),
    );
    return undefined;
  }
  void notifyInfo(vscode.l10n.t('The lab was exported to {0}.', target.fsPath));
  return target.toString();
}
