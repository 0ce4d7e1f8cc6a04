// Flag parsing with pflag's rules, driven by a table per command: `--flag value`, `--flag=value`,
// `-p 80:80`, `-p80:80`, combined booleans (`-dit`), repeated list flags, and `--` to stop.
import { own } from '../../core/lab/own';

export type FlagType = 'bool' | 'string' | 'list';

export interface FlagSpec {
  /** Long name without dashes; the key in the result. */
  name: string;
  short?: string;
  type: FlagType;
  /** Other long names accepted for the same flag (e.g. `net` for `network`). */
  aliases?: string[];
  /** The flag value's own check (pflag Value.Set): why a value is refused, or undefined. */
  check?: (value: string) => string | undefined;
}

export interface ParsedFlags {
  bools: Set<string>;
  strings: Map<string, string>;
  lists: Map<string, string[]>;
  positionals: string[];
}

export class FlagError extends Error {}

type SpecIndex = { long: Map<string, FlagSpec>; short: Map<string, FlagSpec> };

/** Flag tables are constants: index each once. */
const indexes = new WeakMap<readonly FlagSpec[], SpecIndex>();

function indexSpecs(specs: readonly FlagSpec[]): SpecIndex {
  const cached = indexes.get(specs);
  if (cached) return cached;
  const index = buildIndex(specs);
  indexes.set(specs, index);
  return index;
}

function buildIndex(specs: readonly FlagSpec[]): SpecIndex {
  const long = new Map<string, FlagSpec>();
  const short = new Map<string, FlagSpec>();
  for (const s of specs) {
    long.set(s.name, s);
    for (const a of s.aliases ?? []) long.set(a, s);
    if (s.short) short.set(s.short, s);
  }
  return { long, short };
}

const BOOL_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  t: true,
  f: false,
  TRUE: true,
  FALSE: false,
  True: true,
  False: false,
};

/**
 * Parses args. With `interspersed` false (docker run), the first positional ends the flags and
 * everything after it is positional, as for `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`.
 */
export function parseFlags(specs: readonly FlagSpec[], args: readonly string[], interspersed: boolean): ParsedFlags {
  const { long, short } = indexSpecs(specs);
  const out: ParsedFlags = { bools: new Set(), strings: new Map(), lists: new Map(), positionals: [] };
  const set = (spec: FlagSpec, value: string, given: string) => {
    // pflag names the flag with its shorthand whichever form was typed (FlagSet.set).
    const shown = spec.short ? `-${spec.short}, --${spec.name}` : given;
    const refused = spec.type === 'bool' ? undefined : spec.check?.(value);
    if (refused !== undefined) throw new FlagError(`invalid argument "${value}" for "${shown}" flag: ${refused}`);
    if (spec.type === 'bool') {
      const b = own(BOOL_WORDS, value);
      if (b === undefined)
        throw new FlagError(
          `invalid argument "${value}" for "${shown}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
        );
      if (b) out.bools.add(spec.name);
      else out.bools.delete(spec.name);
    } else if (spec.type === 'string') out.strings.set(spec.name, value);
    else out.lists.set(spec.name, [...(out.lists.get(spec.name) ?? []), value]);
  };
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    i++;
    if (arg === '--') {
      out.positionals.push(...args.slice(i));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const spec = long.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, arg.slice(eq + 1), `--${name}`);
      else if (spec.type === 'bool') set(spec, 'true', `--${name}`);
      else {
        if (i >= args.length) throw new FlagError(`flag needs an argument: --${name}`);
        set(spec, args[i]!, `--${name}`);
        i++;
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      let j = 1;
      while (j < arg.length) {
        const letter = arg[j]!;
        const spec = short.get(letter);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${letter}' in ${arg}`);
        const shown = `-${letter}, --${spec.name}`;
        if (spec.type === 'bool') {
          if (arg[j + 1] === '=') {
            set(spec, arg.slice(j + 2), shown);
            break;
          }
          set(spec, 'true', shown);
          j++;
          continue;
        }
        let value = arg.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        else if (value === '') {
          if (i >= args.length) throw new FlagError(`flag needs an argument: '${letter}' in -${letter}`);
          value = args[i]!;
          i++;
        }
        set(spec, value, shown);
        break;
      }
      continue;
    }
    out.positionals.push(arg);
    if (!interspersed) {
      out.positionals.push(...args.slice(i));
      break;
    }
  }
  return out;
}
