// `npm start`: installs the packaged .vsix into a cached code-server and serves VS Code on the
// examples/ folder at a printed local URL, for trying the extension as a user would.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeServerHomeEnv, ensureToolchain } from '../test/e2e/runner/install';
import { paths } from '../test/e2e/runner/project';

const port = Number(process.env.PORT ?? 8080);

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(paths.root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = join(paths.root, `${pkg.name}-${pkg.version}.vsix`);
  const { node24, codeServerEntry } = await ensureToolchain((line) => console.log(line));
  const home = join(paths.cache, 'start');
  const dirs = ['--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions')];
  mkdirSync(home, { recursive: true });
  const env = { ...process.env, ...codeServerHomeEnv(home) };
  execFileSync(node24, [codeServerEntry, ...dirs, '--force', '--install-extension', vsix], { stdio: 'inherit', env });
  const server = spawn(node24, [
    codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', join(home, 'config.yaml'), ...dirs,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', paths.workspace,
  ], { stdio: ['ignore', 'pipe', 'inherit'], env });
  server.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes('HTTP server listening on')) {
      console.log(`\nDocker Network Lab is installed. Open http://127.0.0.1:${port}/?folder=${encodeURIComponent(paths.workspace)}\nPress Ctrl+C to stop.`);
    }
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
