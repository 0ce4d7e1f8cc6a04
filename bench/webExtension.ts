// The browser build's figures: the size of the minified bundles (the entry dist/web/extension.js and
// the lab's code dist/web/lab.js it loads on first use, as the .vsix ships them) and its activation in the browser's web-worker extension host against an empty web
// extension's, in the same code-server. Both are installed from a .vsix, with the lab put into the
// web worker as npm run start:web does; a third, a driver, is the development extension whose test
// entry runs in the same worker. Each round is a fresh worker (a page load) in which the driver asks
// VS Code to activate one of the two and logs performance.now() when activate() has resolved, which
// in a worker counts from the worker's start. Everything else about the rounds is the same.
// The budget (2x the empty extension's) is on that figure (worker start to activate() done) and on
// the activate() call alone (loading the code included), which the worker's fixed start-up does
// not dilute. The lab's first command after activation, which loads the lab's code, is printed
// too. Medians of ROUNDS rounds each,
// alternating, on an empty folder so that no activation event of the lab fires by itself.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureToolchain } from '../tools/codeServer/install';
import { startCodeServer } from '../tools/codeServer/launch';
import { paths } from '../tools/codeServer/projectPaths';
import { stateDirs } from '../tools/codeServer/stateDir';
import { forceWebWorker } from '../tools/codeServer/webWorker';
import { installVsix } from '../tools/codeServer/installVsix';
import { CHROMIUM, launchChromium } from '../test/e2e/runner/browser';

const BUDGET_BYTES = 1024 * 1024;
const BUDGET_RATIO = 2;
const ROUNDS = 11;
/** Rounds of each first, not counted: the browser's cache and code-server's are cold. */
const WARM_UP = 1;
const MARKER = 'NETLAB_BENCH_ACTIVATION ';
const EMPTY_ID = 'netlab-bench.empty-web';
const DRIVER_ID = 'netlab-bench.driver';
const ENTRY = 'bench-activation.js';

interface Activation {
  id: string;
  /** The extension was active before the driver asked: the figure would be wrong. */
  wasActive: boolean;
  inWorker: boolean;
  /** performance.now() when activate() resolved: ms since the worker started. */
  sinceWorkerStart: number;
  /** From asking VS Code to activate to activate() resolved: loading the code and activate(). */
  activateCall: number;
  /** The activate() call in parts, from the marks the worker's extension host sets (below). */
  phases: Record<Phase, number>;
  /** The lab only: its first command after activation (`docker ps` through netlab.runCommand), which loads dist/web/lab.js. */
  firstCommand?: number;
}

/**
 * The parts of the activate() call, between the performance marks VS Code's web-worker extension
 * host sets around an extension's code (vs/workbench/api/worker/extHostExtensionService.ts,
 * _loadCommonJSModule: code/extHost/{will,did}{Fetch,Load}ExtensionCode/ID): `fetch` the bundle
 * over HTTP, `compile` (its text, new Function around it, the localized messages), `evaluate` the
 * bundle's top level, and `activate` the extension's activate() itself. What remains of the call
 * is the extension host's own bookkeeping, the same for any extension.
 */
const PHASES = ['fetch', 'compile', 'evaluate', 'activate'] as const;
type Phase = (typeof PHASES)[number];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The lab as the .vsix installs it: the manifest, its texts and media, and a production build. */
function labExtension(dir: string): string {
  const ext = join(dir, 'netlab');
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--dist', join(ext, 'dist')], {
    cwd: paths.root,
    stdio: 'inherit',
  });
  // .vscodeignore too: the .vsix then holds what the project's own does (no CLI).
  for (const f of ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'l10n', 'media', '.vscodeignore']) {
    cpSync(join(paths.root, f), join(ext, f), { recursive: true });
  }
  return ext;
}

function smallExtension(dir: string, id: string, main: string, manifest: Record<string, unknown> = {}): string {
  const [publisher, name] = id.split('.');
  const ext = join(dir, name!);
  mkdirSync(ext, { recursive: true });
  writeFileSync(
    join(ext, 'package.json'),
    JSON.stringify({
      name,
      publisher,
      version: '0.0.1',
      engines: { vscode: '^1.90.0' },
      browser: './extension.js',
      // Activated only when the driver asks (vsce wants the property with a browser entry).
      activationEvents: [],
      ...manifest,
    }),
  );
  writeFileSync(join(ext, 'extension.js'), main);
  return ext;
}

