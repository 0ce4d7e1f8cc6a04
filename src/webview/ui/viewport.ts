// Zoom (wheel, buttons) and pan (drag) of the drawing, kept across updates and reloads: the
// transform is the view state the page saves with vscode.setState.
import type { Rect } from '../layout/geometry';

export interface Transform {
  zoom: number;
  panX: number;
  panY: number;
}

const MIN_ZOOM = 0.02;
/**
 * Below this zoom the 11–12 px texts are under 5 px tall: unreadable, yet shaping and painting
 * thousands of them is most of a frame. The drawing hides them there (style.ts, data-zoomed-out);
 * aria-labels and text content stay in the DOM.
 */
const TEXT_ZOOM = 0.4;
const MAX_ZOOM = 4;
const clamp = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

export class Viewport {
  transform: Transform = { zoom: 1, panX: 0, panY: 0 };
  /** Set when a drag moved the view: the click that ends it selects nothing. */
  dragged = false;

  constructor(
    private readonly canvas: HTMLElement,
    private readonly target: SVGGElement,
    private readonly changed: (t: Transform) => void,
  ) {
    canvas.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        const box = canvas.getBoundingClientRect();
        this.zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX - box.left, e.clientY - box.top);
      },
      { passive: false },
    );
    let start: { x: number; y: number; panX: number; panY: number } | undefined;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      start = { x: e.clientX, y: e.clientY, panX: this.transform.panX, panY: this.transform.panY };
      this.dragged = false;
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!start) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      if (!this.dragged) canvas.setPointerCapture(e.pointerId);
      this.dragged = true;
      canvas.classList.add('panning');
      this.set({ ...this.transform, panX: start.panX + dx, panY: start.panY + dy });
    });
    const end = () => {
      start = undefined;
      canvas.classList.remove('panning');
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  set(t: Transform): void {
    this.transform = { zoom: clamp(t.zoom), panX: t.panX, panY: t.panY };
    this.target.setAttribute(
      'transform',
      `translate(${this.transform.panX},${this.transform.panY}) scale(${this.transform.zoom})`,
    );
    this.target.toggleAttribute('data-zoomed-out', this.transform.zoom < TEXT_ZOOM);
    this.changed(this.transform);
  }

  /** Zooms by `factor` keeping the point (x, y) of the canvas where it is. */
  zoomAt(factor: number, x?: number, y?: number): void {
    const box = this.canvas.getBoundingClientRect();
    const cx = x ?? box.width / 2;
    const cy = y ?? box.height / 2;
    const { zoom, panX, panY } = this.transform;
    const next = clamp(zoom * factor);
    this.set({ zoom: next, panX: cx - ((cx - panX) * next) / zoom, panY: cy - ((cy - panY) * next) / zoom });
  }

  /** Shows the whole drawing. */
  fit(bounds: Rect): void {
    const box = this.canvas.getBoundingClientRect();
    if (bounds.width <= 0 || bounds.height <= 0 || box.width <= 0 || box.height <= 0) return;
    const zoom = clamp(Math.min(box.width / (bounds.width + 40), box.height / (bounds.height + 40), 1.5));
    this.set({
      zoom,
      panX: (box.width - bounds.width * zoom) / 2 - bounds.x * zoom,
      panY: (box.height - bounds.height * zoom) / 2 - bounds.y * zoom,
    });
  }

  /** Brings a rectangle of the drawing to the middle of the canvas, at the current zoom. */
  center(rect: Rect): void {
    const box = this.canvas.getBoundingClientRect();
    const { zoom } = this.transform;
    this.set({
      zoom,
      panX: box.width / 2 - (rect.x + rect.width / 2) * zoom,
      panY: box.height / 2 - (rect.y + rect.height / 2) * zoom,
    });
  }
}
