// Starts code-server in a process group of its own and stops the whole group: it leaves
// file-watcher children behind otherwise. One launcher for both users: the e2e run (free port,
// fresh profile, smoke-test driver) and npm start (fixed port, profile kept between runs).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Toolchain } from './install';
import { stateDirArgs, stateDirEnv, stateDirs } from './stateDir';

export interface LaunchOptions {
  toolchain: Toolchain;
  /** Folder for user data, extensions and code-server's own config (see stateDir.ts). */
  stateDir: string;
  /** Deletes user data left in stateDir by an earlier launch, so VS Code starts on a new profile. */
  freshUserData: boolean;
  /** Folder VS Code opens. */
  workspace: string;
  /** Port to listen on; a free one is picked when absent. */
  port?: number;
  /**
   * VS Code's enable-smoke-test-driver option: a built VS Code ignores a test payload in the URL
   * (extensionDevelopmentPath, extensionTestsPath) without it; see resolveExtensionHostDebugEnvironment
   * in microsoft/vscode src/vs/workbench/services/environment/browser/environmentService.ts.
   */
  smokeTestDriver: boolean;
  /** VS Code's display language (code-server's --locale), e.g. `zh-cn`; its default otherwise. */
  locale?: string;
  /** Extra environment for the server and the extension host it starts. */
  env: NodeJS.ProcessEnv;
  onOutput(line: string, stream: 'stdout' | 'stderr'): void;
  startTimeoutMs: number;
}

export interface CodeServer {
  port: number;
  userDataDir: string;
  /** Resolves with the exit code (null when killed by a signal) once the server is gone. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Resolves once code-server listens; rejects (and stops it) when it exits or times out first. */
export async function startCodeServer(o: LaunchOptions): Promise<CodeServer> {
  const port = o.port ?? (await freePort());
  const { userDataDir, extensionsDir, configFile } = stateDirs(o.stateDir);
  if (o.freshUserData) rmSync(userDataDir, { recursive: true, force: true });
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const child = spawn(
    o.toolchain.node24,
    [
      o.toolchain.codeServerEntry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--config',
      configFile,
      ...stateDirArgs(o.stateDir),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...(o.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ...(o.locale ? ['--locale', o.locale] : []),
      o.workspace,
    ],
    {
      env: { ...process.env, ...stateDirEnv(o.stateDir), ...o.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

  const pgid = child.pid;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Last resort if this process dies before stop(): never leave the group behind.
  const killOnExit = (): void => killGroup(pgid, 'SIGKILL');
  process.on('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    killGroup(pgid, 'SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), sleep(5000).then(() => true)]);
    // The leader may be gone while children linger; SIGKILL the group either way.
    killGroup(pgid, 'SIGKILL');
    if (timedOut) await Promise.race([exited, sleep(2000)]);
  };

  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`code-server did not listen within ${o.startTimeoutMs / 1000} s`)),
      o.startTimeoutMs,
    );
    const onLine =
      (stream: 'stdout' | 'stderr') =>
      (line: string): void => {
        if (!line.trim()) return;
        o.onOutput(line, stream);
        if (line.includes('HTTP server listening on')) {
          clearTimeout(timer);
          resolve();
        }
      };
    createInterface({ input: child.stdout }).on('line', onLine('stdout'));
    createInterface({ input: child.stderr }).on('line', onLine('stderr'));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (code ${child.exitCode})`));
    });
  });
  try {
    await listening;
  } catch (e) {
    await stop();
    throw e;
  }
  return { port, userDataDir, exited, stop };
}

function killGroup(pgid: number | undefined, signal: NodeJS.Signals): void {
  if (!pgid) return;
  try {
    process.kill(-pgid, signal);
  } catch {
    /* group already gone */
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
