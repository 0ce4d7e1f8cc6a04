// cut: GNU coreutils 9.1 (src/cut.c) or busybox (coreutils/cut.c). -b/-c LIST positions, -f LIST
// fields split on -d CHAR (a tab by default); a line without the delimiter is printed whole unless
// -s. LIST is N, N-, N-M, -M, comma-separated; what is selected prints in the line's order.
import type { Output } from '../../core/lab/output';
import type { ShellTool } from './context';
import { NO_SUCH_FILE, type TextFlavour, linesOf, readOperand, textFlavour } from './textInput';
import { parseOptions } from './textOptions';
import { dieWith, usageError } from './textUsage';

interface Range {
  from: number;
  to: number;
}

/** A LIST as 1-based inclusive ranges (GNU set_fields, busybox cut_main's strsep loop), or an error. */
function parseList(flavour: TextFlavour, list: string, fields: boolean): Range[] | Output {
  const ranges: Range[] = [];
  const gnuError = (message: string) => usageError(flavour, 'cut', `cut: ${message}\n`);
  for (const item of list.split(',')) {
    if (item === '') {
      if (flavour === 'busybox') continue;
      return gnuError(fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1');
    }
    const m = /^(\d*)(-?)(\d*)$/.exec(item);
    if (m && flavour === 'gnu' && m[1] === '' && m[3] === '')
      return gnuError(`invalid range with no endpoint: ${item}`);
    if (!m) {
      const dash = item.indexOf('-');
      const parts = dash < 0 ? [item] : [item.slice(0, dash), item.slice(dash + 1)];
      const bad = parts.find((p) => p !== '' && !/^\d+$/.test(p)) ?? item;
      if (flavour === 'busybox') return dieWith('cut', `invalid number '${bad}'`, 1);
      return gnuError(fields ? `invalid field value '${bad}'` : `invalid byte/character position '${bad}'`);
    }
    const from = m[1] === '' ? 1 : Number(m[1]);
    const to = m[2] === '' ? from : m[3] === '' ? Number.MAX_SAFE_INTEGER : Number(m[3]);
    if (from === 0 && flavour === 'gnu')
      return gnuError(fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1');
    if (to < from) {
      if (flavour === 'busybox') return dieWith('cut', `${to}<${Math.max(from, 1) - 1}`, 1);
      return gnuError('invalid decreasing range');
    }
    ranges.push({ from: Math.max(from, 1), to });
  }
  if (ranges.length === 0)
    return flavour === 'busybox'
      ? dieWith('cut', 'missing list of positions', 1)
      : gnuError('fields are numbered from 1');
  return ranges;
}

const selected = (ranges: readonly Range[], n: number) => ranges.some((r) => n >= r.from && n <= r.to);

export const cutTool: ShellTool = (sh, argv) => {
  const flavour = textFlavour(sh);
  const parsed = parseOptions(argv, {
    short: flavour === 'busybox' ? 'b:c:f:d:O:sDF:n' : 'b:c:d:f:nsz',
    long: {
      bytes: { key: 'b', arg: 'required' },
      characters: { key: 'c', arg: 'required' },
      fields: { key: 'f', arg: 'required' },
      delimiter: { key: 'd', arg: 'required' },
      'only-delimited': { key: 's', arg: 'none' },
      'output-delimiter': { key: 'O', arg: 'required' },
    },
  });
  if ('error' in parsed) return usageError(flavour, 'cut', parsed.error);
  let mode: string | undefined;
  let list = '';
  let delim: string | undefined;
  let outDelim: string | undefined;
  let onlyDelimited = false;
  for (const { key, value } of parsed.options) {
    if (key === 'b' || key === 'c' || key === 'f' || key === 'F') {
      // busybox "b--bcfF" (getopt32 refuses a second kind), GNU cut's FATAL_ERROR.
      if (mode !== undefined && mode !== key) {
        if (flavour === 'busybox') return usageError(flavour, 'cut');
        return usageError(flavour, 'cut', 'cut: only one list may be specified\n');
      }
      mode = key;
      list = value ?? '';
    } else if (key === 'd') delim = value ?? '';
    else if (key === 'O') outDelim = value ?? '';
    else if (key === 's') onlyDelimited = true;
  }
  if (mode === undefined)
    return flavour === 'busybox'
      ? dieWith('cut', 'expected a list of bytes, characters, or fields', 1)
      : usageError(flavour, 'cut', 'cut: you must specify a list of bytes, characters, or fields\n');
  const fields = mode === 'f' || mode === 'F';
  if (!fields && onlyDelimited)
    return flavour === 'busybox'
      ? dieWith('cut', 'suppressing non-delimited lines makes sense only when operating on fields', 1)
      : usageError(
          flavour,
          'cut',
          'cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\n',
        );
  if (!fields && delim !== undefined)
    return flavour === 'busybox'
      ? dieWith('cut', 'a delimiter may be specified only when operating on fields', 1)
      : usageError(flavour, 'cut', 'cut: an input delimiter may be specified only when operating on fields\n');
  if (flavour === 'gnu' && delim !== undefined && delim.length > 1)
    return usageError(flavour, 'cut', 'cut: the delimiter must be a single character\n');
  const ranges = parseList(flavour, list, fields);
  if ('exitCode' in ranges) return ranges;
  // busybox reads only the first character of -d, an empty one is a tab; -F splits on runs of whitespace.
  const sep = delim === undefined || delim === '' ? '\t' : delim[0]!;
  const splitter = mode === 'F' ? /[ \t\n\v\f\r]+/ : sep;
  const joiner = outDelim ?? (mode === 'F' ? ' ' : sep);
  let stdout = '';
  let stderr = '';
  for (const name of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    const text = readOperand(sh, name);
    if (text === undefined) {
      stderr += `cut: ${name}: ${NO_SUCH_FILE}\n`;
      continue;
    }
    for (const line of linesOf(text)) {
      if (!fields) {
        stdout += `${[...line].filter((_, k) => selected(ranges, k + 1)).join('')}\n`;
        continue;
      }
      const parts = line.split(splitter);
      if (parts.length === 1 && mode === 'f') {
        if (!onlyDelimited) stdout += `${line}\n`;
        continue;
      }
      stdout += `${parts.filter((_, k) => selected(ranges, k + 1)).join(joiner)}\n`;
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
};
