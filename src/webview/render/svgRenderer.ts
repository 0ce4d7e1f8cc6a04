// Draws the model as SVG following the DOM contract (src/viewModels/diagram/graph.ts): one <g>
// per node with data-kind, data-id and aria-label, nested as the graph nests (a namespace's <g>
// holds its containers' and interfaces' <g>s); links and published-port arrows carry data-from
// and data-to. Every text goes in through textContent. A full draw builds everything; an update
// touches only the elements a patch names (and the boxes that grew to hold them).
import type { DiagramNode, LinkEdge, TraceView } from '../../viewModels/diagram/graph';
import type { DiagramModel, PatchEffect } from '../model/diagramModel';
import { LINE_HEIGHT, PAD, type Rect } from '../layout/geometry';
import { absoluteRect, type LayoutState } from '../layout/layoutState';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Boxes one can act on are buttons; boxes that hold others are groups. */
const ROLE: Record<DiagramNode['kind'], string> = {
  host: 'group',
  namespace: 'group',
  container: 'button',
  network: 'img',
  interface: 'img',
  port: 'img',
};

function svg<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K): SVGElementTagNameMap[K] {
  return doc.createElementNS(SVG_NS, tag);
}

export class SvgRenderer {
  readonly svg: SVGSVGElement;
  /** Zoom and pan apply to this group. */
  readonly viewport: SVGGElement;
  private readonly nodesLayer: SVGGElement;
  private readonly linksLayer: SVGGElement;
  private readonly traceLayer: SVGGElement;
  /** Node and link id → its element. */
  readonly elements = new Map<string, SVGGElement>();

  constructor(private readonly doc: Document) {
    this.svg = svg(doc, 'svg');
    this.svg.classList.add('netlab-diagram');
    this.svg.setAttribute('role', 'group');
    const defs = svg(doc, 'defs');
    const marker = svg(doc, 'marker');
    marker.id = 'netlab-arrow';
    for (const [k, v] of Object.entries({
      viewBox: '0 0 10 10',
      refX: '9',
      refY: '5',
      markerWidth: '8',
      markerHeight: '8',
      orient: 'auto-start-reverse',
    }))
      marker.setAttribute(k, v);
    const tip = svg(doc, 'path');
    tip.setAttribute('d', 'M0,0 L10,5 L0,10 z');
    marker.append(tip);
    defs.append(marker);
    this.viewport = svg(doc, 'g');
    this.viewport.classList.add('viewport');
    this.nodesLayer = svg(doc, 'g');
    this.linksLayer = svg(doc, 'g');
    this.traceLayer = svg(doc, 'g');
    this.viewport.append(this.nodesLayer, this.linksLayer, this.traceLayer);
    this.svg.append(defs, this.viewport);
  }

  /**
   * Draws every node, each inside its parent at its place there; the top-level boxes wait at the
   * origin for placeTopLevel (so the page builds the drawing while the worker lays it out).
   */
  drawNodes(model: DiagramModel, state: LayoutState): void {
    // Built off the document: no style or layout work until it is placed, and no frame shows
    // the boxes piled at the origin.
    this.viewport.remove();
    this.elements.clear();
    this.nodesLayer.replaceChildren();
    this.linksLayer.replaceChildren();
    this.traceLayer.replaceChildren();
    for (const node of model.ordered()) this.createNode(model, state, node);
  }

  /** Moves the top-level boxes to their places (`all`: every box, after a layout that moved insides too), then draws the links and port arrows. */
  placeAndLink(model: DiagramModel, state: LayoutState, all: boolean): void {
    for (const id of all ? model.nodes.keys() : model.topLevel()) {
      const el = this.elements.get(id);
      const rect = state.rects.get(id);
      if (el && rect) this.placeNode(el, rect);
    }
    for (const link of model.links.values()) this.drawLink(model, state, link);
    for (const node of model.nodes.values()) if (node.kind === 'port') this.drawPortArrow(model, state, node);
    if (!this.viewport.isConnected) this.svg.append(this.viewport);
  }

