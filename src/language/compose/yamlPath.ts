// What is under the cursor in a parsed YAML tree: the path of keys and item indexes from the root
// (['services', 'web', 'networks', 'front', 'aliases', 0]), whether the cursor is on a key or a
// value, and the scalar's text and range. Works on partial trees of files with syntax errors.
import { type Document, type Node, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Range } from '../../compose/model';
import { scalarText } from '../../compose/yamlTree';

export type YamlPath = (string | number)[];

export interface NodeAt {
  path: YamlPath;
  /** On the last key of the path itself rather than on (or inside) its value. */
  onKey: boolean;
  /** The key's text, or the scalar value's text (undefined for collections and null values). */
  text: string | undefined;
  /** The key's, the scalar's, or the collection's range. */
  range: Range;
}

const within = (r: Range | undefined, offset: number): r is Range =>
  r !== undefined && offset >= r[0] && offset <= r[1];

function rangeOf(node: unknown): Range | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const r = (node as Node).range;
  return r ? [r[0], r[1]] : undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? scalarText(key) : undefined;
}

function atValue(node: unknown, offset: number, path: YamlPath): NodeAt | undefined {
  const r = rangeOf(node);
  if (!within(r, offset)) return undefined;
  if (isScalar(node)) return { path, onKey: false, text: scalarText(node), range: r };
  return walk(node, offset, path) ?? { path, onKey: false, text: undefined, range: r };
}

function walk(node: unknown, offset: number, path: YamlPath): NodeAt | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = keyText(pair.key);
      if (key === undefined) continue;
      const kr = rangeOf(pair.key);
      if (within(kr, offset)) return { path: [...path, key], onKey: true, text: key, range: kr };
      const found = atValue(pair.value, offset, [...path, key]);
      if (found) return found;
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const found = atValue(node.items[i], offset, [...path, i]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The node at offset (in the document's own offsets). */
export function nodeAtOffset(doc: Document, offset: number): NodeAt | undefined {
  return walk(doc.contents, offset, []);
}
