// sort: GNU coreutils 9.1 (src/sort.c) or busybox (coreutils/sort.c), in the C locale (byte
// order). -n -r -u -f -b, -k N[.C][opts][,M[.C][opts]] (repeatable), -t CHAR; equal keys fall back
// to the whole line (not with -s), -u keeps the first of each run of equal keys.
import type { Output } from '../../core/lab/output';
import type { ShellTool } from './context';
import { NO_SUCH_FILE, type TextFlavour, joinLines, linesOf, readOperand, textFlavour } from './textInput';
import { parseOptions } from './textOptions';
import { dieWith, usageError } from './textUsage';

interface KeyFlags {
  numeric: boolean;
  reverse: boolean;
  fold: boolean;
  blanksStart: boolean;
  blanksEnd: boolean;
}

interface SortKey {
  startField: number;
  startChar: number;
  /** 0: to the end of the line. */
  endField: number;
  endChar: number;
  flags: KeyFlags | undefined;
}

const noFlags = (): KeyFlags => ({ numeric: false, reverse: false, fold: false, blanksStart: false, blanksEnd: false });

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** Where field `n` (1-based) starts: GNU begfield / busybox get_key; blanks before a field belong to it. */
function fieldStart(line: string, n: number, sep: string | undefined): number {
  let at = 0;
  for (let k = 1; k < n && at < line.length; k++) {
    if (sep !== undefined) {
      const next = line.indexOf(sep, at);
      at = next < 0 ? line.length : next + 1;
    } else {
      while (isBlank(line[at])) at++;
      while (at < line.length && !isBlank(line[at])) at++;
    }
  }
  return at;
}

/** Where field `n` ends (GNU limfield): after its body, before the next separator. */
function fieldEnd(line: string, n: number, sep: string | undefined): number {
  const start = fieldStart(line, n, sep);
  if (sep !== undefined) {
    const next = line.indexOf(sep, start);
    return next < 0 ? line.length : next;
  }
  let at = start;
  while (isBlank(line[at])) at++;
  while (at < line.length && !isBlank(line[at])) at++;
  return at;
}

function keyText(line: string, key: SortKey, flags: KeyFlags, sep: string | undefined): string {
  let start = fieldStart(line, key.startField, sep);
  if (flags.blanksStart) while (isBlank(line[start])) start++;
  start = Math.min(line.length, start + Math.max(0, key.startChar - 1));
  let end = line.length;
  if (key.endField > 0) {
    if (key.endChar > 0) end = Math.min(line.length, fieldStart(line, key.endField, sep) + key.endChar);
    else end = fieldEnd(line, key.endField, sep);
  }
  if (flags.blanksEnd) while (end > start && isBlank(line[end - 1])) end--;
  const text = line.slice(start, Math.max(start, end));
  return flags.fold ? text.toUpperCase() : text;
}

/** The number at the start of a key (leading blanks skipped, strtod-like); none is 0. */
function numberOf(text: string): number {
  const m = /^[ \t]*(-?(\d+\.?\d*|\.\d+))/.exec(text);
  return m ? Number(m[1]) : 0;
}

const byteCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface SortOptions {
  global: KeyFlags;
  keys: SortKey[];
  sep: string | undefined;
  unique: boolean;
  stable: boolean;
  operands: string[];
}

const KEY_FLAG_LETTERS: Record<string, (f: KeyFlags, afterComma: boolean) => void> = {
  n: (f) => (f.numeric = true),
  r: (f) => (f.reverse = true),
  f: (f) => (f.fold = true),
  b: (f, afterComma) => (afterComma ? (f.blanksEnd = true) : (f.blanksStart = true)),
  // Accepted, not modelled: dictionary order, non-printing, general numeric, human, month, version.
  d: () => undefined,
  i: () => undefined,
  g: (f) => (f.numeric = true),
  h: (f) => (f.numeric = true),
  M: () => undefined,
  V: () => undefined,
};

