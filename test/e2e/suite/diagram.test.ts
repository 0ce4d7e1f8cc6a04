// The network diagram as the webview draws it, read through its DOM contract (data-kind, data-id,
// data-from/-to, data-trace-step/-stop) inside the webview's own frame: the tutorial's four modes
// nested where they live, a published port from the host, a click selecting the tree row, and a
// trace that stops between two user networks and goes through once they are connected.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { labSuiteHooks } from '../labSuite';
import { answerPrompts, labLine, runLine, within } from '../prompts';
import { VIEW, selectedRows } from './treeRows';

const NO_BRIDGE = 'skipped: needs the DOM bridge, which only the code-server runner provides';

/** netlab.trace's answer: stop names the hop (one of hops) and the reason in words. */
interface TraceAnswer {
  reachable: boolean;
  hops: string[];
  stop?: { hop: string; reason: string };
}

const run = <T>(command: string, arg?: unknown) => vscode.commands.executeCommand<T>(command, arg);

async function ok(line: string): Promise<void> {
  const out = await runLine(line);
  assert.equal(out.exitCode, 0, `${line}: ${out.stderr}`);
}

const idOf = (name: string) => labLine(`docker inspect -f '{{.Id}}' ${name}`);
const netnsOf = (name: string) => labLine(`docker exec ${name} readlink /proc/self/ns/net`);
const addressOf = (name: string, network: string) =>
  labLine(`docker inspect -f '{{(index .NetworkSettings.Networks "${network}").IPAddress}}' ${name}`);

/** Waits until the diagram's page shows elements matching the selector (and `check` agrees); fails with what it saw. */
async function shown(
  selector: string,
  check: (found: bridge.WebviewElement[]) => boolean = (found) => found.length > 0,
): Promise<bridge.WebviewElement[]> {
  let seen: bridge.WebviewElement[] = [];
  return bridge
    .waitFor(
      `the diagram to show ${selector}`,
      async () => {
        seen = await bridge.webview.query(selector);
        return check(seen) ? seen : undefined;
      },
      20_000,
    )
    .catch((e: unknown) => {
      const found = seen.map((el) => JSON.stringify(el.attributes)).join('\n');
      throw new Error(`${e instanceof Error ? e.message : String(e)}; found:\n${found || '(nothing)'}`);
    });
}

