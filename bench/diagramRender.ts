// The diagram webview's figures: the bundle (dist/webview/main.js) drawn in Chromium through
// playwright-core, on a page with the CSP the panel uses and a stub acquireVsCodeApi. Prints the
// first render of 50, 200 and 500 containers over 20 networks, and the update after adding one
// container to the 500: its time and how many boxes it laid out against the full layout's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/runner/browser';
import { containerParts, diagramGraph, HOST } from './diagramGraphs';

const ORIGIN = 'http://netlab.test';
const NONCE = 'bench';
const BUDGET_FIRST_MS = 1500;
const BUDGET_UPDATE_MS = 100;

// The panel's CSP (see the report for the panel): scripts by nonce, the bundle's origin for the
// worker fetch, blob: workers, data: images for the PNG export; nothing else.
const CSP = [
  "default-src 'none'",
  `script-src 'nonce-${NONCE}'`,
  `style-src ${ORIGIN}`,
  `connect-src ${ORIGIN}`,
  'worker-src blob:',
  `img-src ${ORIGIN} data:`,
  `font-src ${ORIGIN}`,
].join('; ');

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<script nonce="${NONCE}">
window.__posted = [];
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });
</script></head><body>
<script nonce="${NONCE}" src="${ORIGIN}/dist/webview/main.js" data-layout-worker="${ORIGIN}/dist/webview/layoutWorker.js"></script>
</body></html>`;

async function openPage(newPage: () => Promise<Page>, problems: string[]): Promise<Page> {
  const page = await newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(process.cwd(), path)) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction('window.__posted.length > 0');
  return page;
}

// Page scripts are strings: the bench compiles without the DOM library.
const SVG = "document.querySelector('svg.netlab-diagram')";

/** Posts a message and waits until the drawing stamps `revision` and the next frame is drawn. */
async function timedPost(page: Page, message: unknown, revision: number): Promise<number> {
  return page.evaluate<number>(`(async () => {
    const svg = ${SVG};
    const start = performance.now();
    window.postMessage(${JSON.stringify(message)}, '*');
    while (svg.dataset.revision !== '${revision}') await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    return performance.now() - start;
  })()`);
}

interface Drawn {
  containers: number;
  laidOut: string;
  engine: string;
  layoutMs: string;
  renderMs: string;
  /** The first 50 namespaces' transforms. */
  places: string[];
}

const drawn = (page: Page) =>
  page.evaluate<Drawn>(`({
    containers: document.querySelectorAll('[data-kind="container"]').length,
    laidOut: ${SVG}.dataset.laidOut,
    engine: ${SVG}.dataset.layoutEngine,
    layoutMs: ${SVG}.dataset.layoutMs,
    renderMs: ${SVG}.dataset.renderMs,
    places: [...document.querySelectorAll('[data-kind="namespace"]')].slice(0, 50).map((e) => e.getAttribute('transform')),
  })`);

export async function diagramRenderBench(): Promise<void> {
  const browser = await launchChromium();
  const problems: string[] = [];
  try {
    const context = await browser.newContext();
    let page: Page | undefined;
    for (const containers of [50, 200, 500]) {
      await page?.close();
      page = await openPage(() => context.newPage(), problems);
      const ms = await timedPost(page, { type: 'graph', revision: 1, graph: diagramGraph(containers), texts: {} }, 1);
      const first = await drawn(page);
      if (first.containers !== containers) throw new Error(`drew ${first.containers} of ${containers} containers`);
      const budget = containers === 500 ? ` (budget ${BUDGET_FIRST_MS} ms)` : '';
      console.log(
        `diagram first render, ${containers} containers on 20 networks: ${ms.toFixed(0)} ms${budget} (layout ${first.layoutMs} ms, script ${first.renderMs} ms), ${first.laidOut} boxes laid out by ${first.engine}`,
      );
    }
    const added = containerParts(500);
    const patch = {
      type: 'patch',
      revision: 2,
      host: HOST,
      upserted: added.nodes,
      removed: [],
      linksUpserted: added.links,
      linksRemoved: [],
    };
    const before = await drawn(page!);
    const ms = await timedPost(page!, patch, 2);
    const after = await drawn(page!);
    const moved = before.places.filter((t, i) => t !== after.places[i]).length;
    if (after.containers !== 501) throw new Error(`the update drew ${after.containers} containers, not 501`);
    console.log(
      `diagram update, one container added to 500: ${ms.toFixed(1)} ms (budget ${BUDGET_UPDATE_MS} ms), ${after.laidOut} boxes laid out (the full layout: ${before.laidOut}), ${moved} of 50 sampled namespaces moved`,
    );
    await page?.close();
  } finally {
    await browser.close();
  }
  for (const p of problems) console.log(`diagram page problem: ${p}`);
}
