// Aliases, checked before the tree is read with them resolved. The lab resolves an alias to the very
// node it names, so a node that contains itself (`a: &a [*a]`) would send every walk round forever,
// and a few lines of nested aliases (a "billion laughs") would expand past any time limit. compose
// decodes a file twice over and fails on both, and so does the lab, with compose's words:
//  - compose-go loader/reset.go ResetProcessor.resolveReset, checkForCycle and cachedResolve:
//    `cycle detected: node at path X references node at path Y`, and at most 100000 visits;
//  - go-yaml v4 (go.yaml.in/yaml/v4) internal/libyaml/constructor.go Construct, alias and
//    allowedAliasRatio: `document contains excessive aliasing`, `anchor 'a' value contains itself`.
// Both come back from the document decoder as a construct error of the root node (constructor.go
// callConstructor, errors.go LoadErrors), which compose-go's loadYamlFile prints behind
// `failed to parse FILE:` (loader/loader.go).
import { type Document, type Node, type ParsedNode, isAlias, isMap, isScalar, isSeq } from 'yaml';

type Alias = Extract<Node, { source: string }>;

/** Each alias and the node it names: the last anchor of that name before it, in document order. */
export function aliasTargets(doc: Document.Parsed): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const walk = (node: unknown): void => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      return;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(doc.contents);
  return targets;
}

class AliasProblem extends Error {}

/** compose-go tree.Path: parts joined by dots, a dot inside a later part escaped (Path.Next). */
const GHOST = '\u{1F47B}';
const next = (path: string, part: string) => (path === '' ? part : `${path}.${part.replaceAll('.', GHOST)}`);
const shown = (path: string) => path.replaceAll(GHOST, '.');

/** inner lies below outer: `outer.` begins it. */
const within = (inner: string, outer: string) =>
  inner.length > outer.length && inner.startsWith(outer) && inner[outer.length] === '.';

const isMergeKey = (key: unknown) => isScalar(key) && (key.value === '<<' || typeof key.value === 'symbol');
const keyText = (key: unknown) => (isMergeKey(key) ? '<<' : isScalar(key) ? String(key.value) : '');

const MAX_NODE_VISITS = 100_000;
const MAX_DEPTH = 1_000;

/** ResetProcessor's walk: an alias whose target is already being read at an enclosing path is a cycle. */
function checkResetWalk(root: Node, targets: ReadonlyMap<Alias, Node>): void {
  const visitedPaths = new Map<Node, string[]>();
  const resolved = new Set<Node>();
  let visits = 0;
  const servicesDiffer = (a: string, b: string): boolean => {
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < pa.length && i < pb.length; i++) {
      if (pa[i] === 'services' && i + 1 < pa.length && pb[i] === 'services' && i + 1 < pb.length)
        return pa[i + 1] !== pb[i + 1];
    }
    return false;
  };
  // Paths through a merge key never count as a cycle, so only the others are kept and compared.
  const checkForCycle = (target: Node, path: string): void => {
    if (path.includes('<<')) return;
    const paths = visitedPaths.get(target) ?? [];
    visitedPaths.set(target, paths);
    for (const prev of paths) {
      if ((within(path, prev) || within(prev, path)) && !servicesDiffer(path, prev)) {
        throw new AliasProblem(`cycle detected: node at path ${shown(path)} references node at path ${shown(prev)}`);
      }
    }
    paths.push(path);
  };
  let depth = 0;
  const resolve = (node: unknown, at: string): void => {
    // A loop checkForCycle lets through (merge keys, two services) runs until the visit cap; the
    // lab's stack is shorter than Go's, so it stops at a depth no parsed file reaches instead.
    if (++visits > MAX_NODE_VISITS || depth > MAX_DEPTH)
      throw new AliasProblem(`compose file exceeds maximum node visit limit (${MAX_NODE_VISITS})`);
    const path = shown(at).includes('.<<') ? shown(at).replace('.<<', '') : at;
    if (isAlias(node)) {
      const target = targets.get(node);
      if (!target) return;
      checkForCycle(target, path);
      if (target.tag === '!reset' || target.tag === '!override') return;
      container(target, path);
      return;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    if (node.tag === '!reset' || node.tag === '!override') return;
    container(node, path);
  };
  const container = (node: Node, path: string): void => {
    if (resolved.has(node)) return;
    depth++;
    if (isSeq(node)) node.items.forEach((item, i) => resolve(item, next(path, String(i))));
    else if (isMap(node)) for (const pair of node.items) resolve(pair.value, next(path, keyText(pair.key)));
    depth--;
    resolved.add(node);
  };
  resolve(root, '');
}

