// The saved lab as JSON text in pieces, so that a caller can write a large lab a slice at a time
// between other work (the extension saves while its user types). Joined, the pieces are exactly
// JSON.stringify(saveLab(lab)).
import type { Lab } from './lab';
import { type SavedLab, saveLab } from './serialize';

/** List items (containers, namespaces, listeners...) per piece: a few milliseconds of work at most. */
const ITEMS_PER_PIECE = 250;

export function* savedLabPieces(lab: Lab, perPiece = ITEMS_PER_PIECE): Generator<string> {
  const saved: SavedLab = saveLab(lab);
  let first = true;
  // Object.entries keeps SavedLab's key order, so the text is the same as stringifying it whole.
  for (const [key, value] of Object.entries(saved) as Array<[string, unknown]>) {
    const prefix = `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      yield prefix + JSON.stringify(value);
      continue;
    }
    yield `${prefix}[`;
    for (let i = 0; i < value.length; i += perPiece) {
      const slice = (value as unknown[]).slice(i, i + perPiece).map((item) => JSON.stringify(item));
      yield (i === 0 ? '' : ',') + slice.join(',');
    }
    yield ']';
  }
  yield '}';
}