  /** Draws what a patch changed; returns how many elements it touched. */
  applyEffect(model: DiagramModel, state: LayoutState, effect: PatchEffect): number {
    let touched = 0;
    for (const id of [...effect.removed, ...effect.linksRemoved]) {
      this.elements.get(id)?.remove();
      this.elements.delete(id);
      touched++;
    }
    const grown = new Set<string>();
    for (const id of effect.added) {
      const node = model.nodes.get(id);
      if (!node) continue;
      this.createNode(model, state, node);
      touched++;
    }
    for (const id of effect.updated) {
      const node = model.nodes.get(id);
      const el = this.elements.get(id);
      if (!node || !el) continue;
      this.fillNode(el, node, state.rects.get(id));
      touched++;
    }
    // The boxes that hold new or changed ones may have grown.
    for (const id of [...effect.added, ...effect.updated])
      for (let p = model.parentOf(id); p !== '' && !grown.has(p); p = model.parentOf(p)) grown.add(p);
    for (const id of grown) {
      const el = this.elements.get(id);
      const rect = state.rects.get(id);
      if (el && rect) this.placeNode(el, rect);
      touched++;
    }
    const changed = new Set([...effect.added, ...effect.updated]);
    for (const link of model.links.values())
      if (
        effect.linksAdded.includes(link.id) ||
        effect.linksUpdated.includes(link.id) ||
        changed.has(link.from) ||
        changed.has(link.to)
      ) {
        this.drawLink(model, state, link);
        touched++;
      }
    for (const id of changed) {
      const node = model.nodes.get(id);
      if (node?.kind === 'port') this.drawPortArrow(model, state, node);
    }
    return touched;
  }

  private createNode(model: DiagramModel, state: LayoutState, node: DiagramNode): void {
    const el = svg(this.doc, 'g');
    el.dataset.kind = node.kind;
    el.dataset.id = node.id;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', ROLE[node.kind]);
    this.fillNode(el, node, state.rects.get(node.id));
    const parent = model.parentOf(node.id);
    const parentEl = parent === '' ? this.nodesLayer : this.elements.get(parent);
    (parentEl ?? this.nodesLayer).append(el);
    this.elements.set(node.id, el);
  }

  /** Sets a node element's attributes, texts and geometry; its child elements stay. */
  private fillNode(el: SVGGElement, node: DiagramNode, rect: Rect | undefined): void {
    el.setAttribute('aria-label', node.aria);
    switch (node.kind) {
      case 'container':
        el.dataset.state = node.state;
        el.dataset.role = node.role;
        el.dataset.name = node.name;
        break;
      case 'namespace':
        el.dataset.owner = node.owner;
        el.dataset.isolated = String(node.isolated);
        break;
      case 'network':
        el.dataset.driver = node.driver;
        el.dataset.name = node.name;
        break;
      case 'port':
        el.dataset.role = node.role;
        el.dataset.from = node.from;
        el.dataset.to = node.to;
        break;
      default:
        break;
    }
    // The box, its label and detail lines come first; child <g>s (and a port's arrow) follow.
    for (const old of [...el.children])
      if (old.tagName === 'rect' || old.tagName === 'text' || old.tagName === 'title') old.remove();
    const box = svg(this.doc, 'rect');
    box.classList.add('box');
    box.setAttribute('rx', node.kind === 'container' ? '6' : '3');
    const label = svg(this.doc, 'text');
    label.classList.add('label');
    label.setAttribute('x', String(PAD));
    label.setAttribute('y', String(PAD));
    label.textContent = node.label;
    const texts: SVGTextElement[] = [label];
    node.details.forEach((line, i) => {
      const t = svg(this.doc, 'text');
      t.classList.add('details');
      t.setAttribute('x', String(PAD));
      t.setAttribute('y', String(PAD + LINE_HEIGHT * (i + 1)));
      t.textContent = line;
      texts.push(t);
    });
    el.prepend(box, ...texts);
    if (rect) this.placeNode(el, rect);
  }

  private placeNode(el: SVGGElement, rect: Rect): void {
    el.setAttribute('transform', `translate(${rect.x},${rect.y})`);
    const box = el.firstElementChild;
    if (box?.tagName === 'rect') {
      box.setAttribute('width', String(rect.width));
      box.setAttribute('height', String(rect.height));
    }
  }

