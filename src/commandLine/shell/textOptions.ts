// Option parsing as glibc's getopt_long does it for GNU grep and coreutils, and for busybox's
// getopt32 (libbb/getopt32.c, which calls the same getopt): clusters (`-nA2`), arguments joined or
// in the next word, `--` ending options, and, unless the tool asks otherwise (tr's leading '+'),
// options after operands. Its error lines are getopt's own words.

export interface LongOption {
  /** The short option it stands for, or a key of its own. */
  key: string;
  arg: 'none' | 'required' | 'optional';
}

export interface OptionSpec {
  /** getopt's string: a letter, `:` after one that takes an argument. */
  short: string;
  long?: Readonly<Record<string, LongOption>>;
  /** false: options stop at the first operand (getopt's leading '+'). */
  permute?: boolean;
  /** GNU grep's -NUM (context): a run of digits in a cluster is one option `#`. */
  digits?: boolean;
}

export interface ParsedOption {
  key: string;
  value: string | undefined;
}

export type ParsedArgs = { options: ParsedOption[]; operands: string[] } | { error: string };

function takesArgument(spec: OptionSpec, ch: string): boolean | undefined {
  const at = spec.short.indexOf(ch);
  if (at < 0 || ch === ':') return undefined;
  return spec.short[at + 1] === ':';
}

function parseLong(
  spec: OptionSpec,
  tool: string,
  word: string,
  next: string | undefined,
): { option: ParsedOption; usedNext: boolean } | { error: string } {
  const eq = word.indexOf('=');
  const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
  const inline = eq < 0 ? undefined : word.slice(eq + 1);
  const long = spec.long && Object.prototype.hasOwnProperty.call(spec.long, name) ? spec.long[name] : undefined;
  if (!long) return { error: `${tool}: unrecognized option '${word}'\n` };
  if (long.arg === 'none') {
    if (inline !== undefined) return { error: `${tool}: option '--${name}' doesn't allow an argument\n` };
    return { option: { key: long.key, value: undefined }, usedNext: false };
  }
  if (inline !== undefined || long.arg === 'optional')
    return { option: { key: long.key, value: inline }, usedNext: false };
  if (next === undefined) return { error: `${tool}: option '--${name}' requires an argument\n` };
  return { option: { key: long.key, value: next }, usedNext: true };
}

/** Parses argv[1..] (argv[0] names the tool in error lines). */
export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const tool = argv[0] ?? '';
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      if (spec.permute === false) {
        operands.push(...argv.slice(i));
        break;
      }
      operands.push(word);
      continue;
    }
    if (word.startsWith('--')) {
      const r = parseLong(spec, tool, word, argv[i + 1]);
      if ('error' in r) return r;
      options.push(r.option);
      if (r.usedNext) i++;
      continue;
    }
    for (let k = 1; k < word.length; k++) {
      const ch = word[k]!;
      if (spec.digits && ch >= '0' && ch <= '9') {
        let end = k;
        while (end < word.length && word[end]! >= '0' && word[end]! <= '9') end++;
        options.push({ key: '#', value: word.slice(k, end) });
        k = end - 1;
        continue;
      }
      const needs = takesArgument(spec, ch);
      if (needs === undefined) return { error: `${tool}: invalid option -- '${ch}'\n` };
      if (!needs) {
        options.push({ key: ch, value: undefined });
        continue;
      }
      const rest = word.slice(k + 1);
      if (rest !== '') options.push({ key: ch, value: rest });
      else if (i + 1 < argv.length) options.push({ key: ch, value: argv[++i]! });
      else return { error: `${tool}: option requires an argument -- '${ch}'\n` };
      break;
    }
  }
  return { options, operands };
}
