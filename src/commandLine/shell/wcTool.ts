// wc: GNU coreutils 9.1 (src/wc.c) or busybox (coreutils/wc.c). Counts in the order lines, words,
// characters, bytes, longest line (-l -w -m -c -L; none given: -l -w -c), one row per FILE and a
// `total` row for several. Characters are bytes in the C locale.
import type { ShellTool } from './context';
import { NO_SUCH_FILE, type TextFlavour, byteLength, readOperand, textFlavour } from './textInput';
import { parseOptions } from './textOptions';
import { usageError } from './textUsage';

type Counts = [number, number, number, number, number];
const ORDER = 'lwmcL';

/** busybox wc_main's loop: words end at whitespace, tabs move -L to the next multiple of 8. */
function count(text: string): Counts {
  const bytes = byteLength(text);
  let longest = 0;
  for (const line of text.split(/[\n\r\f]/)) {
    let pos = 0;
    for (const ch of line) pos = ch === '\t' ? (pos | 7) + 1 : ch >= ' ' && ch <= '~' ? pos + 1 : pos;
    longest = Math.max(longest, pos);
  }
  const words = text.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '').length;
  return [(text.match(/\n/g) ?? []).length, words, bytes, bytes, longest];
}

/**
 * GNU's column width (wc.c compute_number_width): the digits of the files' total size, at least 7
 * when stdin is among them, 1 when one count of one input is asked for or the first FILE is missing.
 */
function gnuWidth(inputs: ReadonlyArray<{ name: string; text: string | undefined }>, shown: number): number {
  if (inputs.length === 1 && shown === 1) return 1;
  if (inputs[0]?.text === undefined) return 1;
  let size = 0;
  let minimum = 1;
  for (const i of inputs) {
    if (i.text === undefined) continue;
    if (i.name === '-') minimum = 7;
    else size += byteLength(i.text);
  }
  return Math.max(String(size).length, minimum);
}

function row(flavour: TextFlavour, counts: Counts, picked: boolean[], width: number, bare: boolean): string {
  const values = counts.filter((_, k) => picked[k]);
  // busybox: "%9u" then " %9u" each, unpadded for one count of at most one FILE (wc_main start_fmt).
  if (flavour === 'busybox')
    return values
      .map((v, k) => (k === 0 && bare ? String(v) : `${k === 0 ? '' : ' '}${String(v).padStart(9)}`))
      .join('');
  return values.map((v) => String(v).padStart(width)).join(' ');
}

export const wcTool: ShellTool = (sh, argv) => {
  const flavour = textFlavour(sh);
  const parsed = parseOptions(argv, {
    short: ORDER,
    long: {
      lines: { key: 'l', arg: 'none' },
      words: { key: 'w', arg: 'none' },
      chars: { key: 'm', arg: 'none' },
      bytes: { key: 'c', arg: 'none' },
      'max-line-length': { key: 'L', arg: 'none' },
    },
  });
  if ('error' in parsed) return usageError(flavour, 'wc', parsed.error);
  let picked = [...ORDER].map((ch) => parsed.options.some((o) => o.key === ch));
  if (!picked.includes(true)) picked = [true, true, false, true, false];
  const shown = picked.filter(Boolean).length;
  const stdinOnly = parsed.operands.length === 0;
  const names = stdinOnly ? ['-'] : parsed.operands;
  const inputs = names.map((name) => ({ name, text: readOperand(sh, name) }));
  const width = gnuWidth(inputs, shown);
  const bare = shown === 1 && names.length <= 1;
  const totals: Counts = [0, 0, 0, 0, 0];
  let stdout = '';
  let stderr = '';
  for (const { name, text } of inputs) {
    if (text === undefined) {
      stderr += `wc: ${name}: ${NO_SUCH_FILE}\n`;
      continue;
    }
    const c = count(text);
    c.forEach((v, k) => (totals[k] = k === 4 ? Math.max(totals[k], v) : totals[k]! + v));
    const label = stdinOnly ? '' : ` ${flavour === 'busybox' && name === '-' ? 'standard input' : name}`;
    stdout += `${row(flavour, c, picked, width, bare)}${label}\n`;
  }
  if (names.length > 1) stdout += `${row(flavour, totals, picked, width, bare)} total\n`;
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
};
