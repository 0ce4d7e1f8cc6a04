// The `yaml` library's document tree, read with source ranges: parsing (syntax errors with line and
// column), and small accessors over maps, sequences and scalars.
import { type Document, type Node, isAlias, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import { ComposeError } from './errors';
import { aliasProblem, aliasTargets, replaceAliases } from './yamlAliases';
import type { Range } from './model';

export type YamlNode = Node | null;

export interface YamlEntry {
  key: string;
  keyNode: Node;
  value: YamlNode;
  keyRange: Range;
  /** Key start to value end. */
  range: Range;
}

export function nodeRange(node: Node | null | undefined, fallback: Range = [0, 0]): Range {
  const r = node?.range;
  return r ? [r[0], r[1]] : fallback;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Parses one document; the first syntax error becomes `failed to parse FILE: yaml: line L, column C: ...`. */
export function parseYaml(path: string, text: string): Document.Parsed {
  // uniqueKeys: the library's check scans the mapping for every key (quadratic in its size); the
  // same rule is checked below with one set per mapping.
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false, merge: true });
  const duplicate = trimRangesAndFindDuplicate(doc, text);
  const libraryError = doc.errors[0];
  const err =
    duplicate !== undefined && (libraryError === undefined || duplicate.pos[0] < libraryError.pos[0])
      ? duplicate
      : libraryError;
  if (err) {
    const start = err.pos[0];
    const end = Math.max(err.pos[1], start);
    const { line, column } = lineColumn(text, start);
    const message = err.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').replace(/\n[\s\S]*$/, '');
    throw new ComposeError(`failed to parse ${path}: yaml: line ${line}, column ${column}: ${message}`, path, [
      start,
      end,
    ]);
  }
  // Aliases read as the node they name (so ranges point at the anchored text), once they are
  // known neither to loop nor to expand without end.
  const targets = aliasTargets(doc);
  const problem = aliasProblem(doc, targets);
  if (problem !== undefined) {
    const start = doc.contents?.range[0] ?? 0;
    throw new ComposeError(
      `failed to parse ${path}: yaml: construct errors:\n  line ${lineColumn(text, start).line}: ${problem}`,
      path,
      [start, start],
    );
  }
  replaceAliases(doc, targets);
  return doc;
}

/**
 * One walk over the tree: block collections end after their last line break, and ranges here end
 * at the last character of the value; and the yaml library's `uniqueKeys: true` rule
 * (compose/util-map-includes.js mapIncludes, which scans the whole mapping for each key): two
 * scalar keys of one mapping with the same value (`1` and `"1"` differ; merge keys `<<` never
 * clash), reported at the later key in the library's words. Returns the first in the document.
 */
function trimRangesAndFindDuplicate(
  doc: Document.Parsed,
  text: string,
): { pos: [number, number]; message: string } | undefined {
  let found: { pos: [number, number]; message: string } | undefined;
  const trim = (node: Node): void => {
    const r = node.range;
    if (!r) return;
    let end = r[1];
    while (end > r[0] && /\s/.test(text[end - 1]!)) end--;
    node.range = [r[0], end, r[2]];
  };
  const walk = (node: unknown): void => {
    if (!isNode(node)) return;
    trim(node);
    if (isMap(node)) {
      const seen = new Set<unknown>();
      let clashed = false;
      for (const pair of node.items) {
        const key = pair.key;
        if (!clashed && isScalar(key) && typeof key.value !== 'symbol') {
          if (seen.has(key.value)) {
            clashed = true;
            const start = key.range?.[0] ?? 0;
            if (found === undefined || start < found.pos[0])
              found = { pos: [start, start + 1], message: 'Map keys must be unique' };
          } else seen.add(key.value);
        }
        walk(key);
        walk(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return found;
}

export const isMapping = (n: YamlNode | undefined): boolean => isMap(n);
export const isSequence = (n: YamlNode | undefined): boolean => isSeq(n);

/** The entries of a mapping node, keys as strings, in file order. */
export function entries(node: YamlNode | undefined): YamlEntry[] {
  if (!isMap(node)) return [];
  const out: YamlEntry[] = [];
  const merged: YamlEntry[] = [];
  for (const item of node.items) {
    const keyNode = item.key as Node;
    if (isMergeKey(keyNode)) {
      // `<<: *base` / `<<: [*a, *b]`: the merged maps' entries, under the keys written here.
      const sources = isSeq(item.value) ? items(item.value) : [item.value as Node];
      for (const src of sources) merged.push(...entries(src));
      continue;
    }
    const value = (item.value ?? null) as YamlNode;
    const keyRange = nodeRange(keyNode);
    const key = isScalar(keyNode) ? String(keyNode.value) : keyNode.toString();
    const end = value ? nodeRange(value)[1] : keyRange[1];
    out.push({ key, keyNode, value, keyRange, range: [keyRange[0], Math.max(end, keyRange[1])] });
  }
  if (merged.length > 0) {
    const written = new Set(out.map((e) => e.key));
    for (const m of merged) {
      if (written.has(m.key)) continue;
      written.add(m.key);
      out.push(m);
    }
  }
  return out;
}

function isMergeKey(key: Node): boolean {
  if (!isScalar(key)) return false;
  return key.value === '<<' || typeof key.value === 'symbol';
}

export function items(node: YamlNode | undefined): Node[] {
  if (!isSeq(node)) return [];
  return node.items.filter((i): i is Node => i !== null && typeof i === 'object');
}

/** A scalar's value as compose would read it into a string field (numbers and booleans in their YAML text). */
export function scalarText(node: YamlNode | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

export function scalarValue(node: YamlNode | undefined): unknown {
  if (isAlias(node)) return undefined;
  return isScalar(node) ? node.value : undefined;
}

/** JSON-schema kind of a node: object, array, string, number, integer, boolean or null. */
export function kindOf(node: YamlNode | undefined): string {
  if (node === null || node === undefined) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'boolean') return 'boolean';
    if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
    if (typeof v === 'bigint') return 'integer';
    return 'string';
  }
  return 'null';
}
