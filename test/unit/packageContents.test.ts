// What the .vsix holds (vsce ls, which applies .vscodeignore): what the installed extension uses,
// and nothing of the CLI, the sources, the tests or the toolchain.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

describe('the .vsix contents', function () {
  this.timeout(60_000);

  it('are the bundles, the manifest and its translations, the media and the three documents', () => {
    const listed = execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'ls'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((line) => line !== '');
    const strays = listed.filter(
      (f) =>
        !/^(dist\/(web\/)?extension\.js|dist\/web\/lab\.js|dist\/webview\/(main|layoutWorker)\.js|package\.json|package\.nls(\.[\w-]+)?\.json|l10n\/bundle\.l10n\.[\w-]+\.json|media\/(icon\.png|netlab\.svg|screenshot\.png|screenshots\/[\w-]+\.png|walkthrough\/\w+\.(md|svg))|README\.md|CHANGELOG\.md|LICENSE)$/.test(
          f,
        ),
    );
    assert.deepEqual(strays, []);
    for (const needed of [
      'dist/extension.js',
      // The browser's entry (package.json "browser"): vscode.dev, github.dev, code-server's web host.
      'dist/web/extension.js',
      // The lab's code, which that entry loads on first use.
      'dist/web/lab.js',
      'package.nls.zh-cn.json',
      'media/icon.png',
      'media/walkthrough/bridge.md',
      // The README's screenshots ship inside the .vsix.
      'media/screenshot.png',
      'media/screenshots/tree.png',
      'media/screenshots/diagram.png',
      // The diagram's webview: its bundle and ELK's layout worker.
      'dist/webview/main.js',
      'dist/webview/layoutWorker.js',
    ]) {
      assert.ok(listed.includes(needed), `${needed} is not in the .vsix`);
    }
  });
});
