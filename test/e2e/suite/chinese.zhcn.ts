// Runs in a VS Code whose display language is Simplified Chinese (code-server --locale zh-cn):
// the view's title and the commands' titles come from package.nls.zh-cn.json, and the
// extension's messages from l10n/bundle.l10n.zh-cn.json.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import * as bridge from '../bridge';
import { hoverAt, hoverText, openExample, positionOf } from '../editorHelpers';

const ID = 'netlab.docker-network-lab';

suite('Simplified Chinese', () => {
  test('the display language is zh-cn and the manifest is read in Chinese', () => {
    assert.equal(vscode.env.language, 'zh-cn');
    const pkg = vscode.extensions.getExtension(ID)?.packageJSON as {
      contributes: {
        views: Record<string, Array<{ name: string }>>;
        commands: Array<{ command: string; title: string | { value: string; original: string } }>;
      };
    };
    assert.equal(pkg.contributes.views['netlab']![0]!.name, '网络实验室');
    // Localized command titles keep the English as `original` (for the palette's English search).
    assert.deepEqual(pkg.contributes.commands.find((c) => c.command === 'netlab.resetLab')?.title, {
      value: '重置实验',
      original: 'Reset Lab',
    });
  });

  test('the view title and a command title show in Chinese in the workbench', async function () {
    if (!bridge.available()) {
      console.log('skipped: needs the DOM bridge, which only the code-server runner provides');
      this.skip();
    }
    await vscode.extensions.getExtension(ID)?.activate();
    await vscode.commands.executeCommand('workbench.view.extension.netlab');
    const titles = await bridge.waitFor('the view title', async () => {
      const found = await bridge.texts('.pane-header .title, .composite.title .title-label');
      return found.some((t) => t.includes('网络实验室')) ? found : undefined;
    });
    assert.ok(
      titles.some((t) => t.includes('网络实验室')),
      titles.join(' | '),
    );
    // The palette shows "category: title" in the display language; running it proves it is there.
    await bridge.runCommand('网络实验室: 打开实验终端');
    await bridge.waitFor('the lab terminal', () => Promise.resolve(vscode.window.terminals.length > 0 || undefined));
    await bridge.screenshot('zh-cn');
  });

  test('a compose hover explains network_mode in Chinese, with what it means in this file', async () => {
    await vscode.extensions.getExtension(ID)?.activate();
    const doc = await openExample('compose/compose.yaml');
    const text = hoverText(await hoverAt(doc, positionOf(doc, 'network_mode', 2)));
    assert.match(text, /让服务的容器使用一个已有的网络命名空间/);
    assert.match(text, /在此文件中/);
    assert.match(text, /Compose 文件参考文档/);
  });
});
