// One e2e run: code-server + headless Chromium open the workbench with the test payload, the
// extension host runs out/test/e2e/index.js, and this side relays its console, answers bridge
// requests and reads the result line. Everything started here is stopped before returning.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { ensureToolchain } from '../../../tools/codeServer/install';
import { startCodeServer, type CodeServer } from '../../../tools/codeServer/launch';
import { stateDirs } from '../../../tools/codeServer/stateDir';
import { forceWebWorker } from '../../../tools/codeServer/webWorker';
import type { ActionContext } from './actions';
import { BridgeHost } from './bridgeHost';
import { installDisplayLanguage } from './displayLanguage';
import { CHROMIUM, launchChromium } from './browser';
import { extensionErrors, mentionsExtension } from './hostLog';
import { joinArgs, shouldShow } from './hostOutput';
import { paths } from './project';
import {
  BRIDGE_ENV,
  BRIDGE_SETTING,
  HOST_SETTING,
  RESULT_MARKER,
  SUITES_ENV,
  SUITES_SETTING,
  type E2EResult,
  type ExtensionHostKind,
} from './protocol';

export interface E2EOutcome extends E2EResult {
  /** Why the run itself went wrong (could not start, timed out, no result); each counts as a failure. */
  problems: string[];
}

export interface E2EOptions {
  timeoutMs?: number;
  /** VS Code's display language for this run (code-server --locale). */
  locale?: string;
  /** Which suites the entry runs: files under test/e2e/suite ending so (see test/e2e/index.ts). */
  suites?: string;
  /**
   * The extension host: `node` (the default; code-server's server runs it) or `web`, the browser's
   * web worker as on vscode.dev, with the suites bundled by test/e2e/web/index.ts.
   */
  host?: ExtensionHostKind;
}

