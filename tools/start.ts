// `npm start`: installs the packaged .vsix into a cached code-server and serves VS Code on the
// examples/ folder at a printed local URL, for trying the extension as a user would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureToolchain } from './codeServer/install';
import { installVsix } from './codeServer/installVsix';
import { startCodeServer } from './codeServer/launch';
import { paths } from './codeServer/projectPaths';

const port = Number(process.env.PORT ?? 8080);

async function main(): Promise<number> {
  const pkg = JSON.parse(readFileSync(join(paths.root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = join(paths.root, `${pkg.name}-${pkg.version}.vsix`);
  const toolchain = await ensureToolchain((line) => console.log(line));
  // Kept between runs, so settings and opened editors survive a restart.
  const stateDir = join(paths.cache, 'start');
  installVsix(toolchain, stateDir, vsix);
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
    `\nDocker Network Lab is installed. Open http://127.0.0.1:${port}/?folder=${encodeURIComponent(paths.workspace)}\nPress Ctrl+C to stop.`,
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
