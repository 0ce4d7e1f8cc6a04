// Network Lab: Import Lab… — replaces the lab with one from a lab file (Export Lab's, or one a
// script wrote with `netlab --state FILE`). A file that is not a lab is reported and changes
// nothing. Argument: `{ uri: string, confirm?: boolean }` skips the dialogs (confirm defaults to
// false then); returns true when the lab was replaced.
import * as vscode from 'vscode';
import type { Lab } from '../../core/lab/lab';
import { labFromFileText } from '../../core/lab/labFile';
import { SavedLabError } from '../../core/lab/serialize';
import type { LabStore } from '../state/labStore';
import { labFileUri } from './labFileUri';
import { notifyError } from '../notify';

export interface ImportLabArgs {
  uri?: string;
  confirm?: boolean;
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import Lab'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Lab files')]: ['json'] },
  });
  return picked?.[0];
}

async function readLab(uri: vscode.Uri): Promise<Lab | undefined> {
  try {
    return labFromFileText(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch (e) {
    if (!(e instanceof SavedLabError) && !(e instanceof vscode.FileSystemError)) throw e;
    void notifyError(vscode.l10n.t('{0} is not a lab that can be imported: {1}', uri.fsPath, e.message));
    return undefined;
  }
}

export async function importLab(store: LabStore, args: ImportLabArgs = {}): Promise<boolean> {
  const uri = args.uri !== undefined ? labFileUri(args.uri) : await pickFile();
  if (!uri) return false;
  const lab = await readLab(uri);
  if (!lab) return false;
  if (args.confirm ?? args.uri === undefined) {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Replace the lab with the one in {0}?', uri.fsPath),
      { modal: true },
      replace,
    );
    if (answer !== replace) return false;
  }
  store.replace(lab);
  return true;
}
