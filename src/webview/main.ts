// The diagram webview's entry point (dist/webview/main.js): says `ready`, then draws each graph
// the extension posts, applies patches without moving what is drawn, highlights traces, and
// sends the user's clicks, actions, trace requests and exports back as WebviewMessages.
import type { ExtensionMessage, TraceQuery, WebviewMessage } from '../protocol/diagramMessages';
import type { TraceView } from '../viewModels/diagram/graph';
import { DiagramModel } from './model/diagramModel';
import { buildElkGraph, elkNodeCount, readElkLayout } from './layout/elkGraph';
import { ElkClient } from './layout/elkClient';
import { flowLayout } from './layout/flowLayout';
import { placeNew } from './layout/placeNew';
import { absoluteRect, drawingBounds, emptyLayout, type LayoutState } from './layout/layoutState';
import { isSavedLayout, restoreLayout, saveLayout } from './layout/savedLayout';
import { SvgRenderer } from './render/svgRenderer';
import { PAGE_CSS, SVG_CSS } from './render/style';
import { Viewport } from './ui/viewport';
import { SidePanel } from './ui/sidePanel';
import { ARROWS, nearestInDirection } from './ui/spatialNavigation';
import { exportPng, exportSvg } from './ui/exporter';
import { setTexts, t } from './texts';
import { vscodeApi, type ViewState } from './vscodeApi';

const SAVE_DELAY_MS = 150;

const api = vscodeApi();
const post = (message: WebviewMessage) => api.postMessage(message);
const workerUrl = document.currentScript?.dataset.layoutWorker;
const elk = new ElkClient(workerUrl);

const sheet = new CSSStyleSheet();
sheet.replaceSync(PAGE_CSS + SVG_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const model = new DiagramModel();
let layout: LayoutState = emptyLayout();
let lastTrace: TraceView | undefined;
let revision = 0;
const saved: ViewState | undefined = api.getState();
let selected = saved?.selected;

// Page: toolbar on top, the drawing, the side panel.
const page = document.createElement('div');
page.className = 'netlab-layout';
const toolbar = document.createElement('div');
toolbar.className = 'netlab-toolbar';
toolbar.setAttribute('role', 'toolbar');
const canvas = document.createElement('div');
canvas.className = 'netlab-canvas';
const renderer = new SvgRenderer(document);
canvas.append(renderer.svg);
const side = new SidePanel((action, id) => post({ type: 'action', action, id }));
page.append(toolbar, canvas, side.root);
document.body.append(page);

let savedLayout = isSavedLayout(saved?.layout) ? saved.layout : undefined;
// Saved a moment after the last change: a pan is many changes, and the layout is not small.
let saveTimer: ReturnType<typeof setTimeout> | undefined;
const saveState = () => {
  saveTimer ??= setTimeout(() => {
    saveTimer = undefined;
    api.setState({
      ...viewport.transform,
      ...(selected ? { selected } : {}),
      ...(savedLayout ? { layout: savedLayout } : {}),
    });
  }, SAVE_DELAY_MS);
};
const viewport = new Viewport(canvas, renderer.viewport, saveState);
if (saved) viewport.set(saved);

function button(key: string, english: string, action: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.command = key;
  b.textContent = t(key, english);
  b.addEventListener('click', action);
  toolbar.append(b);
  return b;
}

function drawToolbar(): void {
  toolbar.replaceChildren();
  button('zoomIn', '+', () => viewport.zoomAt(1.25)).setAttribute('aria-label', t('zoomIn.label', 'Zoom in'));
  button('zoomOut', '−', () => viewport.zoomAt(0.8)).setAttribute('aria-label', t('zoomOut.label', 'Zoom out'));
  button('fit', 'Fit', () => viewport.fit(drawingBounds(model, layout)));
  button('exportSvg', 'Export SVG', () => post({ type: 'export', format: 'svg', data: svgText() }));
  button('exportPng', 'Export PNG', () => {
    const bounds = drawingBounds(model, layout);
    exportPng(svgText(), bounds.width + 40, bounds.height + 40).then(
      (data) => post({ type: 'export', format: 'png', data }),
      (e: unknown) => console.error('netlab diagram: PNG export failed', e),
    );
  });
  toolbar.append(traceForm());
}

const svgText = () => exportSvg(renderer.svg, drawingBounds(model, layout));

/** The trace form: from, to, port, protocol; a submit posts a `trace` message. */
function traceForm(): HTMLFormElement {
  const form = document.createElement('form');
  form.setAttribute('aria-label', t('trace.form', 'Trace a path'));
  const names = document.createElement('datalist');
  names.id = 'netlab-endpoints';
  for (const node of model.nodes.values())
    if (node.kind === 'container') {
      const option = document.createElement('option');
      option.value = node.name;
      names.append(option);
    }
  const host = document.createElement('option');
  host.value = 'host';
  names.append(host);
  const field = (name: string, english: string, input: HTMLInputElement | HTMLSelectElement) => {
    const label = document.createElement('label');
    label.textContent = t(`trace.${name}`, english);
    input.name = name;
    label.append(' ', input);
    form.append(label);
  };
  const from = document.createElement('input');
  from.setAttribute('list', names.id);
  from.required = true;
  const to = document.createElement('input');
  to.setAttribute('list', names.id);
  to.required = true;
  const port = document.createElement('input');
  port.type = 'number';
  port.min = '1';
  port.max = '65535';
  const protocol = document.createElement('select');
  for (const p of ['tcp', 'udp']) {
    const option = document.createElement('option');
    option.value = p;
    option.textContent = p;
    protocol.append(option);
  }
  field('from', 'From', from);
  field('to', 'To', to);
  field('port', 'Port', port);
  field('protocol', 'Protocol', protocol);
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'primary';
  submit.textContent = t('trace.submit', 'Trace');
  form.append(names, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query: TraceQuery = { from: from.value.trim(), to: to.value.trim() };
    const n = Number.parseInt(port.value, 10);
    if (n >= 1 && n <= 65535) query.port = n;
    if (protocol.value === 'udp' || protocol.value === 'tcp') query.protocol = protocol.value;
    post({ type: 'trace', query });
  });
  return form;
}

