// The browser's web-worker activation: a small entry. It registers stand-ins under every key the
// lab registers under (deferred/standIns.ts) and loads the lab's code (dist/web/lab.js) on first
// use: a command, the Network Lab view, a hover, a restored diagram, or a document the lab
// diagnoses. A folder that never touches the lab pays for this entry only.
import * as vscode from 'vscode';
import { boundApi } from './deferred/boundApi';
import { loadWhenNeeded } from './deferred/labTriggers';
import { type LabBundle, loadLabBundle } from './deferred/loadLabBundle';
import { StandIns } from './deferred/standIns';

let loaded: Promise<LabBundle> | undefined;

export function activateWeb(context: vscode.ExtensionContext): void {
  const load = (): Promise<void> => {
    if (!loaded) {
      loaded = loadLabBundle(context.extensionUri, boundApi(vscode, standIns)).then((lab) => {
        lab.activate(context);
        return lab;
      });
      // Said once; every later use fails with the same error (a reload of the window tries again).
      loaded.catch((e: unknown) => {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Network Lab could not load its code: {0}', e instanceof Error ? e.message : String(e)),
        );
      });
    }
    return loaded.then(() => undefined);
  };
  const standIns = new StandIns(context, load);
  context.subscriptions.push(loadWhenNeeded(() => load().catch(() => undefined)));
}

export async function deactivateWeb(): Promise<void> {
  await (await loaded?.catch(() => undefined))?.deactivate();
}
