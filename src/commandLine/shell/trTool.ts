// tr: GNU coreutils 9.1 (src/tr.c) or busybox (coreutils/tr.c), reading stdin only. SET1 [SET2]
// with escapes (\n, \t, \\, \NNN), ranges (a-z), classes ([:upper:], [:digit:], ...), [=c=] and
// GNU's [c*] / [c*N]; -d deletes SET1, -s squeezes repeats, -c complements SET1. A SET2 shorter
// than SET1 repeats its last character.
import type { Output } from '../../core/lab/output';
import type { ShellTool } from './context';
import { type TextFlavour, textFlavour } from './textInput';
import { parseOptions } from './textOptions';
import { dieWith, usageError } from './textUsage';

const range = (from: number, to: number): string[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => String.fromCharCode(from + k));

/** The classes both read (busybox expand's table; GNU adds print and graph). */
const CLASSES: Record<string, () => string[]> = {
  alpha: () => [...range(65, 90), ...range(97, 122)],
  alnum: () => [...range(48, 57), ...range(65, 90), ...range(97, 122)],
  digit: () => range(48, 57),
  lower: () => range(97, 122),
  upper: () => range(65, 90),
  space: () => ['\t', '\n', '\v', '\f', '\r', ' '],
  blank: () => ['\t', ' '],
  punct: () => range(33, 126).filter((c) => !/[0-9A-Za-z]/.test(c)),
  cntrl: () => [...range(0, 31), '\x7f'],
  xdigit: () => [...range(48, 57), ...range(65, 70), ...range(97, 102)],
  print: () => range(32, 126),
  graph: () => range(33, 126),
};

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** One character of a set at `i`, escapes read: [char, next index]. */
function charAt(set: string, i: number): [string, number] {
  if (set[i] !== '\\' || i + 1 >= set.length) return [set[i]!, i + 1];
  const octal = /^[0-7]{1,3}/.exec(set.slice(i + 1));
  if (octal) return [String.fromCharCode(parseInt(octal[0], 8) & 255), i + 1 + octal[0].length];
  const next = set[i + 1]!;
  return [ESCAPES[next] ?? next, i + 2];
}

/** A set's characters in order, or an error in GNU's words. `fill` is SET1's length for GNU's [c*]. */
function expand(set: string, flavour: TextFlavour, fill: number): string[] | string {
  const out: string[] = [];
  for (let i = 0; i < set.length;) {
    const cls = /^\[:([a-z]+):\]/.exec(set.slice(i));
    if (cls) {
      const members = Object.prototype.hasOwnProperty.call(CLASSES, cls[1]!) ? CLASSES[cls[1]!] : undefined;
      if (members) {
        out.push(...members());
        i += cls[0].length;
        continue;
      }
      if (flavour === 'gnu') return `invalid character class '${cls[1]!}'`;
    }
    const equiv = /^\[=(.)=\]/.exec(set.slice(i));
    if (equiv) {
      out.push(equiv[1]!);
      i += equiv[0].length;
      continue;
    }
    const repeat = flavour === 'gnu' ? /^\[(.)\*(\d*)\]/.exec(set.slice(i)) : null;
    if (repeat) {
      const times = repeat[2] === '' ? Math.max(0, fill - out.length) : Number(repeat[2]);
      out.push(...Array<string>(times).fill(repeat[1]!));
      i += repeat[0].length;
      continue;
    }
    const [first, afterFirst] = charAt(set, i);
    if (set[afterFirst] === '-' && afterFirst + 1 < set.length) {
      const [last, afterLast] = charAt(set, afterFirst + 1);
      if (last < first && flavour === 'gnu')
        return `range-endpoints of '${set.slice(i, afterLast)}' are in reverse collating sequence order`;
      out.push(...range(first.charCodeAt(0), last.charCodeAt(0)));
      i = afterLast;
      continue;
    }
    out.push(first);
    i = afterFirst;
  }
  return out;
}

/** -c: every byte value SET1 lacks, in order (both complement the 256 byte values). */
const complement = (set: readonly string[]): string[] => range(0, 255).filter((c) => !set.includes(c));

function checkOperands(flavour: TextFlavour, sets: string[], del: boolean, squeeze: boolean): Output | undefined {
  if (flavour === 'busybox') {
    // getopt32 "-1:?2": one or two operands.
    if (sets.length < 1 || sets.length > 2) return usageError(flavour, 'tr');
    if (sets[1] === '') return dieWith('tr', 'STRING2 cannot be empty', 1);
    return undefined;
  }
  if (sets.length === 0) return usageError(flavour, 'tr', 'tr: missing operand\n');
  const max = del && !squeeze ? 1 : 2;
  if (sets.length > max) {
    const why = del && !squeeze ? 'Only one string may be given when deleting without squeezing repeats.\n' : '';
    return usageError(flavour, 'tr', `tr: extra operand '${sets[max]!}'\n${why}`);
  }
  if (sets.length === 1 && !del && !squeeze)
    return usageError(
      flavour,
      'tr',
      `tr: missing operand after '${sets[0]!}'\nTwo strings must be given when translating.\n`,
    );
  if (del && squeeze && sets.length === 1)
    return usageError(
      flavour,
      'tr',
      `tr: missing operand after '${sets[0]!}'\nTwo strings must be given when deleting and squeezing.\n`,
    );
  return undefined;
}

export const trTool: ShellTool = (sh, argv) => {
  const flavour = textFlavour(sh);
  const parsed = parseOptions(argv, {
    short: flavour === 'busybox' ? 'Ccds' : 'AcCdst',
    permute: false,
    long: {
      complement: { key: 'c', arg: 'none' },
      delete: { key: 'd', arg: 'none' },
      'squeeze-repeats': { key: 's', arg: 'none' },
      'truncate-set1': { key: 't', arg: 'none' },
    },
  });
  if ('error' in parsed) return usageError(flavour, 'tr', parsed.error);
  const has = (k: string) => parsed.options.some((o) => o.key === k);
  const del = has('d');
  const squeeze = has('s');
  const sets = parsed.operands;
  const refused = checkOperands(flavour, sets, del, squeeze);
  if (refused) return refused;
  const first = expand(sets[0]!, flavour, 0);
  if (typeof first === 'string') return dieWith('tr', first, 1);
  const set1 = has('c') || has('C') ? complement(first) : first;
  const second = sets[1] === undefined ? [] : expand(sets[1], flavour, set1.length);
  if (typeof second === 'string') return dieWith('tr', second, 1);
  const translating = !del && sets.length === 2;
  if (translating && second.length === 0 && flavour === 'gnu')
    return dieWith('tr', 'when not truncating set1, string2 must be non-empty', 1);
  const map = new Map<string, string>();
  if (translating) set1.forEach((c, k) => map.set(c, second[Math.min(k, second.length - 1)]!));
  const in1 = new Set(set1);
  const in2 = new Set(second);
  // GNU squeezes the last set given (SET2 when there is one); busybox a repeat of a character of SET1 or SET2.
  const squeezeSet = sets.length === 2 ? in2 : in1;
  let out = '';
  let last: string | undefined;
  for (const c of sh.stdin ?? '') {
    if (del && in1.has(c)) continue;
    const coded = map.get(c) ?? c;
    const squeezable = flavour === 'busybox' ? in1.has(c) || in2.has(coded) : squeezeSet.has(coded);
    if (squeeze && last === coded && squeezable) continue;
    out += coded;
    last = coded;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
};
