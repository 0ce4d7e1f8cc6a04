// Arrow keys move the focus to the nearest drawn box in that direction (centres compared, the
// distance across the direction weighted double), so the keyboard reaches every box.
import type { Rect } from '../layout/geometry';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The id among `candidates` nearest to `from` in the direction, or undefined. */
export function nearestInDirection(
  from: Rect,
  candidates: Iterable<[string, Rect]>,
  direction: Direction,
): string | undefined {
  const fx = from.x + from.width / 2;
  const fy = from.y + from.height / 2;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [id, r] of candidates) {
    const dx = r.x + r.width / 2 - fx;
    const dy = r.y + r.height / 2 - fy;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
