// `npm start`: installs the packaged .vsix into a cached code-server and serves VS Code on the
// examples/ folder at a printed local URL, for trying the extension as a user would.
// `npm run start:web` (--web) does the same with the extension in the browser's web-worker
// extension host, as vscode.dev runs it: its own profile, with remote.extensionKind set to web.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureToolchain } from './codeServer/install';
import { installVsix } from './codeServer/installVsix';
import { startCodeServer } from './codeServer/launch';
import { paths } from './codeServer/projectPaths';
import { stateDirs } from './codeServer/stateDir';
import { forceWebWorker } from './codeServer/webWorker';

const port = Number(process.env.PORT ?? 8080);
const web = process.argv.includes('--web');

async function main(): Promise<number> {
  const pkg = JSON.parse(readFileSync(join(paths.root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    publisher: string;
  };
  const vsix = join(paths.root, `${pkg.name}-${pkg.version}.vsix`);
  const toolchain = await ensureToolchain((line) => console.log(line));
  // Kept between runs, so settings and opened editors survive a restart. The web build has a
  // profile of its own: its setting would move npm start's extension into the browser too.
  const stateDir = join(paths.cache, web ? 'start-web' : 'start');
  installVsix(toolchain, stateDir, vsix);
  if (web) forceWebWorker(stateDirs(stateDir).userDataDir, `${pkg.publisher}.${pkg.name}`);
  const server = await startCodeServer({
    toolchain,
    stateDir,
    freshUserData: false,
    workspace: paths.workspace,
    port,
    smokeTestDriver: false,
    env: {},
    startTimeoutMs: 120_000,
    onOutput: (line, stream) => (stream === 'stderr' ? console.error(line) : console.log(line)),
  });
  console.log(
    `\nDocker Network Lab is installed${web ? ", in the browser's web-worker extension host" : ''}. Open http://127.0.0.1:${port}/?folder=${encodeURIComponent(paths.workspace)}\nPress Ctrl+C to stop.`,
  );
  // code-server runs in its own process group, so Ctrl+C or a closed terminal reaches only this
  // process: pass it on, or the server would outlive it.
  const stop = (): void => void server.stop();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  return (await server.exited) ?? 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