function fillTraceForm(query: TraceQuery): void {
  const set = (name: string, value: string) => {
    const input = toolbar.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    if (input) input.value = value;
  };
  set('from', query.from);
  set('to', query.to);
  set('port', query.port === undefined ? '' : String(query.port));
  set('protocol', query.protocol ?? 'tcp');
}

// Selection: a click (not the end of a drag) or Enter on a box.
function select(id: string | undefined, announce: boolean): void {
  if (selected) renderer.elements.get(selected)?.removeAttribute('data-selected');
  selected = id !== undefined && model.nodes.has(id) ? id : undefined;
  const node = selected ? model.nodes.get(selected) : undefined;
  if (selected) renderer.elements.get(selected)?.setAttribute('data-selected', 'true');
  side.showDetails(node);
  saveState();
  if (announce && node?.kind === 'container') post({ type: 'select', id: node.id });
}

renderer.svg.addEventListener('click', (e) => {
  if (viewport.dragged) return;
  const target = (e.target as Element).closest<SVGGElement>('[data-kind][data-id]');
  const id = target?.dataset.id;
  if (id && model.nodes.has(id)) select(id, true);
});

renderer.svg.addEventListener('keydown', (e) => {
  const focused = (e.target as Element).closest<SVGGElement>('[data-kind][data-id]');
  const id = focused?.dataset.id;
  if (!id || !model.nodes.has(id)) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    select(id, true);
    return;
  }
  const direction = ARROWS[e.key];
  if (!direction) return;
  e.preventDefault();
  const from = absoluteRect(model, layout, id);
  if (!from) return;
  const rects = function* (): Generator<[string, NonNullable<typeof from>]> {
    for (const other of model.nodes.keys()) {
      if (other === id) continue;
      const r = absoluteRect(model, layout, other);
      if (r) yield [other, r];
    }
  };
  const next = nearestInDirection(from, rects(), direction);
  if (next) focusElement(next);
});