/** A -k value; an error in each implementation's words (GNU key_init/badfieldspec, busybox str2u). */
function parseKey(flavour: TextFlavour, spec: string): SortKey | string {
  const bad = (gnu: string) => (flavour === 'busybox' ? 'bad field specification' : gnu);
  const key: SortKey = { startField: 0, startChar: 0, endField: 0, endChar: 0, flags: undefined };
  const m = /^(\d*)(?:\.(\d*))?([a-zA-Z]*)(?:,(\d*)(?:\.(\d*))?([a-zA-Z]*))?(.*)$/.exec(spec)!;
  if (m[1] === '') return bad(`invalid number at field start: invalid count at start of '${spec}'`);
  key.startField = Number(m[1]);
  if (key.startField === 0) return bad(`field number is zero: invalid field specification '${spec}'`);
  if (m[2] !== undefined) {
    key.startChar = Number(m[2] || '0');
    if (key.startChar === 0) return bad(`character offset is zero: invalid field specification '${spec}'`);
  }
  if (m[4] !== undefined) {
    if (m[4] === '')
      return bad(`invalid number after ',': invalid count at start of '${spec.slice(spec.indexOf(',') + 1)}'`);
    key.endField = Number(m[4]);
    key.endChar = Number(m[5] ?? '0');
    if (key.endField === 0) return bad(`field number is zero: invalid field specification '${spec}'`);
  }
  const letters = `${m[3]}${m[6] ?? ''}`;
  if (m[7] !== '' || [...letters].some((ch) => !KEY_FLAG_LETTERS[ch]))
    return flavour === 'busybox'
      ? 'unknown key option'
      : `stray character in field spec: invalid field specification '${spec}'`;
  if (letters !== '') {
    const flags = noFlags();
    for (const ch of m[3]!) KEY_FLAG_LETTERS[ch]!(flags, false);
    for (const ch of m[6] ?? '') KEY_FLAG_LETTERS[ch]!(flags, true);
    key.flags = flags;
  }
  return key;
}

function parseSort(argv: string[], flavour: TextFlavour): SortOptions | Output {
  const parsed = parseOptions(argv, {
    short: flavour === 'busybox' ? 'nghMVucszbrdfimS:T:o:k:t:' : 'bcCdfghik:mMno:rRsS:t:T:uVz',
    long: {
      'numeric-sort': { key: 'n', arg: 'none' },
      reverse: { key: 'r', arg: 'none' },
      unique: { key: 'u', arg: 'none' },
      'ignore-case': { key: 'f', arg: 'none' },
      'ignore-leading-blanks': { key: 'b', arg: 'none' },
      key: { key: 'k', arg: 'required' },
      'field-separator': { key: 't', arg: 'required' },
      stable: { key: 's', arg: 'none' },
    },
  });
  if ('error' in parsed) return usageError(flavour, 'sort', parsed.error);
  const o: SortOptions = {
    global: noFlags(),
    keys: [],
    sep: undefined,
    unique: false,
    stable: false,
    operands: parsed.operands,
  };
  for (const { key, value } of parsed.options) {
    const letter = KEY_FLAG_LETTERS[key];
    if (key === 'k') {
      const k = parseKey(flavour, value ?? '');
      if (typeof k === 'string') return dieWith('sort', k, 2);
      o.keys.push(k);
    } else if (key === 't') {
      const t = value ?? '';
      if (t.length !== 1)
        return dieWith(
          'sort',
          flavour === 'busybox' ? 'bad -t parameter' : t === '' ? 'empty tab' : `multi-character tab '${t}'`,
          2,
        );
      o.sep = t;
    } else if (key === 'u') o.unique = true;
    else if (key === 's') o.stable = true;
    else if (letter) letter(o.global, false);
  }
  // A global -b strips blanks at both ends in busybox (FLAG_bb); GNU's leading blanks only.
  if (o.global.blanksStart && flavour === 'busybox') o.global.blanksEnd = true;
  if (o.keys.length === 0) o.keys.push({ startField: 1, startChar: 0, endField: 0, endChar: 0, flags: undefined });
  return o;
}

function compareLines(a: string, b: string, o: SortOptions, byKeysOnly: boolean): number {
  for (const key of o.keys) {
    const flags = key.flags ?? o.global;
    const x = keyText(a, key, flags, o.sep);
    const y = keyText(b, key, flags, o.sep);
    let r = flags.numeric ? Math.sign(numberOf(x) - numberOf(y)) : byteCompare(x, y);
    if (flags.reverse) r = -r;
    if (r !== 0) return r;
  }
  if (byKeysOnly || o.stable) return 0;
  const r = byteCompare(a, b);
  return o.global.reverse ? -r : r;
}

export const sortTool: ShellTool = (sh, argv) => {
  const flavour = textFlavour(sh);
  const o = parseSort(argv, flavour);
  if ('exitCode' in o) return o;
  const lines: string[] = [];
  for (const name of o.operands.length > 0 ? o.operands : ['-']) {
    const text = readOperand(sh, name);
    // Both stop at the first file they cannot read (busybox xfopen_stdin, GNU sort's xfopen).
    if (text === undefined)
      return dieWith(
        'sort',
        flavour === 'busybox' ? `${name}: ${NO_SUCH_FILE}` : `cannot read: ${name}: ${NO_SUCH_FILE}`,
        2,
      );
    lines.push(...linesOf(text));
  }
  // Array.prototype.sort is stable, as -s asks (and the last-resort compare makes moot otherwise).
  const sorted = lines.sort((a, b) => compareLines(a, b, o, false));
  const out = o.unique ? sorted.filter((l, k) => k === 0 || compareLines(sorted[k - 1]!, l, o, true) !== 0) : sorted;
  return { stdout: joinLines(out), stderr: '', exitCode: 0 };
};
