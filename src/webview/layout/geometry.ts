// Sizes of the drawn boxes, from their texts. The webview measures nothing before layout (a
// layout of 2,000 boxes cannot wait for 2,000 DOM measurements), so widths come from the
// character count: wide (CJK, fullwidth) characters count twice (Unicode East Asian Width).
import type { DiagramNode } from '../../viewModels/diagram/graph';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 15;
export const PAD = 8;
export const GAP = 16;
/** Height of the title line(s) above a box's children. */
export const headerHeight = (node: DiagramNode): number => PAD + LINE_HEIGHT * (1 + node.details.length) + 4;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The text's width in pixels at the diagram's font size. */
export function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units * CHAR_WIDTH;
}

/** The size of a box that has no children: its label and detail lines, padded. */
export function leafSize(node: DiagramNode): { width: number; height: number } {
  const widest = Math.max(textWidth(node.label), ...node.details.map(textWidth));
  const lines = 1 + node.details.length;
  const min = node.kind === 'port' ? 60 : 100;
  return { width: Math.max(min, Math.ceil(widest) + 2 * PAD), height: lines * LINE_HEIGHT + 2 * PAD };
}

/** The narrowest width a box with children needs for its own title. */
export function headerWidth(node: DiagramNode): number {
  return Math.ceil(Math.max(textWidth(node.label), ...node.details.map(textWidth))) + 2 * PAD;
}

export function overlaps(a: Rect, b: Rect, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}