suite('Network diagram', () => {
  labSuiteHooks({ afterEach: () => run('workbench.action.closeAllEditors') });

  suiteTeardown(() => new Promise((resolve) => setTimeout(resolve, 500)));

  test('clicking a container while the tree is hidden opens the Network Lab view on its row', async function () {
    if (!bridge.available()) this.skip();
    await ok('docker run -d --name owner busybox top');
    await ok('docker run -d --name joiner --network container:owner busybox top');
    // The Explorer in the side bar: the lab's view is not shown (first in this suite: in a run of
    // this suite alone, never shown in the window before).
    await run('workbench.view.explorer');
    assert.equal(await run<boolean>('netlab.openDiagram'), true);
    const joiner = await idOf('joiner');
    await shown(`[data-kind="container"][data-id="${joiner}"]`);
    await bridge.webview.click(`[data-kind="container"][data-id="${joiner}"]`);
    // A joiner's row sits under its owner's: the reveal opens the owner to select it.
    await bridge.waitFor('the tree row of joiner to be selected', async () =>
      (await selectedRows()).includes('joiner') ? true : undefined,
    );
  });

  test('draws the tutorial: host mode in the host, a joiner in its owner, none with lo only, a published port', async function () {
    if (!bridge.available()) {
      console.log(NO_BRIDGE);
      this.skip();
    }
    await ok('docker run -dit --name container-a -p 8080:80 nginx');
    await ok('docker run -dit --name container-b --network container:container-a busybox /bin/sh');
    await ok('docker run -dit --name hostbox --network host busybox /bin/sh');
    await ok('docker run -dit --name isolated --network none busybox /bin/sh');
    const [a, b, hostbox, isolated] = await Promise.all(
      ['container-a', 'container-b', 'hostbox', 'isolated'].map(idOf),
    );
    const hostNs = await labLine('readlink /proc/self/ns/net');
    const nsA = await netnsOf('container-a');
    const nsNone = await netnsOf('isolated');
    assert.equal(await netnsOf('container-b'), nsA);

    assert.equal(await within(10_000, 'netlab.openDiagram', run<boolean>('netlab.openDiagram')), true);
    const [host] = await shown('[data-kind="host"]');
    assert.equal(host!.attributes['data-id'], hostNs);
    assert.ok(host!.attributes['aria-label'], 'the host has an aria-label');

    // The host-mode container is drawn inside the host's namespace; each container exactly once.
    await shown(`[data-kind="host"] [data-kind="container"][data-id="${hostbox}"]`);
    for (const id of [a, b, hostbox, isolated]) {
      assert.equal((await bridge.webview.query(`[data-kind="container"][data-id="${id}"]`)).length, 1, id);
    }
    // B joined A's namespace: both in the one box, which is not the host's.
    const inA = await shown(`[data-kind="namespace"][data-id="${nsA}"] [data-kind="container"]`, (f) => f.length === 2);
    assert.deepEqual(inA.map((el) => el.attributes['data-id']).sort(), [a, b].sort());
    assert.equal((await bridge.webview.query(`[data-kind="host"] [data-kind="container"][data-id="${b}"]`)).length, 0);

    // The none namespace holds lo and nothing else.
    const noneInterfaces = await shown(`[data-kind="namespace"][data-id="${nsNone}"] [data-kind="interface"]`);
    assert.deepEqual(
      noneInterfaces.map((el) => el.attributes['data-id']),
      [`lo@${nsNone}`],
    );
    await shown(`[data-kind="namespace"][data-id="${nsNone}"] [data-kind="container"][data-id="${isolated}"]`);

    // -p 8080:80: a port element from the host's side to container-a.
    const ports = await shown(`[data-kind="port"][data-to="${a}"]`);
    const published = ports.find((p) => /:8080\/tcp$/.test(p.attributes['data-id'] ?? ''));
    assert.ok(published, `a port element for 8080/tcp, found ${JSON.stringify(ports.map((p) => p.attributes))}`);
    assert.equal(published.attributes['data-from'], hostNs);

    // The picture: the tree beside the diagram, fitted to its pane.
    await run('workbench.action.closeAuxiliaryBar');
    await run('workbench.view.extension.netlab');
    await bridge.webview.click('[data-command="fit"]');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // test-artifacts/diagram.png: the README's media/screenshots/diagram.png, refreshed by hand (CONTRIBUTING).
    await bridge.screenshot('diagram');
  });

  test('follows the lab: a container run after the diagram opened appears, a removed one goes', async function () {
    if (!bridge.available()) this.skip();
    await ok('docker run -d --name first nginx');
    assert.equal(await run<boolean>('netlab.openDiagram'), true);
    await shown(`[data-kind="container"][data-id="${await idOf('first')}"]`);
    await ok('docker run -d --name second busybox top');
    const second = await idOf('second');
    await shown(`[data-kind="container"][data-id="${second}"]`);
    await ok('docker rm -f second');
    await shown(`[data-kind="container"][data-id="${second}"]`, (found) => found.length === 0);
  });

  test('clicking a container selects its row in the tree', async function () {
    if (!bridge.available()) this.skip();
    await ok('docker run -d --name web nginx');
    await ok('docker run -d --name client busybox top');
    // The tree shown first, as beside a diagram it is: its rows fetched.
    await run('workbench.view.extension.netlab');
    await bridge.waitFor('the tree to show client', async () =>
      (await bridge.tree.rows(VIEW)).some((r) => r.label === 'client') ? true : undefined,
    );
    assert.equal(await run<boolean>('netlab.openDiagram'), true);
    const client = await idOf('client');
    await shown(`[data-kind="container"][data-id="${client}"]`);
    await bridge.webview.click(`[data-kind="container"][data-id="${client}"]`);
    await bridge.waitFor('the tree row of client to be selected', async () =>
      (await selectedRows()).includes('client') ? true : undefined,
    );
  });

  test('exports the drawing as SVG and as PNG to the file chosen in the save dialog', async function () {
    if (!bridge.available()) this.skip();
    await ok('docker run -d --name web -p 8080:80 nginx');
    assert.equal(await run<boolean>('netlab.openDiagram'), true);
    const web = await idOf('web');
    await shown(`[data-kind="container"][data-id="${web}"]`);
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const saved = async (format: 'svg' | 'png'): Promise<Uint8Array> => {
      // The dialog's own proposal (saveExport's default name), typed as a full path: code-server's
      // dialog sometimes keeps its proposal over what was typed, and then both are the same file.
      const target = vscode.Uri.joinPath(folder, `network-diagram.${format}`);
      await vscode.workspace.fs.delete(target).then(
        () => undefined,
        () => undefined,
      );
      await bridge.webview.click(`[data-command="export${format === 'svg' ? 'Svg' : 'Png'}"]`);
      const written = () =>
        bridge.waitFor(`${target.fsPath} to be written`, async () =>
          vscode.workspace.fs.readFile(target).then(
            (b) => b,
            () => undefined,
          ),
        );
      // The save dialog (code-server's own, a quick input): the path typed, then Enter. Its path
      // completion can take an Enter as opening the folder it just offered, leaving the dialog open:
      // the path is typed again then.
      for (let attempt = 1; ; attempt++) {
        await bridge.quickInput.submit(target.fsPath);
        try {
          const bytes = await written();
          await vscode.workspace.fs.delete(target);
          return bytes;
        } catch (e) {
          if (attempt >= 3) throw e;
        }
      }
    };
    const svg = new TextDecoder().decode(await saved('svg'));
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.includes(`data-id="${web}"`), 'the container is in the export, with its DOM contract');
    assert.ok(svg.includes('>web</text>'), "the container's name is drawn");
    // The theme's colours resolved into the file, which has no VS Code around it.
    assert.match(svg, /<style>svg\.netlab-diagram \{ --vscode-editor-background: #[0-9a-fA-F]{6}/);
    const png = await saved('png');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    assert.ok(png.length > 1000, `a drawn PNG, not an empty one (${png.length} bytes)`);
  });

  test('Trace a Path… from the palette asks from, to and port, then highlights the path', async function () {
    if (!bridge.available()) this.skip();
    await ok('docker network create shop');
    await ok('docker run -d --name front --network shop busybox top');
    await ok('docker run -d --name cart --network shop nginx');
    const answer = await answerPrompts(run<TraceAnswer | undefined>('netlab.trace'), ['front', 'cart', '80']);
    assert.ok(answer, 'netlab.trace answered');
    assert.equal(answer.reachable, true, JSON.stringify(answer));
    assert.equal(answer.stop, undefined);
    // Each hop the core names is highlighted, numbered from 1, with no stop drawn.
    const steps = await shown('[data-trace-step]', (found) => found.length >= answer.hops.length);
    const numbers = [...new Set(steps.map((el) => Number(el.attributes['data-trace-step'])))].sort((a, b) => a - b);
    assert.deepEqual(
      numbers,
      answer.hops.map((_, i) => i + 1),
    );
    assert.equal((await bridge.webview.query('[data-trace-stop]')).length, 0);
    const cart = await idOf('cart');
    assert.ok(
      steps.some((el) => el.attributes['data-kind'] === 'container' && el.attributes['data-id'] === cart),
      'the destination container is a step',
    );
  });

  test('draws names with dots, markup-like network names and non-ASCII hostnames as text, never as markup', async function () {
    if (!bridge.available()) this.skip();
    const markup = '<script>alert(1)</script>';
    await ok(`docker network create '${markup}'`);
    await ok(
      `docker run -d --name my.web_1-a --hostname bücher --add-host 'straße.example:10.0.0.9' --network '${markup}' nginx`,
    );
    assert.equal(await run<boolean>('netlab.openDiagram'), true);
    const web = await idOf('my.web_1-a');
    const [container] = await shown(`[data-kind="container"][data-id="${web}"]`);
    assert.equal(container!.attributes['data-name'], 'my.web_1-a');
    assert.match(container!.text, /my\.web_1-a/);
    const [network] = await shown('[data-kind="network"][data-name^="<script"]');
    assert.equal(network!.attributes['data-name'], markup);
    assert.ok(network!.text.includes(markup), `the name drawn as text: ${network!.text}`);
    assert.ok(network!.attributes['aria-label']!.includes(markup));
    // Nothing from the lab became an element: the page's only scripts are its own (nonce-tagged).
    assert.equal((await bridge.webview.query('svg script, svg img, svg foreignObject')).length, 0);
    // The side panel shows the container's details as text too, the hostname among them.
    await bridge.webview.click(`[data-kind="container"][data-id="${web}"]`);
    const side = await shown('.netlab-side', (found) => found.some((el) => el.text.includes('bücher')));
    assert.equal((await bridge.webview.query('.netlab-side script, .netlab-side img')).length, 0, side[0]!.text);
  });

  test('a trace between two user networks stops at the isolation, and goes through once connected', async function () {
    if (!bridge.available()) this.skip();
    await ok('docker network create front');
    await ok('docker network create back');
    await ok('docker run -d --name proxy --network front busybox top');
    await ok('docker run -d --name api --network back nginx');
    const apiAddress = await addressOf('api', 'back');

    const blocked = await within(
      10_000,
      'netlab.trace with arguments (did it prompt?)',
      run<TraceAnswer | undefined>('netlab.trace', { from: 'proxy', to: apiAddress, port: 80 }),
    );
    assert.ok(blocked, 'netlab.trace answered');
    assert.equal(blocked.reachable, false);
    assert.ok(blocked.hops.length > 0 && blocked.hops.every((h) => typeof h === 'string'));
    assert.ok(blocked.stop && blocked.stop.reason !== '', JSON.stringify(blocked.stop));
    assert.ok(blocked.hops.includes(blocked.stop.hop), `${blocked.stop.hop} is one of the hops`);
    const [stop] = await shown('[data-trace-stop]');
    assert.notEqual(stop!.text, '', 'the stopping hop says why');

    await ok('docker network connect back proxy');
    const through = await run<TraceAnswer | undefined>('netlab.trace', { from: 'proxy', to: apiAddress, port: 80 });
    assert.ok(through);
    assert.equal(through.reachable, true, through.hops.join('\n'));
    assert.equal(through.stop, undefined);
    const steps = await shown('[data-trace-step]', (found) => found.length >= 2);
    assert.equal((await bridge.webview.query('[data-trace-stop]')).length, 0);
    const numbers = [...new Set(steps.map((el) => Number(el.attributes['data-trace-step'])))].sort((x, y) => x - y);
    assert.equal(numbers[0], 1, 'the steps are numbered from 1');
  });

  test('netlab.trace refuses a container that does not exist, in Docker words, and opens nothing', async function () {
    if (!bridge.available()) this.skip();
    await ok('docker run -d --name web nginx');
    await run('notifications.clearAll');
    assert.equal(await run('netlab.trace', { from: 'ghost', to: 'web' }), undefined);
    assert.equal(await run('netlab.trace', { from: 'host', to: 'web', port: 70000 }), undefined);
    await run('notifications.showList');
    const messages = await bridge.texts('.notifications-center .notification-list-item-message');
    assert.ok(
      messages.some((m) => m.includes('No such container: ghost')),
      messages.join('\n'),
    );
    assert.equal((await bridge.webview.query('[data-kind="host"]')).length, 0, 'no diagram opened');
    await run('notifications.clearAll');
  });
});
