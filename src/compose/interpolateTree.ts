// Interpolation over a parsed file, before the schema check as in compose-go: every string value
// (not keys) is expanded in place, so source ranges still point at what the user wrote.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { ComposeError, type ComposeWarning } from './errors';
import { InterpolationError, type Lookup, interpolate } from './interpolate';
import { nodeRange } from './yamlTree';

function walk(node: unknown, path: string[], visit: (scalar: Node, path: string[]) => void): void {
  if (isMap(node)) {
    for (const item of node.items) {
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      walk(item.value, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item, [...path, '[]'], visit);
  } else if (isScalar(node) && typeof node.value === 'string') {
    visit(node, path);
  }
}

export function interpolateDocument(
  doc: Document.Parsed,
  file: string,
  lookup: Lookup,
  warnings: ComposeWarning[],
): void {
  const warned = new Set<string>();
  walk(doc.contents, [], (node, path) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('$')) return;
    try {
      const result = interpolate(node.value, lookup);
      node.value = result.value;
      for (const name of result.unset) {
        if (warned.has(name)) continue;
        warned.add(name);
        warnings.push({
          message: `The "${name}" variable is not set. Defaulting to a blank string.`,
          file,
          range: nodeRange(node),
        });
      }
    } catch (e) {
      if (e instanceof InterpolationError)
        throw new ComposeError(`error while interpolating ${path.join('.')}: ${e.message}`, file, nodeRange(node));
      throw e;
    }
  });
}
