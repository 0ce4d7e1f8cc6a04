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
