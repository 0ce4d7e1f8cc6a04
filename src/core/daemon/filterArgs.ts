// `--filter KEY=VALUE` flags as the CLI parses them (moby api/types/filters ParseFlag, through
// docker/cli opts.FilterOpt): the key lower-cased, both sides trimmed; a value given again for a
// key adds to its list (values of one key OR, different keys AND).

/** pflag's wording for a flag value that ParseFlag rejects (ErrBadFormat). */
export class FilterFormatError extends Error {}

export function parseFilterArgs(specs: readonly string[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq < 0) {
      throw new FilterFormatError(
        `invalid argument "${spec}" for "-f, --filter" flag: bad format of filter (expected name=value)`,
      );
    }
    const key = spec.slice(0, eq).trim().toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), spec.slice(eq + 1).trim()]);
  }
  return byKey;
}

/**
 * filters.Args MatchKVList: no value given matches; else every `key` / `key=value` must be among the
 * labels (none at all matches nothing).
 */
export function matchKVList(
  values: readonly string[],
  labels: Readonly<Record<string, string>> | null | undefined,
): boolean {
  if (values.length === 0) return true;
  if (!labels || Object.keys(labels).length === 0) return false;
  return values.every((v) => {
    const eq = v.indexOf('=');
    const key = eq < 0 ? v : v.slice(0, eq);
    if (!Object.prototype.hasOwnProperty.call(labels, key)) return false;
    return eq < 0 || labels[key] === v.slice(eq + 1);
  });
}