/** The driver's test entry: activates the extension named in roundFile and logs the times. */
function driverEntry(roundFile: string): string {
  return `exports.run = async () => {
  const vscode = require('vscode');
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const { id } = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(folder.with({ path: ${JSON.stringify(roundFile)} }))));
  const ext = vscode.extensions.getExtension(id);
  const wasActive = ext.isActive;
  const asked = performance.now();
  await ext.activate();
  const done = performance.now();
  const mark = (name) => performance.getEntriesByName('code/extHost/' + name + '/' + id, 'mark')[0]?.startTime ?? NaN;
  const [willFetch, didFetch, willLoad, didLoad] = ['willFetchExtensionCode', 'didFetchExtensionCode', 'willLoadExtensionCode', 'didLoadExtensionCode'].map(mark);
  const phases = { fetch: didFetch - willFetch, compile: willLoad - didFetch, evaluate: didLoad - willLoad, activate: done - didLoad };
  let firstCommand;
  if (id !== ${JSON.stringify(EMPTY_ID)}) {
    const before = performance.now();
    const ps = await vscode.commands.executeCommand('netlab.runCommand', { line: 'docker ps' });
    if (!ps || !String(ps.stdout).startsWith('CONTAINER ID')) throw new Error('docker ps answered ' + JSON.stringify(ps));
    firstCommand = performance.now() - before;
  }
  console.log(${JSON.stringify(MARKER)} + JSON.stringify({ id, wasActive, inWorker: typeof process === 'undefined', sinceWorkerStart: done, activateCall: done - asked, phases, firstCommand }));
};
`;
}