function focusElement(id: string): void {
  const el = renderer.elements.get(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  const rect = absoluteRect(model, layout, id);
  const box = canvas.getBoundingClientRect();
  const { zoom, panX, panY } = viewport.transform;
  if (!rect) return;
  const sx = rect.x * zoom + panX;
  const sy = rect.y * zoom + panY;
  if (sx < 0 || sy < 0 || sx + rect.width * zoom > box.width || sy + rect.height * zoom > box.height)
    viewport.center(rect);
}

/** Figures the bench and tests read: revision drawn, boxes laid out by the last draw, the engine. */
function stamp(laidOut: number, engine: string, layoutMs: number, ms: number): void {
  const data = renderer.svg.dataset;
  data.layoutMs = layoutMs.toFixed(1);
  data.revision = String(revision);
  data.laidOut = String(laidOut);
  data.layoutEngine = engine;
  data.renderMs = ms.toFixed(1);
}

async function drawGraph(message: Extract<ExtensionMessage, { type: 'graph' }>): Promise<void> {
  const started = performance.now();
  const first = revision === 0;
  setTexts(message.texts);
  model.setGraph(message.graph);
  renderer.svg.setAttribute('aria-label', t('diagram.label', 'Network diagram of the lab'));
  // The first graph of a reloaded page: the boxes where they were.
  const restored = first && savedLayout ? restoreLayout(model, savedLayout) : undefined;
  let boxes: number;
  let engine: string;
  if (restored) {
    layout = restored.state;
    renderer.drawNodes(model, layout);
    renderer.placeAndLink(model, layout, false);
    [boxes, engine] = [restored.laidOut, 'restored'];
  } else {
    // The worker lays out the top-level boxes while the page draws them and their insides.
    const request = buildElkGraph(model);
    const pending = elk.layout(request.graph);
    renderer.drawNodes(model, request.inside);
    const laidOut = await pending;
    layout = laidOut ? readElkLayout(laidOut, request.inside) : flowLayout(model);
    renderer.placeAndLink(model, layout, !laidOut);
    [boxes, engine] = [elkNodeCount(request.graph) + request.packed, laidOut ? 'elk-worker' : 'flow'];
  }
  const layoutMs = performance.now() - started;
  revision = message.revision;
  savedLayout = saveLayout(model, layout);
  drawToolbar();
  side.drawLegend();
  if (lastTrace) renderer.setTrace(model, layout, lastTrace);
  select(selected, false);
  if (first && !saved) viewport.fit(drawingBounds(model, layout));
  stamp(boxes, engine, layoutMs, performance.now() - started);
}

function applyPatch(message: Extract<ExtensionMessage, { type: 'patch' }>): void {
  const started = performance.now();
  if (revision !== 0 && message.revision !== revision + 1)
    console.warn(`netlab diagram: patch ${message.revision} after revision ${revision}`);
  const effect = model.applyPatch(message);
  const laidOut = placeNew(model, layout, effect);
  const layoutMs = performance.now() - started;
  renderer.applyEffect(model, layout, effect);
  revision = message.revision;
  if (selected && !model.nodes.has(selected)) select(undefined, false);
  if (effect.added.some((id) => model.nodes.get(id)?.kind === 'container')) drawToolbarKeepingForm();
  savedLayout = saveLayout(model, layout);
  saveState();
  stamp(laidOut, 'incremental', layoutMs, performance.now() - started);
}

/** The toolbar again (the trace form's names list), with what the user typed kept. */
function drawToolbarKeepingForm(): void {
  const list = toolbar.querySelector('datalist');
  if (!list) return drawToolbar();
  const names = new Set([...list.querySelectorAll('option')].map((o) => o.value));
  for (const node of model.nodes.values())
    if (node.kind === 'container' && !names.has(node.name)) {
      const option = document.createElement('option');
      option.value = node.name;
      list.append(option);
    }
}

function showTrace(trace: TraceView | undefined, query: TraceQuery): void {
  lastTrace = trace;
  renderer.setTrace(model, layout, trace);
  side.showTrace(trace);
  fillTraceForm(query);
}

function reveal(id: string): void {
  select(id, false);
  const rect = absoluteRect(model, layout, id);
  if (rect) viewport.center(rect);
  renderer.elements.get(id)?.focus({ preventScroll: true });
}

// Messages are handled one at a time, in order: a patch waits for the graph's layout before it.
let queue = Promise.resolve();
window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  queue = queue
    .then(async () => {
      switch (message.type) {
        case 'graph':
          return drawGraph(message);
        case 'patch':
          return applyPatch(message);
        case 'trace':
          return showTrace(message.trace, message.query);
        case 'reveal':
          return reveal(message.id);
      }
    })
    .catch((e: unknown) => console.error('netlab diagram:', e));
});

drawToolbar();
post({ type: 'ready' });
