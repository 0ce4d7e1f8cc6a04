// Dockerfile network settings in the editor: hovers on RUN --network and EXPOSE through VS Code's
// hover API, and BuildKit's error for an unknown network mode in the Problems list.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../bridge';
import { hoverAt, hoverText, openExample, positionOf } from '../editorHelpers';

suite('Dockerfile network settings', () => {
  // Opening a Dockerfile activates the extension; a hover asked at once would come before it.
  suiteSetup(async () => {
    await vscode.extensions.getExtension('netlab.docker-network-lab')?.activate();
  });

  test('hovers explain RUN --network=host and EXPOSE in the example Dockerfile', async () => {
    const doc = await openExample('Dockerfile');
    assert.equal(doc.languageId, 'dockerfile');
    const onHost = await hoverAt(doc, positionOf(doc, 'RUN --network=host', 10));
    assert.match(hoverText(onHost), /network\.host is not allowed/);
    const onExpose = await hoverAt(doc, positionOf(doc, 'EXPOSE', 1));
    assert.match(hoverText(onExpose), /publishes nothing/);
  });

  test('an unknown RUN --network mode is an error in BuildKit words, on its line', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'dockerfile',
      content: 'FROM busybox\nRUN --network=bridge true\n',
    });
    const found = await waitFor('the diagnostic', () => {
      const list = vscode.languages.getDiagnostics(doc.uri);
      return Promise.resolve(list.length > 0 ? list : undefined);
    });
    assert.deepEqual(
      found.map((d) => [d.message, d.range.start.line, d.severity]),
      [['invalid network mode "bridge"', 1, vscode.DiagnosticSeverity.Error]],
    );
  });

  test('RUN --network= completes to default, none and host', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'dockerfile',
      content: 'FROM busybox\nRUN --network=',
    });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      new vscode.Position(1, 14),
      '=',
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const mode of ['default', 'none', 'host']) assert.ok(labels.includes(mode), `${mode} in ${labels.join(', ')}`);
  });
});