export async function webExtensionBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dnl-bench-web-'));
  try {
    const lab = labExtension(dir);
    const entryBytes = statSync(join(lab, 'dist', 'web', 'extension.js')).size;
    const labBytes = statSync(join(lab, 'dist', 'web', 'lab.js')).size;
    const bytes = entryBytes + labBytes;
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `web bundles, minified: ${kib(bytes)} (budget ${BUDGET_BYTES / 1024} KiB)${bytes > BUDGET_BYTES ? ' OVER BUDGET' : ''}: the entry dist/web/extension.js ${kib(entryBytes)}, the lab's code it loads on first use dist/web/lab.js ${kib(labBytes)}`,
    );
    const labId = (() => {
      const pkg = JSON.parse(readFileSync(join(lab, 'package.json'), 'utf8')) as { publisher: string; name: string };
      return `${pkg.publisher}.${pkg.name}`;
    })();
    const empty = smallExtension(dir, EMPTY_ID, 'exports.activate = () => {};\n');
    const roundFile = join(dir, 'round.json');
    const driver = smallExtension(dir, DRIVER_ID, 'exports.activate = () => {};\n');
    writeFileSync(join(driver, ENTRY), driverEntry(roundFile));
    const workspace = join(dir, 'workspace');
    mkdirSync(workspace);
    const stateDir = join(dir, 'state');
    const toolchain = await ensureToolchain(() => undefined, [CHROMIUM]);
    for (const ext of [lab, empty]) {
      const vsix = `${ext}.vsix`;
      // vsce lists every file it packs: run it quietly, as scripts/package.mjs does.
      const vsce = require.resolve('@vscode/vsce/vsce');
      const flags = ['--no-dependencies', '--allow-missing-repository', '--skip-license'];
      execFileSync(process.execPath, [vsce, 'package', ...flags, '--out', vsix], { cwd: ext, stdio: 'pipe' });
      installVsix(toolchain, stateDir, vsix);
    }
    forceWebWorker(stateDirs(stateDir).userDataDir, labId);
    const server = await startCodeServer({
      toolchain,
      stateDir,
      freshUserData: false,
      workspace,
      smokeTestDriver: true,
      env: {},
      startTimeoutMs: 60_000,
      onOutput: () => undefined,
    });
    const browser = await launchChromium();
    const figures = new Map<string, Activation[]>([
      [EMPTY_ID, []],
      [labId, []],
    ]);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      let finished: (a: Activation | undefined) => void = () => undefined;
      let last: Activation | undefined;
      await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown) => {
        const text = Array.isArray(args) ? String(args[0]) : String(args);
        if (process.env.NETLAB_BENCH_VERBOSE === '1') console.log(_level, JSON.stringify(args).slice(0, 300));
        if (text.startsWith(MARKER)) last = JSON.parse(text.slice(MARKER.length)) as Activation;
      });
      await page.exposeFunction('codeAutomationExit', () => finished(last));
      const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${path}`;
      const payload = [
        ['extensionDevelopmentPath', remote(driver)],
        ['extensionTestsPath', remote(join(driver, ENTRY))],
      ];
      const url = `http://127.0.0.1:${server.port}/?${new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) }).toString()}`;
      for (let round = 0; round < 2 * (WARM_UP + ROUNDS); round++) {
        const id = round % 2 === 0 ? EMPTY_ID : labId;
        writeFileSync(roundFile, JSON.stringify({ id }));
        last = undefined;
        const done = new Promise<Activation | undefined>((resolve) => (finished = resolve));
        await page.goto(url);
        const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 60_000).unref());
        const a = await Promise.race([done, timeout]);
        if (!a || a.id !== id) throw new Error(`round ${round + 1}: no activation figure for ${id}`);
        if (a.wasActive) throw new Error(`round ${round + 1}: ${id} was active before it was asked`);
        if (!a.inWorker) throw new Error(`round ${round + 1}: ${id} ran outside the web worker`);
        if (round >= 2 * WARM_UP) figures.get(id)!.push(a);
      }
    } finally {
      await browser.close().catch(() => undefined);
      await server.stop();
    }
    const of = (id: string, key: 'sinceWorkerStart' | 'activateCall') => median(figures.get(id)!.map((a) => a[key]));
    const range = (id: string, key: 'sinceWorkerStart' | 'activateCall') => {
      const xs = figures.get(id)!.map((a) => a[key]);
      return `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
    };
    const emptyStart = of(EMPTY_ID, 'sinceWorkerStart');
    const labStart = of(labId, 'sinceWorkerStart');
    const ratio = labStart / emptyStart;
    console.log(
      `web worker activation, worker start to activate() done: ${labStart.toFixed(0)} ms (${range(labId, 'sinceWorkerStart')}) against an empty web extension's ${emptyStart.toFixed(0)} ms (${range(EMPTY_ID, 'sinceWorkerStart')}), ${ratio.toFixed(2)}x (budget ${BUDGET_RATIO}x)${ratio > BUDGET_RATIO ? ' OVER BUDGET' : ''}`,
    );
    const callRatio = of(labId, 'activateCall') / of(EMPTY_ID, 'activateCall');
    console.log(
      `web worker activate() call alone (loading the code included): ${of(labId, 'activateCall').toFixed(0)} ms (${range(labId, 'activateCall')}) against the empty extension's ${of(EMPTY_ID, 'activateCall').toFixed(0)} ms (${range(EMPTY_ID, 'activateCall')}), ${callRatio.toFixed(2)}x (budget ${BUDGET_RATIO}x)${callRatio > BUDGET_RATIO ? ' OVER BUDGET' : ''}; medians of ${ROUNDS} fresh workers each`,
    );
    const phases = (id: string) =>
      PHASES.map((p) => `${p} ${median(figures.get(id)!.map((a) => a.phases[p])).toFixed(0)}`).join(', ');
    console.log(`  its parts in ms (medians): the lab's ${phases(labId)}; the empty extension's ${phases(EMPTY_ID)}`);
    const firsts = figures.get(labId)!.map((a) => a.firstCommand ?? NaN);
    console.log(
      `web worker first command after activation (docker ps; loads the lab's code): ${median(firsts).toFixed(0)} ms (${Math.min(...firsts).toFixed(0)}-${Math.max(...firsts).toFixed(0)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