export async function runE2E(
  log: (line: string) => void,
  { timeoutMs = 5 * 60_000, locale, suites, host = 'node' }: E2EOptions = {},
): Promise<E2EOutcome> {
  const outcome: E2EOutcome = { passed: 0, failed: 0, pending: 0, vscodeVersion: 'unknown', problems: [] };
  const toolchain = await ensureToolchain(log, [CHROMIUM]).catch((e: unknown) => {
    outcome.problems.push(`e2e could not start: ${message(e)}`);
    return undefined;
  });
  if (!toolchain) return outcome;
  const web = host === 'web';
  const entry = web ? paths.e2eWebEntry : paths.e2eEntry;
  if (!existsSync(entry)) {
    outcome.problems.push(`e2e could not start: ${entry} is missing; run node scripts/build.mjs first`);
    return outcome;
  }
  const manifest = readManifest();
  // No "netlab" in this path: errors naming it would look like the extension's own.
  const tmp = mkdtempSync(join(tmpdir(), 'dnl-e2e-'));
  const bridgeDir = join(tmp, 'bridge');
  mkdirSync(bridgeDir);
  mkdirSync(paths.workspace, { recursive: true });
  const serverLines: string[] = [];
  /** The web worker's errors naming the extension (it writes no host log on the server). */
  const workerErrors = new Set<string>();
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    if (locale) await installDisplayLanguage(toolchain, tmp, locale);
    // The worker has no environment: the bridge folder and the suites come as user settings.
    if (web) {
      forceWebWorker(stateDirs(tmp).userDataDir, manifest.id, {
        [BRIDGE_SETTING]: bridgeDir,
        [HOST_SETTING]: 'web',
        ...(suites ? { [SUITES_SETTING]: suites } : {}),
      });
    }
    server = await startCodeServer({
      toolchain,
      stateDir: tmp,
      // tmp is new; a display language leaves its pack's registration in the user data, and the
      // web run its settings.
      freshUserData: locale === undefined && !web,
      workspace: paths.workspace,
      smokeTestDriver: true,
      env: { [BRIDGE_ENV]: bridgeDir, ...(suites ? { [SUITES_ENV]: suites } : {}) },
      ...(locale ? { locale } : {}),
      startTimeoutMs: 60_000,
      onOutput: (line) => {
        serverLines.push(line);
        if (process.env.NETLAB_E2E_VERBOSE === '1') log(`code-server: ${line}`);
      },
    });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const ctx: ActionContext = { page, artifactsDir: paths.artifacts, views: manifest.views };
    const bridge = new BridgeHost(bridgeDir, ctx, log);
    let result: E2EResult | undefined;
    // The workbench's automation hooks (IAutomatedWindow in microsoft/vscode
    // src/vs/platform/log/browser/log.ts): its log, with the extension host's console, and the exit.
    await page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => {
      const text = joinArgs(args);
      if (bridge.handle(text)) return;
      if (web && level === 'error' && mentionsExtension(text, manifest.id, paths.root)) workerErrors.add(text);
      if (text.startsWith(RESULT_MARKER)) result = parseResult(text.slice(RESULT_MARKER.length), log);
      else if (shouldShow(level, text)) log(level === 'error' || level === 'warn' ? `[${level}] ${text}` : text);
    });
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => {
      exited = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    page.on('crash', () => exited(-1));
    browser.on('disconnected', () => exited(-1));
    await page.goto(testUrl(server.port, entry));
    // unref: this timer alone must not keep a finished run's process alive.
    const timedOut = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const code = await Promise.race([exit, timedOut]);
    await Promise.race([bridge.idle(), sleep(5000)]);
    if (code === 'timeout') outcome.problems.push(`e2e timed out after ${timeoutMs / 1000} s`);
    else if (!result) outcome.problems.push(`extension tests exited with code ${code} without reporting a result`);
    else if ((code === 0) !== (result.failed === 0))
      outcome.problems.push(`exit code ${code} does not match ${result.failed} failed`);
    if (result) Object.assign(outcome, result);
  } catch (e) {
    outcome.problems.push(`e2e run failed: ${message(e)}`);
    if (!server) log(serverLines.slice(-30).join('\n'));
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    // A clean extension host log is one more check: errors there fail it once, however many.
    const errors = [...(server ? extensionErrors(server.userDataDir, manifest.id, paths.root) : []), ...workerErrors];
    if (errors.length > 0) {
      outcome.failed++;
      log(`\nextension host log: ${errors.length} error(s) mentioning ${manifest.id} (counted as 1 failed test):`);
      for (const error of errors.slice(0, 10)) log(error.split('\n').slice(0, 12).join('\n'));
    }
    // NETLAB_E2E_KEEP=1 keeps user data and logs for a look after the run.
    if (process.env.NETLAB_E2E_KEEP === '1') log(`e2e: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  return outcome;
}

/** The workbench URL whose payload makes it load this extension and run the e2e entry. */
function testUrl(port: number, entry: string): string {
  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(paths.root)],
    ['extensionTestsPath', remote(entry)],
  ];
  return `http://127.0.0.1:${port}/?${new URLSearchParams({ folder: paths.workspace, payload: JSON.stringify(payload) }).toString()}`;
}

function parseResult(json: string, log: (line: string) => void): E2EResult | undefined {
  try {
    return JSON.parse(json) as E2EResult;
  } catch {
    log(`e2e: unreadable result line: ${json}`);
    return undefined;
  }
}

interface Manifest {
  id: string;
  views: ActionContext['views'];
}

function readManifest(): Manifest {
  const pkg = JSON.parse(readFileSync(join(paths.root, 'package.json'), 'utf8')) as {
    name: string;
    publisher: string;
    contributes?: { views?: Record<string, { id: string; name: string }[]> };
  };
  // Names may be %keys% of package.nls.json (the English the workbench shows in the tests).
  const nls = JSON.parse(readFileSync(join(paths.root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const localized = (text: string) => text.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
  const views: ActionContext['views'] = new Map();
  for (const [container, list] of Object.entries(pkg.contributes?.views ?? {})) {
    for (const view of list) views.set(view.id, { container, name: localized(view.name) });
  }
  return { id: `${pkg.publisher}.${pkg.name}`, views };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
