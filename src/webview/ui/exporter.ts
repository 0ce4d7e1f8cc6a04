// Export: the drawing as a standalone SVG (the stylesheet embedded, the theme's colours resolved
// to values, the whole drawing without the zoom), and as PNG drawn from that SVG on a canvas.
// The panel's CSP needs `img-src data:` for the PNG step (the SVG is loaded as an image).
import type { Rect } from '../layout/geometry';
import { SVG_CSS, THEME_VARIABLES } from '../render/style';

/** Canvas side limit Chromium keeps to; larger drawings are scaled down to fit. */
const MAX_CANVAS_SIDE = 16_384;

export function exportSvg(source: SVGSVGElement, bounds: Rect): string {
  const doc = source.ownerDocument;
  const clone = source.cloneNode(true) as SVGSVGElement;
  const margin = 20;
  const width = Math.ceil(bounds.width + 2 * margin);
  const height = Math.ceil(bounds.height + 2 * margin);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `${bounds.x - margin} ${bounds.y - margin} ${width} ${height}`);
  const viewport = clone.querySelector('g.viewport');
  viewport?.removeAttribute('transform');
  viewport?.removeAttribute('data-zoomed-out');
  const computed = getComputedStyle(doc.documentElement);
  const values = THEME_VARIABLES.map((v) => [v, computed.getPropertyValue(v).trim()] as const)
    .filter(([, value]) => value !== '' && !/[<>{};]/.test(value))
    .map(([v, value]) => `${v}: ${value};`)
    .join(' ');
  const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `svg.netlab-diagram { ${values} } ${SVG_CSS}`;
  const background = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [k, v] of Object.entries({
    x: String(bounds.x - margin),
    y: String(bounds.y - margin),
    width: String(width),
    height: String(height),
    fill: computed.getPropertyValue('--vscode-editor-background').trim() || '#ffffff',
  }))
    background.setAttribute(k, v);
  clone.prepend(style, background);
  return new XMLSerializer().serializeToString(clone);
}

/** A PNG data URL of the SVG text, `width` × `height` pixels at most scaled to the canvas limit. */
export function exportPng(svgText: string, width: number, height: number): Promise<string> {
  const scale = Math.min(1, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(2.5e8 / (width * height)));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.floor(width * scale));
      canvas.height = Math.max(1, Math.floor(height * scale));
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2d canvas'));
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/png'));
    };
    image.onerror = () => reject(new Error('the SVG could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}