  private drawLink(model: DiagramModel, state: LayoutState, link: LinkEdge): void {
    let el = this.elements.get(link.id);
    if (!el) {
      el = svg(this.doc, 'g');
      el.dataset.kind = 'link';
      el.dataset.id = link.id;
      this.linksLayer.append(el);
      this.elements.set(link.id, el);
    }
    el.dataset.from = link.from;
    el.dataset.to = link.to;
    el.dataset.role = link.role;
    el.setAttribute('aria-label', link.aria);
    el.setAttribute('role', 'img');
    const path = svg(this.doc, 'path');
    path.classList.add('edge');
    path.setAttribute('d', edgePath(absoluteRect(model, state, link.from), absoluteRect(model, state, link.to)));
    el.replaceChildren(path);
    if (link.label) {
      const text = svg(this.doc, 'text');
      text.classList.add('details');
      const a = absoluteRect(model, state, link.from);
      if (a) {
        text.setAttribute('x', String(a.x + a.width / 2 + 4));
        text.setAttribute('y', String(a.y - LINE_HEIGHT));
      }
      text.textContent = link.label;
      el.append(text);
    }
  }

  /** A published port's arrow, from its box to the container it forwards to (in the port's own coordinates). */
  private drawPortArrow(model: DiagramModel, state: LayoutState, port: Extract<DiagramNode, { kind: 'port' }>): void {
    const el = this.elements.get(port.id);
    if (!el) return;
    el.querySelector(':scope > path.edge')?.remove();
    if (port.role !== 'published') return;
    const own = absoluteRect(model, state, port.id);
    const target = absoluteRect(model, state, port.to);
    if (!own || !target) return;
    const path = svg(this.doc, 'path');
    path.classList.add('edge');
    const local = (r: Rect): Rect => ({ ...r, x: r.x - own.x, y: r.y - own.y });
    path.setAttribute('d', edgePath(local(own), local(target)));
    el.append(path);
  }

  /** Highlights a traced path: its hops' elements get data-trace-step, a stop gets its reason drawn. */
  setTrace(model: DiagramModel, state: LayoutState, trace: TraceView | undefined): void {
    for (const el of this.svg.querySelectorAll('[data-trace-step]')) el.removeAttribute('data-trace-step');
    this.traceLayer.replaceChildren();
    if (!trace) return;
    for (const step of trace.steps)
      for (const id of step.elements) {
        const el = this.elements.get(id);
        if (el && !el.hasAttribute('data-trace-step')) el.dataset.traceStep = String(step.n);
      }
    if (!trace.stop) return;
    const stop = trace.stop;
    const stepElements = trace.steps.find((s) => s.n === stop.step)?.elements ?? [];
    const at = [stop.element, ...stepElements.slice().reverse()].find(
      (id): id is string => id !== undefined && this.elements.has(id),
    );
    const near = at ? absoluteRect(model, state, at) : undefined;
    const mark = svg(this.doc, 'g');
    mark.dataset.kind = 'trace';
    mark.dataset.id = `trace-stop:${stop.step}`;
    mark.dataset.traceStep = String(stop.step);
    mark.dataset.traceStop = '';
    if (at) mark.dataset.at = at;
    mark.setAttribute('role', 'note');
    mark.setAttribute('aria-label', stop.reason);
    mark.setAttribute('tabindex', '0');
    const x = near ? near.x + near.width + 12 : 0;
    const y = near ? near.y : 0;
    mark.setAttribute('transform', `translate(${x},${y})`);
    const box = svg(this.doc, 'rect');
    box.setAttribute('width', String(Math.min(480, 16 + stop.reason.length * 7)));
    box.setAttribute('height', String(LINE_HEIGHT + 2 * PAD));
    box.setAttribute('rx', '4');
    const text = svg(this.doc, 'text');
    text.setAttribute('x', String(PAD));
    text.setAttribute('y', String(PAD));
    text.textContent = stop.reason;
    mark.append(box, text);
    this.traceLayer.append(mark);
  }
}

/** A curve from one box to another, leaving and entering through the sides that face each other. */
export function edgePath(a: Rect | undefined, b: Rect | undefined): string {
  if (!a || !b) return '';
  const ax = a.x + a.width / 2;
  const bx = b.x + b.width / 2;
  const down = b.y + b.height / 2 >= a.y + a.height / 2;
  const ay = down ? a.y + a.height : a.y;
  const by = down ? b.y : b.y + b.height;
  const my = (ay + by) / 2;
  return `M${ax},${ay} C${ax},${my} ${bx},${my} ${bx},${by}`;
}
