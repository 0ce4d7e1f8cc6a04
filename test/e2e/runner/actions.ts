// The bridge's action table: what a test in the extension host may ask the Playwright side to do
// on the workbench DOM. To add one: declare it in protocol.ts, add its handler here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import type { ActionName, BridgeActions, TreeRow, WalkthroughStepState, WebviewElement } from './protocol';

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
    // The extension host validates after the value reaches it; a message shows with the input box
    // decorated by its severity (VS Code's InputBox.showMessage adds error, warning or info).
    const decorated = widget.locator('.quick-input-box .monaco-inputbox:is(.error, .warning, .info)');
    const message = widget.locator('.quick-input-message');
    const readMessage = async () => ((await decorated.count()) === 0 ? '' : (await message.innerText()).trim());
    // The message of the value typed before stays until the host answers for this one: a busy host
    // may take longer than two reads, so that message counts only once it has stood for a second.
    const before = await readMessage();
    await widget.locator('.quick-input-box input').fill(text);
    const filled = Date.now();
    let last = '';
    const shown = await waitUntil(async () => {
      const now = await readMessage();
      // Stable over two reads, and not the earlier value's unless it has stayed.
      const settled = now !== '' && now === last && (now !== before || Date.now() - filled > 1000);
      last = now;
      return settled;
    }, 3000).then(
      () => true,
      () => false,
    );
    return shown ? last : '';
  },

  'tree.rows': async (ctx, viewId) => allRows(ctx.page, await viewPane(ctx, viewId)),

  // Right-clicks the last shown row with this label (a container's row in the Containers section
  // comes after its rows under Networks) and clicks the context menu's item with this title.
  'tree.contextMenu': async (ctx, viewId, label, itemTitle) => {
    const { page } = ctx;
    const pane = await viewPane(ctx, viewId);
    const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = pane
      .locator('.monaco-list-row:not(.monaco-tree-sticky-row)')
      .filter({ has: page.locator('.label-name', { hasText: exactly(label) }) })
      .last();
    await row.click({ button: 'right', timeout: 10_000 });
    const item = page.locator('.context-view .monaco-menu .action-label', { hasText: exactly(itemTitle) }).first();
    await item.waitFor({ state: 'visible', timeout: 5000 }).catch(async () => {
      const shown = await page.locator('.context-view .monaco-menu .action-label').allTextContents();
      await page.keyboard.press('Escape');
      throw new Error(`no "${itemTitle}" in the context menu of ${label}; it shows: ${shown.join(' | ')}`);
    });
    // A monaco menu ignores a click that comes too soon after it opened (the right-click's own
    // mouse-up must not pick an item): focus the item by hovering it, then press Enter.
    await item.hover();
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ state: 'hidden', timeout: 3000 }).catch(async () => {
      await item.click();
      await menu.waitFor({ state: 'hidden', timeout: 3000 });
    });
    return null;
  },

  'editor.hover': async ({ page }, token) => {
    // Monaco draws each token of a line as a span inside the line's span.
    const span = page
      .locator('.monaco-editor .view-lines .view-line span > span')
      .filter({ hasText: new RegExp(`^${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .first();
    await span.waitFor({ state: 'visible', timeout: 10_000 });
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents').first();
    // Resting the pointer on the token shows the hover after editor.hover.delay (300 ms); a
    // pointer that arrived while the editor was still laying out may need to move again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const box = await span.boundingBox();
      if (box) await page.mouse.move(box.x + Math.min(4, box.width / 2), box.y + box.height / 2, { steps: 4 });
      const shown = await hover.waitFor({ state: 'visible', timeout: 5000 }).then(
        () => true,
        () => false,
      );
      if (shown) break;
      await page.mouse.move(0, 0);
    }
    await waitUntil(async () => {
      const text = (await hover.innerText()).trim();
      return text !== '' && !text.includes('Loading');
    }, 10_000);
    return (await hover.innerText()).trim();
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

  // The open walkthrough's steps: each step's checkbox carries data-done-step-id and aria-checked
  // (microsoft/vscode src/vs/workbench/contrib/welcomeGettingStarted/browser/gettingStarted.ts).
  'walkthrough.steps': async ({ page }) => {
    const boxes = page.locator('.gettingStartedContainer [data-done-step-id]');
    await boxes.first().waitFor({ state: 'attached', timeout: 10_000 });
    const steps: WalkthroughStepState[] = [];
    for (const box of await boxes.all()) {
      steps.push({
        id: (await box.getAttribute('data-done-step-id')) ?? '',
        done: (await box.getAttribute('aria-checked')) === 'true',
      });
    }
    return steps;
  },

  'terminal.type': async ({ page }, text) => {
    await focusTerminal(page);
    await page.keyboard.type(text);
    return null;
  },

  'terminal.press': async ({ page }, key) => {
    await focusTerminal(page);
    await page.keyboard.press(key);
    return null;
  },

  // The DOM renderer's rows (the workspace turns GPU acceleration off, so xterm draws to the DOM).
  'terminal.rows': async ({ page }) => {
    const rows = activeTerminal(page).locator('.xterm-rows > div');
    return (await rows.allTextContents()).map((row) => row.replace(/\u00a0/g, ' ').trimEnd());
  },

  'webview.query': async ({ page }, selector, marker) => {
    const frame = await webviewFrame(page, marker);
    if (!frame) return [];
    // One round trip: the page may redraw between two reads.
    return frame.locator(selector).evaluateAll((elements: PageElement[]): WebviewElement[] =>
      elements.map((el) => ({
        tag: el.tagName.toLowerCase(),
        attributes: Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])),
        text: (el.textContent ?? '').trim(),
      })),
    );
  },

  'webview.click': async ({ page }, selector, marker) => {
    const frame = await webviewFrame(page, marker);
    if (!frame) throw new Error(`no webview shows ${marker}`);
    await frame.locator(selector).first().click({ timeout: 10_000 });
    return null;
  },
};

/** The page of a webview: the frame (VS Code nests each webview in two iframes) whose document has `marker`. */
async function webviewFrame(page: Page, marker: string): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.isDetached()) continue;
    const found = await frame
      .locator(marker)
      .count()
      .catch(() => 0);
    if (found > 0) return frame;
  }
  return undefined;
}

/** The part of the DOM the webview reader uses (the runner is compiled without the DOM library). */
interface PageElement {
  readonly tagName: string;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  readonly textContent: string | null;
}

/** The pane of a contributed view in its open view container. */
async function viewPane({ page, views }: ActionContext, viewId: string): Promise<Locator> {
  const view = views.get(viewId);
  if (!view) throw new Error(`unknown view ${viewId}: not in package.json contributes.views`);
  const container = page.locator(`[id="workbench.view.extension.${view.container}"]`);
  if ((await container.count()) === 0) throw new Error(`view container ${view.container} is not open`);
  const panes = container.locator('.pane');
  const named = panes.filter({ has: page.locator(`.pane-header[aria-label^="${view.name}" i]`) });
  const pane = (await named.count()) > 0 ? named.first() : (await panes.count()) === 1 ? panes.first() : undefined;
  if (!pane) throw new Error(`no pane named ${view.name} in view container ${view.container}`);
  return pane;
}

/** The xterm of the terminal shown in the panel (the active one of its group when split). */
function activeTerminal(page: Page): Locator {
  return page.locator('.terminal-wrapper.active .xterm').filter({ visible: true }).last();
}

/** Puts the keyboard focus in xterm's input textarea, where typed keys become terminal input. */
async function focusTerminal(page: Page): Promise<void> {
  const input = activeTerminal(page).locator('.xterm-helper-textarea');
  await input.waitFor({ state: 'attached', timeout: 10_000 });
  await input.focus();
}

/** The part of the DOM the row reader uses (the runner is compiled without the DOM library). */
interface RowElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): RowElement | null;
  querySelectorAll(selector: string): ArrayLike<RowElement>;
  readonly textContent: string | null;
}

interface RenderedRow extends TreeRow {
  index: number;
}

/** The rows a list has rendered, read in one round trip (a row may be re-rendered between two). */
function renderedRows(pane: Locator): Promise<RenderedRow[]> {
  // Sticky-scroll copies of parent rows (at the top of a scrolled tree) number their own data-index.
  return pane.locator('.monaco-list-row:not(.monaco-tree-sticky-row)').evaluateAll((elements: RowElement[]) =>
    elements.map((el) => {
      const text = (selector: string) =>
        Array.from(el.querySelectorAll(selector), (e) => e.textContent ?? '')
          .join('')
          .trim();
      const icon = el.querySelector('.custom-view-tree-node-item-icon');
      const iconClass = icon?.getAttribute('class') ?? '';
      const iconStyle = icon?.getAttribute('style') ?? '';
      return {
        index: Number(el.getAttribute('data-index')),
        label: text('.label-name'),
        description: text('.label-description'),
        depth: Number(el.getAttribute('aria-level') ?? 1),
        icon: /(?:^|\s)codicon-(?!colored\b)([\w-]+)/.exec(iconClass)?.[1] ?? '',
        iconColor: /(?:^|;)\s*color:\s*([^;]+)/.exec(iconStyle)?.[1]?.trim() ?? '',
      };
    }),
  );
}

/** Where a list is on the page and how tall its content is, when taller than the list (it scrolls); else null. */
async function scrollingBox(
  list: Locator,
): Promise<{ x: number; y: number; width: number; height: number; content: number } | null> {
  const box = await list.boundingBox({ timeout: 1000 }).catch(() => null);
  const style = await list
    .locator('.monaco-list-rows')
    .first()
    .getAttribute('style', { timeout: 1000 })
    .catch(() => null);
  const content = Number(/(?:^|;)\s*height:\s*([\d.]+)px/.exec(style ?? '')?.[1] ?? NaN);
  return box && content > box.height ? { ...box, content } : null;
}

/**
 * Every row of a pane's list. The list renders only the rows in view, so a long one is read by
 * scrolling through it with the mouse wheel until no new row shows, then scrolled back to the top.
 */
async function allRows(page: Page, pane: Locator): Promise<TreeRow[]> {
  const seen = new Map<number, TreeRow>();
  const list = pane.locator('.monaco-list').first();
  const box = await scrollingBox(list);
  const wheel = async (dy: number) => {
    if (!box) return;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(100);
  };
  // The list keeps its scroll position: start from the top.
  const toTop = -(box?.content ?? 0) - 100;
  await wheel(toTop);
  for (let pass = 0; pass < 200; pass++) {
    const before = seen.size;
    for (const { index, ...row } of await renderedRows(pane)) seen.set(index, row);
    if (!box || seen.size === before) break;
    await wheel(Math.max(22, box.height - 44));
  }
  if (box) {
    await wheel(toTop);
    // Leave no hover over a row, which would cover the next screenshot.
    await page.mouse.move(0, 0);
  }
  return [...seen].sort(([a], [b]) => a - b).map(([, row]) => row);
}

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
