// Selects a container's row in the Network Lab view (from the diagram, after a compose
// simulation): the view is opened, its rows brought up to date with the lab, then revealed.
import * as vscode from 'vscode';
import type { LabTreeItem, LabTreeProvider } from './labTree';

/** How long a reveal waits for the view to show the current lab. */
const SHOWN_WAIT_MS = 3000;
const ATTEMPTS = 15;
const RETRY_MS = 200;

export async function revealContainer(
  tree: LabTreeProvider,
  view: vscode.TreeView<LabTreeItem>,
  containerId: string,
): Promise<void> {
  const wasVisible = view.visible;
  await vscode.commands.executeCommand('netlab.containers.focus');
  // TreeView.reveal resolves rows against what VS Code last fetched: a visible view is asked to
  // fetch the lab as it is now. A view shown just now fetches its rows by itself, and a redraw
  // asked meanwhile can leave it unable to reveal: it is only waited for. Not shown in time: try anyway.
  if (wasVisible) tree.refresh();
  await tree.whenShown(SHOWN_WAIT_MS);
  // A view opened just now may have fetched its top rows but not the rows under them yet (reveal
  // fails with "Data tree node not found"): try again a little later. In the browser's extension
  // host the view opened by a compose simulation can also keep failing until it is redrawn once
  // it stands: the first failure redraws it.
  for (let attempt = 1; ; attempt++) {
    const item = tree.containerItem(containerId);
    if (!item) return;
    try {
      await view.reveal(item, { select: true, focus: false, expand: false });
      return;
    } catch (e) {
      if (attempt >= ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      if (attempt === 1) {
        tree.refresh();
        await tree.whenShown(SHOWN_WAIT_MS);
      }
    }
  }
}
