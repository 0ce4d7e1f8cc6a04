// The diagram exported from the webview (SVG markup, or a PNG in base64) written where the user
// chooses, through vscode.workspace.fs (a remote workspace's disk too).
import * as vscode from 'vscode';
import { notifyError, notifyInfo } from '../notify';

const PNG_PREFIX = /^data:image\/png;base64,/;

/** Base64 to bytes with atob, which the browser's extension host has (Node's Buffer it has not). */
const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

export function exportBytes(format: 'svg' | 'png', data: string): Uint8Array {
  return format === 'png' ? fromBase64(data.replace(PNG_PREFIX, '')) : new TextEncoder().encode(data);
}

/** The URI written, or undefined when cancelled or the write failed (said in a notification). */
export async function saveExport(format: 'svg' | 'png', data: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `network-diagram.${format}`;
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export Diagram'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'png' ? { [vscode.l10n.t('PNG images')]: ['png'] } : { [vscode.l10n.t('SVG images')]: ['svg'] },
  });
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, exportBytes(format, data));
  } catch (e) {
    void notifyError(
      vscode.l10n.t(
        'The diagram could not be written to {0}: {1}',
        target.fsPath,
        e instanceof Error ? e.message : String(e),
      ),
    );
    return undefined;
  }
  void notifyInfo(vscode.l10n.t('The diagram was saved to {0}.', target.fsPath));
  return target;
}
