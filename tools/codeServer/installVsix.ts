// Installs a packaged .vsix into a code-server state folder, as a user's "Install from VSIX" would.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Toolchain } from './install';
import { stateDirArgs, stateDirEnv } from './stateDir';

export function installVsix(toolchain: Toolchain, stateDir: string, vsix: string): void {
  mkdirSync(stateDir, { recursive: true });
  // --force replaces an earlier install of the same version with the freshly packaged one.
  execFileSync(
    toolchain.node24,
    [toolchain.codeServerEntry, ...stateDirArgs(stateDir), '--force', '--install-extension', vsix],
    {
      stdio: 'inherit',
      env: { ...process.env, ...stateDirEnv(stateDir) },
    },
  );
}
