// Reading YAML nodes into the source model's values, each with its range: a scalar as text, a
// boolean or a number, a string-or-list, a `KEY=VALUE` list or map, a boolean written either way.
import type { Entry, Located } from './model';
import { type YamlNode, entries, isMapping, isSequence, items, nodeRange, scalarText, scalarValue } from './yamlTree';

export function located(node: YamlNode): Located<string> | undefined {
  const text = scalarText(node);
  return text === undefined ? undefined : { value: text, range: nodeRange(node) };
}

export function locatedBool(node: YamlNode): Located<boolean> | undefined {
  const v = scalarValue(node);
  return typeof v === 'boolean' ? { value: v, range: nodeRange(node) } : undefined;
}

export function locatedNumber(node: YamlNode): Located<number> | undefined {
  const v = scalarValue(node);
  return typeof v === 'number' ? { value: v, range: nodeRange(node) } : undefined;
}

/** A string or a list of strings, as a list. */
export function stringList(node: YamlNode): Located<string>[] {
  if (isSequence(node))
    return items(node)
      .map(located)
      .filter((l): l is Located<string> => l !== undefined);
  const one = located(node);
  return one ? [one] : [];
}

/** `list_or_dict`: `[k=v]` or `{k: v}` into entries. */
export function keyValues(node: YamlNode): Entry<string>[] {
  if (isMapping(node))
    return entries(node).map((e) => ({
      key: e.key,
      keyRange: e.keyRange,
      value: scalarText(e.value) ?? '',
      range: e.range,
    }));
  return items(node).flatMap((item) => {
    const text = scalarText(item);
    if (text === undefined) return [];
    const eq = text.indexOf('=');
    const r = nodeRange(item);
    return [{ key: eq < 0 ? text : text.slice(0, eq), keyRange: r, value: eq < 0 ? '' : text.slice(eq + 1), range: r }];
  });
}

/** A boolean written as YAML or as a string (the schema allows both for read_only, nocopy, create_host_path). */
export function boolish(node: YamlNode | undefined): boolean | undefined {
  const v = scalarValue(node ?? null);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return /^(1|t|T|TRUE|true|True)$/.test(v);
  return undefined;
}
