// Puts an extension into the browser's web-worker extension host. An extension with both a `main`
// and a `browser` entry goes to the Node host; VS Code's `remote.extensionKind` setting, written
// into the profile's user settings before code-server starts, makes it a "web" one (see
// ExtensionManifestPropertiesService.getExtensionKind in microsoft/vscode
// src/vs/workbench/services/extensions/common/extensionManifestPropertiesService.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Adds `remote.extensionKind: { [extensionId]: ['web'] }` and the extra settings to
 * <userDataDir>/User/settings.json, keeping what is there (a file that is not plain JSON is an error).
 */
export function forceWebWorker(userDataDir: string, extensionId: string, extra: Record<string, unknown> = {}): void {
  const dir = join(userDataDir, 'User');
  const file = join(dir, 'settings.json');
  let settings: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${file} is not plain JSON (${e instanceof Error ? e.message : String(e)}): fix or delete it`);
    }
  }
  const kinds = (settings['remote.extensionKind'] ?? {}) as Record<string, unknown>;
  settings['remote.extensionKind'] = { ...kinds, [extensionId]: ['web'] };
  Object.assign(settings, extra);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}
