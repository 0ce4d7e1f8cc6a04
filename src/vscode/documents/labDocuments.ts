// Read-only documents under the `netlab:` scheme: a container's /etc files and `docker inspect`
// JSON. They follow the lab: an open document refreshes when the lab changes.
import * as vscode from 'vscode';
import { etcFileText, parseDocumentPath } from '../../viewModels/labDocuments';
import { onCoalescedChanges } from '../state/coalescedChanges';
import type { LabStore } from '../state/labStore';
import { LAB_SCHEME } from '../registrationKeys';

const REFRESH_DELAY_MS = 100;

export class LabDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: { dispose(): void };

  constructor(private readonly store: LabStore) {
    this.subscription = onCoalescedChanges(store, REFRESH_DELAY_MS, () => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === LAB_SCHEME) this.emitter.fire(doc.uri);
    });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const doc = parseDocumentPath(uri.path);
    if (!doc) return vscode.l10n.t('Network Lab has no document at {0}.', uri.path);
    if (doc.kind === 'etc') {
      return (
        etcFileText(this.store.current, doc.container, doc.file) ??
        vscode.l10n.t('The container {0} no longer exists.', doc.container)
      );
    }
    const result = this.store.runArgv(['docker', 'inspect', doc.ref]);
    return result.output.stdout || result.output.stderr;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** Opens a lab document (see viewModels/labDocuments.ts for its paths) in a read-only editor. */
export async function openLabDocument(path: string, language?: string): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: LAB_SCHEME, path }));
  if (language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  await vscode.window.showTextDocument(doc, { preview: true });
  return doc;
}

export function registerLabDocuments(context: vscode.ExtensionContext, store: LabStore): void {
  const provider = new LabDocumentProvider(store);
  context.subscriptions.push(provider, vscode.workspace.registerTextDocumentContentProvider(LAB_SCHEME, provider));
}
