// Compose files in the editor: hovers that say what a key means in this very file (simulated in
// a fresh lab), the mistakes in the Problems list in compose-go's and the engine's words, a quick
// fix applied through VS Code's API, a hover shown under the real mouse, and the Simulate CodeLens
// bringing the project up in the lab and the tree.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { hoverAt, hoverText, openExample, positionOf } from '../editorHelpers';
import { labSuiteHooks } from '../labSuite';
import { VIEW, section, selectedRows } from './treeRows';

const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

interface SimulatedProject {
  project: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  containers: string[];
}

async function diagnosticsOf(doc: vscode.TextDocument, count: number): Promise<vscode.Diagnostic[]> {
  return bridge.waitFor(
    `${count} diagnostics on ${doc.uri.path}`,
    () => {
      const list = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Network Lab');
      return Promise.resolve(list.length >= count ? list : undefined);
    },
    20_000,
  );
}

suite('Compose files', () => {
  labSuiteHooks();

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('hovers say what network_mode and a networks entry mean in this file', async () => {
    const doc = await openExample('compose/compose.yaml');
    assert.equal(doc.languageId, 'dockercompose');
    const joiner = hoverText(await hoverAt(doc, positionOf(doc, '"service:web"', 3)));
    assert.match(joiner, /`sidecar` joins `web`’s network namespace/);
    // web's addresses on back (172.28.0.0/16, from the file) and front (Docker's first free pool).
    assert.match(joiner, /Shared address: `172\.28\.0\.3`, `172\.18\.0\.2`/);
    assert.match(joiner, /docs\.docker\.com\/reference\/compose-file\/services\/#network_mode/);

    const entry = hoverText(await hoverAt(doc, positionOf(doc, '- front', 3)));
    assert.match(entry, /created as `shop_front`/);
    assert.match(entry, /`web` gets `172\.18\.0\.2` on it/);

    const port = hoverText(await hoverAt(doc, positionOf(doc, '"8080:80"', 2)));
    assert.match(port, /Reachable on every host address/);
  });

  test('the mistakes example lists its problems on their lines, in compose-go and engine words', async () => {
    const doc = await openExample('compose/mistakes/compose.yaml');
    await vscode.window.showTextDocument(doc);
    const found = await diagnosticsOf(doc, 3);
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.severity, d.message]),
      [
        [6, vscode.DiagnosticSeverity.Warning, 'Published ports are discarded when using host network mode'],
        [
          11,
          vscode.DiagnosticSeverity.Error,
          'service web declares mutually exclusive `network_mode` and `networks`: invalid compose project',
        ],
        [15, vscode.DiagnosticSeverity.Error, 'service "db" refers to undefined network back: invalid compose project'],
      ],
    );
  });

  test('the quick fix for ports under host mode removes them', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'dockercompose',
      content:
        'services:\n  proxy:\n    image: nginx\n    network_mode: host\n    ports:\n      - "80:80"\n  web:\n    image: nginx\n',
    });
    const [warning] = await diagnosticsOf(doc, 1);
    assert.ok(warning);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      warning.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title.includes('ports'));
    assert.ok(fix?.edit, `a quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(
      doc.getText(),
      'services:\n  proxy:\n    image: nginx\n    network_mode: host\n  web:\n    image: nginx\n',
    );
  });

  test('the real mouse on network_mode shows the hover widget', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    const doc = await openExample('compose/modes.compose.yaml');
    const editor = await vscode.window.showTextDocument(doc);
    // The joiner's line, at the top of the editor so the widget has room.
    const line = positionOf(doc, 'network_mode: "service:base"').line;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    const shown = await bridge.editor.hover('network_mode');
    assert.match(shown, /network namespace/);
    await bridge.screenshot('compose-hover');
  });

  test('Simulate in Network Lab brings the project up, shows it in the tree, and replaces it when run again', async () => {
    const doc = await openExample('compose/compose.yaml');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const simulate = lenses.find((l) => l.command?.command === 'netlab.simulateCompose');
    assert.ok(simulate?.command, 'a Simulate lens');
    assert.equal(simulate.range.start.line, 0);
    const first = await vscode.commands.executeCommand<SimulatedProject>(
      simulate.command.command,
      ...((simulate.command.arguments ?? []) as unknown[]),
    );
    assert.equal(first.exitCode, 0, first.stderr);
    assert.equal(first.project, 'shop');
    assert.deepEqual([...first.containers].sort(), ['shop-api-1', 'shop-db-1', 'shop-sidecar-1', 'shop-web-1']);
    // The view opened by the simulation selects the project's first container.
    if (bridge.available()) {
      const firstName = first.containers[0]!;
      await bridge.waitFor(`the tree row of ${firstName} to be selected`, async () =>
        (await selectedRows()).includes(firstName) ? true : undefined,
      );
    }

    const again = await vscode.commands.executeCommand<SimulatedProject>('netlab.simulateCompose', doc.uri);
    assert.equal(again.exitCode, 0, again.stderr);
    assert.deepEqual([...again.containers].sort(), [...first.containers].sort());
    const ps = await vscode.commands.executeCommand<{ stdout: string }>('netlab.runCommand', {
      line: 'docker ps -a --format {{.Names}}',
    });
    assert.deepEqual(ps.stdout.trim().split('\n').sort(), [...first.containers].sort());

    if (!bridge.available()) return;
    const rows = await bridge.waitFor('the project in the tree', async () => {
      const now = await bridge.tree.rows(VIEW);
      return section(now, 'Containers').some((r) => r.label === 'shop-web-1') ? now : undefined;
    });
    assert.ok(section(rows, 'Containers').some((r) => r.label === 'shop-db-1'));
    await bridge.screenshot('compose-simulated');
  });
});
