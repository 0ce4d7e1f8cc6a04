// docker command lines in the editor: hovers in a shell script and in a Markdown tutorial's
// console block through VS Code's hover API, Docker's conflict error in the Problems list, and the
// "Run in Network Lab" CodeLens, whose lines land in a lab terminal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { labSuiteHooks } from '../labSuite';
import { hoverAt, hoverText, openExample, positionOf } from '../editorHelpers';

const HOST_PROMPT = '[root@docker-host ~]#';

function closeLabTerminals(): void {
  for (const t of vscode.window.terminals) if (t.name.startsWith('Network Lab')) t.dispose();
}

suite('docker command lines', () => {
  labSuiteHooks({ beforeEach: closeLabTerminals, afterEach: closeLabTerminals });

  test('hovers explain --network=host in a shell script and -p in a Markdown console block', async () => {
    const script = await openExample('tutorial/network-modes.sh');
    assert.equal(script.languageId, 'shellscript');
    const onHost = await hoverAt(script, positionOf(script, '--network=host', '--network='.length + 1));
    assert.match(hoverText(onHost), /`host`: no namespace of its own/);
    assert.match(hoverText(onHost), /docs\.docker\.com\/reference\/cli\/docker\/container\/run\/#network/);

    const tutorial = await openExample('tutorial/tutorial.md');
    assert.equal(tutorial.languageId, 'markdown');
    const onPublish = await hoverAt(tutorial, positionOf(tutorial, '-p 8080:80', 4));
    assert.match(hoverText(onPublish), /Container port 80 \(tcp\) is published on host port 8080\./);
    assert.match(hoverText(onPublish), /Reachable on every address of the host/);
  });

  test("Docker's conflict error for -p in container mode is on its line", async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'shellscript',
      content: 'docker run -dit --name db busybox sh\ndocker run --network container:db -p 80:80 nginx\n',
    });
    const found = await bridge.waitFor('the diagnostic', () => {
      const list = vscode.languages.getDiagnostics(doc.uri);
      return Promise.resolve(list.length > 0 ? list : undefined);
    });
    assert.deepEqual(
      found.map((d) => [d.message, d.range.start.line, d.range.start.character, d.severity]),
      [
        [
          'Error response from daemon: conflicting options: port publishing and the container type network mode',
          1,
          34,
          vscode.DiagnosticSeverity.Error,
        ],
      ],
    );
  });

  test('the Run in Network Lab lens types the block into a lab terminal', async function () {
    const tutorial = await openExample('tutorial/tutorial.md');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      tutorial.uri,
    );
    const fence = positionOf(tutorial, '```console').line;
    const lens = lenses.find((l) => l.range.start.line === fence);
    assert.ok(lens?.command, `a lens on line ${fence} among ${lenses.map((l) => l.range.start.line).join(', ')}`);
    assert.equal(lens.command.title, 'Run in Network Lab');
    assert.equal(lens.command.command, 'netlab.openTerminal');
    const [arg] = (lens.command.arguments ?? []) as Array<{ lines: string[] }>;
    assert.deepEqual(arg?.lines, ['docker run -d --name web -p 8080:80 nginx', 'curl -s http://localhost:8080']);

    const opened = await vscode.commands.executeCommand<{ name: string }>(lens.command.command, arg);
    assert.equal(opened.name, 'Network Lab');
    if (!bridge.available()) {
      console.log('skipped: needs the DOM bridge, which only the code-server runner provides');
      this.skip();
    }
    // Room for nginx's whole page: the panel maximized while the lines run.
    await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    let seen: string[] = [];
    try {
      await bridge.waitFor(
        "the lines, nginx's page and the prompt in the terminal",
        async () => {
          seen = await bridge.terminal.rows();
          const filled = seen.filter((r) => r.trim() !== '');
          return seen.some((r) => /^[0-9a-f]{64}$/.test(r)) &&
            seen.includes(`${HOST_PROMPT} curl -s http://localhost:8080`) &&
            seen.includes('<title>Welcome to nginx!</title>') &&
            filled.at(-1) === HOST_PROMPT
            ? seen
            : undefined;
        },
        15_000,
      );
      await bridge.screenshot('command-lines-run-in-lab');
    } catch (e) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the terminal shows:\n${seen.join('\n')}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.toggleMaximizedPanel');
    }
  });
});
