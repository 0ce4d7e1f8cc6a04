// The bridge's action table: what a test in the extension host may ask the Playwright side to do
// on the workbench DOM. To add one: declare it in protocol.ts, add its handler here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { ActionName, BridgeActions, TreeRow } from './protocol';

export interface ActionContext {
  page: Page;
  artifactsDir: string;
  /** View id -> its view container id and display name, from package.json contributes.views. */
  views: Map<string, { container: string; name: string }>;
}

type Handler<K extends ActionName> = (
  ctx: ActionContext,
  ...args: BridgeActions[K]['args']
) => Promise<BridgeActions[K]['result']>;
type ActionTable = { [K in ActionName]: Handler<K> };

const QUICK_INPUT = '.quick-input-widget';

export const actions: ActionTable = {
  'quickInput.submit': async ({ page }, text) => {
    const widget = page.locator(QUICK_INPUT);
    await widget.waitFor({ state: 'visible', timeout: 15_000 });
    const input = widget.locator('.quick-input-box input');
    await input.fill(text);
    // A quick pick filters as it is typed into; let the filtered item become the active one.
    if ((await widget.locator('.quick-input-list .monaco-list-row').count()) > 0) {
      await waitUntil(
        async () => (await focusedItemText(widget)).toLowerCase().includes(text.toLowerCase()),
        2000,
      ).catch(() => undefined);
    }
    const before = await promptState(widget);
    await input.press('Enter');
    // Done when the prompt closed or was replaced by the next step of a multi-step input.
    await waitUntil(async () => !(await widget.isVisible()) || (await promptState(widget)) !== before, 5000).catch(
      async () => {
        const message = await widget
          .locator('.quick-input-message')
          .innerText()
          .catch(() => '');
        throw new Error(`quick input stayed open after Enter with "${text}"${message ? `: ${message}` : ''}`);
      },
    );
    return null;
  },

  'quickInput.validation': async ({ page }, text) => {
    const widget = page.locator(QUICK_INPUT);
    await widget.waitFor({ state: 'visible', timeout: 15_000 });
    await widget.locator('.quick-input-box input').fill(text);
    // The extension host validates after the value reaches it; a message shows with the input box
    // decorated by its severity (VS Code's InputBox.showMessage adds error, warning or info).
    const decorated = widget.locator('.quick-input-box .monaco-inputbox:is(.error, .warning, .info)');
    const message = widget.locator('.quick-input-message');
    let last = '';
    const shown = await waitUntil(async () => {
      if ((await decorated.count()) === 0) return false;
      const now = (await message.innerText()).trim();
      // Stable over two reads: not the message of the value typed before.
      const settled = now !== '' && now === last;
      last = now;
      return settled;
    }, 3000).then(
      () => true,
      () => false,
    );
    return shown ? last : '';
  },

  'tree.rows': async ({ page, views }, viewId) => {
    const view = views.get(viewId);
    if (!view) throw new Error(`unknown view ${viewId}: not in package.json contributes.views`);
    const container = page.locator(`[id="workbench.view.extension.${view.container}"]`);
    if ((await container.count()) === 0) throw new Error(`view container ${view.container} is not open`);
    const panes = container.locator('.pane');
    const named = panes.filter({ has: page.locator(`.pane-header[aria-label^="${view.name}" i]`) });
    const pane = (await named.count()) > 0 ? named.first() : (await panes.count()) === 1 ? panes.first() : undefined;
    if (!pane) throw new Error(`no pane named ${view.name} in view container ${view.container}`);
    const rows: TreeRow[] = [];
    for (const row of await pane.locator('.monaco-list-row').all()) {
      // allTextContents does not wait, so a row without a description reads as ''.
      rows.push({
        label: (await row.locator('.label-name').allTextContents()).join('').trim(),
        description: (await row.locator('.label-description').allTextContents()).join('').trim(),
        depth: Number((await row.getAttribute('aria-level', { timeout: 1000 }).catch(() => null)) ?? 1),
      });
    }
    return rows;
  },

  screenshot: async ({ page, artifactsDir }, name) => {
    mkdirSync(artifactsDir, { recursive: true });
    const path = join(artifactsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path });
    return path;
  },

  'dom.texts': async ({ page }, selector) => page.locator(selector).allTextContents(),

  'command.run': async ({ page }, title) => {
    await page.keyboard.press('F1');
    const widget = page.locator(QUICK_INPUT);
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    await widget.locator('.quick-input-box input').fill(`>${title}`);
    await waitUntil(async () => (await focusedItemText(widget)).includes(title), 5000).catch(() => {
      throw new Error(`no command titled "${title}" in the command palette`);
    });
    await widget.locator('.quick-input-box input').press('Enter');
    return null;
  },
};

async function focusedItemText(widget: Locator): Promise<string> {
  return (await widget.locator('.quick-input-list .monaco-list-row.focused').allInnerTexts()).join(' ');
}

/** What identifies the prompt on screen, to notice when it is replaced. */
async function promptState(widget: Locator): Promise<string> {
  const input = widget.locator('.quick-input-box input');
  return JSON.stringify([
    await widget.locator('.quick-input-title').allTextContents(),
    await input.getAttribute('placeholder', { timeout: 1000 }).catch(() => null),
    await input.getAttribute('aria-label', { timeout: 1000 }).catch(() => null),
    await input.inputValue({ timeout: 1000 }).catch(() => null),
  ]);
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
