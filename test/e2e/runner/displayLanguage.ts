// VS Code shows a display language only when a language pack for it is installed, and an offline
// test bed cannot fetch Microsoft's. The fixture in test/e2e/fixtures/<locale>-display-language is a
// pack without translations: VS Code's own UI stays English, but vscode.env.language is the
// locale, so the extension's package.nls.<locale>.json and l10n bundle are what it shows.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVSIX } from '@vscode/vsce';
import type { Toolchain } from '../../../tools/codeServer/install';
import { installVsix } from '../../../tools/codeServer/installVsix';
import { stateDirs } from '../../../tools/codeServer/stateDir';
import { paths } from './project';

export async function installDisplayLanguage(toolchain: Toolchain, stateDir: string, locale: string): Promise<void> {
  const fixture = join(paths.root, 'test', 'e2e', 'fixtures', `${locale}-display-language`);
  if (!existsSync(fixture)) throw new Error(`no display-language fixture for ${locale} at ${fixture}`);
  const vsix = join(stateDir, `${locale}-display-language.vsix`);
  await createVSIX({
    cwd: fixture,
    packagePath: vsix,
    dependencies: false,
    allowMissingRepository: true,
    skipLicense: true,
  });
  installVsix(toolchain, stateDir, vsix);
  registerLanguagePack(stateDir, fixture, locale);
}

/**
 * The server finds packs through <user-data>/languagepacks.json, which it writes only when a pack is
 * installed through the UI (LanguagePacksCache in microsoft/vscode
 * src/vs/platform/languagePacks/node/languagePacks.ts); a command-line install does not, so write it.
 */
function registerLanguagePack(stateDir: string, fixture: string, locale: string): void {
  const manifest = JSON.parse(readFileSync(join(fixture, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  const id = `${manifest.publisher}.${manifest.name}`;
  const { userDataDir, extensionsDir } = stateDirs(stateDir);
  const installed = readdirSync(extensionsDir).find((d) => d.toLowerCase().startsWith(id.toLowerCase()));
  if (!installed) throw new Error(`the ${locale} display-language pack did not install into ${extensionsDir}`);
  mkdirSync(userDataDir, { recursive: true });
  const packs = {
    [locale]: {
      hash: `${manifest.name}-${manifest.version}`,
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: { vscode: join(extensionsDir, installed, 'translations', 'main.i18n.json') },
      label: locale,
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}
