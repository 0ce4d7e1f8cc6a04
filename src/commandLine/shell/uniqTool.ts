// uniq: GNU coreutils 9.1 (src/uniq.c) or busybox (coreutils/uniq.c). Adjacent equal lines
// collapse; -c prefixes the count ("%7lu "), -d prints only repeated lines, -u only unique ones
// (both: nothing), -i ignores case, -f N skips fields, -s N characters, -w N compares at most N.
// An OUTFILE operand is written where the lab keeps no files, as a redirect is.
import type { ShellTool } from './context';
import { NO_SUCH_FILE, linesOf, readOperand, textFlavour } from './textInput';
import { parseOptions } from './textOptions';
import { dieWith, usageError } from './textUsage';

/** GNU's texts for a bad -f, -s, -w (uniq.c size_opt). */
const GNU_NUMBER_ERRORS: Record<string, string> = {
  f: 'invalid number of fields to skip',
  s: 'invalid number of bytes to skip',
  w: 'invalid number of bytes to compare',
};

/** The part of a line compared: after `fields` fields (blanks then non-blanks) and `chars` characters. */
function compared(line: string, fields: number, chars: number, width: number, fold: boolean): string {
  let at = 0;
  for (let k = 0; k < fields; k++) {
    while (at < line.length && /\s/.test(line[at]!)) at++;
    while (at < line.length && !/\s/.test(line[at]!)) at++;
  }
  const text = line.slice(Math.min(line.length, at + chars), Math.min(line.length, at + chars) + width);
  return fold ? text.toLowerCase() : text;
}

export const uniqTool: ShellTool = (sh, argv) => {
  const flavour = textFlavour(sh);
  const parsed = parseOptions(argv, {
    short: flavour === 'busybox' ? 'cduf:s:w:iz' : 'cdDf:is:uw:z',
    long: {
      count: { key: 'c', arg: 'none' },
      repeated: { key: 'd', arg: 'none' },
      unique: { key: 'u', arg: 'none' },
      'ignore-case': { key: 'i', arg: 'none' },
      'skip-fields': { key: 'f', arg: 'required' },
      'skip-chars': { key: 's', arg: 'required' },
      'check-chars': { key: 'w', arg: 'required' },
    },
  });
  if ('error' in parsed) return usageError(flavour, 'uniq', parsed.error);
  const set = new Set<string>();
  const numbers: Record<string, number> = { f: 0, s: 0, w: Number.MAX_SAFE_INTEGER };
  for (const { key, value } of parsed.options) {
    if (key === 'f' || key === 's' || key === 'w') {
      const v = value ?? '';
      if (!/^\d+$/.test(v))
        return dieWith('uniq', flavour === 'busybox' ? `invalid number '${v}'` : `${v}: ${GNU_NUMBER_ERRORS[key]!}`, 1);
      numbers[key] = Number(v);
    } else set.add(key);
  }
  const [input, output, extra] = parsed.operands;
  if (extra !== undefined) {
    if (flavour === 'busybox') return usageError(flavour, 'uniq');
    return usageError(flavour, 'uniq', `uniq: extra operand '${extra}'\n`);
  }
  const text = readOperand(sh, input ?? '-');
  if (text === undefined) {
    const name = input ?? '-';
    return dieWith(
      'uniq',
      flavour === 'busybox' ? `can't open '${name}': ${NO_SUCH_FILE}` : `${name}: ${NO_SUCH_FILE}`,
      1,
    );
  }
  const key = (l: string) => compared(l, numbers.f!, numbers.s!, numbers.w!, set.has('i'));
  const groups: Array<{ line: string; count: number }> = [];
  for (const line of linesOf(text)) {
    const last = groups[groups.length - 1];
    if (last && key(last.line) === key(line)) last.count++;
    else groups.push({ line, count: 1 });
  }
  const shown = groups.filter((g) => (g.count > 1 ? !set.has('u') : !set.has('d')));
  const stdout = shown.map((g) => `${set.has('c') ? `${String(g.count).padStart(7)} ` : ''}${g.line}\n`).join('');
  return { stdout: output !== undefined && output !== '-' ? '' : stdout, stderr: '', exitCode: 0 };
};