// constructor.go: the share of decode steps spent inside aliases that a document may reach.
const RATIO_LOW = 400_000;
const RATIO_HIGH = 4_000_000;
function allowedAliasRatio(count: number): number {
  if (count <= RATIO_LOW) return 0.99;
  if (count >= RATIO_HIGH) return 0.1;
  return 0.99 - 0.89 * ((count - RATIO_LOW) / (RATIO_HIGH - RATIO_LOW));
}

/** The decoder's walk with aliases expanded, counted as Construct counts, stopped as soon as it trips. */
function checkExpansion(root: Node, targets: ReadonlyMap<Alias, Node>): void {
  let count = 0;
  let aliasCount = 0;
  let aliasDepth = 0;
  const expanding = new Set<Alias>();
  /** counted: read through the alias node; ResetProcessor puts a `<<: *x` target in place, uncounted. */
  const expand = (alias: Alias, counted: boolean): void => {
    if (expanding.has(alias)) throw new AliasProblem(`yaml: anchor '${alias.source}' value contains itself`);
    const target = targets.get(alias);
    if (!target) return;
    expanding.add(alias);
    if (counted) aliasDepth++;
    construct(target);
    if (counted) aliasDepth--;
    expanding.delete(alias);
  };
  const construct = (node: unknown): void => {
    count++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && count > 1000 && aliasCount / count > allowedAliasRatio(count))
      throw new AliasProblem('yaml: document contains excessive aliasing');
    if (isAlias(node)) expand(node, true);
    else if (isSeq(node)) {
      for (const item of node.items) construct(item);
    } else if (isMap(node)) {
      let merge: unknown;
      for (const pair of node.items) {
        if (isMergeKey(pair.key)) merge = pair.value;
        else {
          construct(pair.key);
          construct(pair.value);
        }
      }
      if (merge === undefined) return;
      // Construct.merge reads every key of the mapping again, then the merged mappings.
      for (const pair of node.items) construct(pair.key);
      if (isSeq(merge)) for (const item of merge.items) construct(item);
      else if (isAlias(merge)) expand(merge, false);
      else construct(merge);
    }
  };
  construct(root);
}

/**
 * compose's complaint when the document's aliases loop or expand too far (behind `line N:` of the
 * root node, see above); undefined when they are fine.
 */
export function aliasProblem(doc: Document.Parsed, targets: ReadonlyMap<Alias, Node>): string | undefined {
  const root = doc.contents;
  if (targets.size === 0 || !root) return undefined;
  try {
    checkResetWalk(root, targets);
    checkExpansion(root, targets);
    return undefined;
  } catch (e) {
    if (e instanceof AliasProblem) return e.message;
    throw e;
  }
}

/** Puts each alias's target in its place (a missing anchor's alias goes, as before); every node is seen once. */
export function replaceAliases(doc: Document.Parsed, targets: ReadonlyMap<Alias, Node>): void {
  const swap = (node: unknown): unknown => (isAlias(node) ? (targets.get(node) ?? null) : node);
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
        pair.key = swap(pair.key);
        pair.value = swap(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
      node.items = node.items.map(swap).filter((item) => item !== null);
    }
  };
  walk(doc.contents);
  if (isAlias(doc.contents)) doc.contents = (targets.get(doc.contents) ?? null) as ParsedNode | null;
}
