// grep: GNU grep 3.8 (src/grep.c) on the host and in Debian-based images, busybox's applet
// (findutils/grep.c) in busybox ones. Patterns from the operand, -e (repeatable) or -f FILE; FILE
// operands read as cat reads them (`-` is stdin), several of them prefix each line with `name:`.
import type { Output } from '../../core/lab/output';
import type { ShellContext, ShellTool } from './context';
import { PatternError, type PatternFlags, compilePattern, gnuPatternWarnings, matchFrom } from './grepPattern';
import { NO_SUCH_FILE, type TextFlavour, linesOf, readOperand, textFlavour } from './textInput';
import { type OptionSpec, parseOptions } from './textOptions';
import { dieWith, usageError } from './textUsage';

const GNU_LONG: OptionSpec['long'] = {
  'extended-regexp': { key: 'E', arg: 'none' },
  'fixed-strings': { key: 'F', arg: 'none' },
  'basic-regexp': { key: 'G', arg: 'none' },
  regexp: { key: 'e', arg: 'required' },
  file: { key: 'f', arg: 'required' },
  'ignore-case': { key: 'i', arg: 'none' },
  'word-regexp': { key: 'w', arg: 'none' },
  'line-regexp': { key: 'x', arg: 'none' },
  'invert-match': { key: 'v', arg: 'none' },
  count: { key: 'c', arg: 'none' },
  color: { key: 'color', arg: 'optional' },
  colour: { key: 'color', arg: 'optional' },
  'files-with-matches': { key: 'l', arg: 'none' },
  'files-without-match': { key: 'L', arg: 'none' },
  'max-count': { key: 'm', arg: 'required' },
  'only-matching': { key: 'o', arg: 'none' },
  quiet: { key: 'q', arg: 'none' },
  silent: { key: 'q', arg: 'none' },
  'no-messages': { key: 's', arg: 'none' },
  'line-number': { key: 'n', arg: 'none' },
  'with-filename': { key: 'H', arg: 'none' },
  'no-filename': { key: 'h', arg: 'none' },
  'after-context': { key: 'A', arg: 'required' },
  'before-context': { key: 'B', arg: 'required' },
  context: { key: 'C', arg: 'required' },
};

/** GNU grep's short options (grep.c short_options; -r, -a, -I and the like accepted and ignored here). */
const GNU_SPEC: OptionSpec = { short: 'A:B:C:EFGHILPRUZabce:f:hilm:noqrsuvwxyz', long: GNU_LONG, digits: true };
/** busybox's OPTSTR_GREP with FEATURE_GREP_CONTEXT and without EXTRA_COMPAT (no -z), and its --color. */
const BUSYBOX_SPEC: OptionSpec = {
  short: 'lnqvscFiHhe:f:LorRm:wxA:B:C:EaI',
  long: { color: { key: 'color', arg: 'optional' }, colour: { key: 'color', arg: 'optional' } },
};

interface GrepOptions {
  patterns: string[];
  flags: PatternFlags;
  invert: boolean;
  count: boolean;
  quiet: boolean;
  silent: boolean;
  lineNumbers: boolean;
  onlyMatching: boolean;
  listMatching: boolean;
  listNonMatching: boolean;
  /** -H (true), -h (false), or by the number of files. */
  withFilename: boolean | undefined;
  /** Negative: no limit. */
  maxCount: number;
  after: number;
  before: number;
  /** GNU prints `--` between groups once any context option is given, even -A0. */
  contextGiven: boolean;
  operands: string[];
}

type Parsed = GrepOptions | Output;

/** A count argument: busybox's xatoi_positive (`invalid number 'x'`), GNU's context_length_arg. */
function countArg(flavour: TextFlavour, key: string, value: string): number | string {
  if (!/^\d+$/.test(value)) {
    if (flavour === 'busybox') return `invalid number '${value}'`;
    if (key === 'm') return /^-\d+$/.test(value) ? -1 : 'invalid max count';
    return `${value}: invalid context length argument`;
  }
  return Math.min(Number(value), Number.MAX_SAFE_INTEGER);
}

function parseGrep(sh: ShellContext, argv: string[], flavour: TextFlavour): Parsed {
  const parsed = parseOptions(argv, flavour === 'busybox' ? BUSYBOX_SPEC : GNU_SPEC);
  if ('error' in parsed) return usageError(flavour, 'grep', parsed.error);
  const o: GrepOptions = {
    patterns: [],
    flags: { extended: false, fixed: false, ignoreCase: false, word: false, line: false },
    invert: false,
    count: false,
    quiet: false,
    silent: false,
    lineNumbers: false,
    onlyMatching: false,
    listMatching: false,
    listNonMatching: false,
    withFilename: undefined,
    maxCount: -1,
    after: -1,
    before: -1,
    contextGiven: false,
    operands: parsed.operands,
  };
  let fromOptions = false;
  let context = -1;
  const BOOLEAN: Record<string, (g: GrepOptions) => void> = {
    E: (g) => (g.flags.extended = true),
    P: (g) => (g.flags.extended = true),
    F: (g) => (g.flags.fixed = true),
    G: (g) => ((g.flags.extended = false), (g.flags.fixed = false)),
    i: (g) => (g.flags.ignoreCase = true),
    y: (g) => (g.flags.ignoreCase = true),
    w: (g) => (g.flags.word = true),
    x: (g) => (g.flags.line = true),
    v: (g) => (g.invert = true),
    c: (g) => (g.count = true),
    q: (g) => (g.quiet = true),
    s: (g) => (g.silent = true),
    n: (g) => (g.lineNumbers = true),
    o: (g) => (g.onlyMatching = true),
    // GNU keeps the last of -l and -L; busybox keeps both bits (grep_file checks each).
    l: (g) => ((g.listMatching = true), flavour === 'gnu' && (g.listNonMatching = false)),
    L: (g) => ((g.listNonMatching = true), flavour === 'gnu' && (g.listMatching = false)),
    H: (g) => (g.withFilename = true),
    h: (g) => (g.withFilename = false),
  };
  for (const { key, value } of parsed.options) {
    const set = BOOLEAN[key];
    if (set) set(o);
    else if (key === 'e') {
      o.patterns.push(...(value ?? '').split('\n'));
      fromOptions = true;
    } else if (key === 'f') {
      const text = readOperand(sh, value ?? '');
      if (text === undefined) return dieWith('grep', `${value ?? ''}: ${NO_SUCH_FILE}`, 2);
      o.patterns.push(...linesOf(text));
      fromOptions = true;
    } else if (key === 'm' || key === 'A' || key === 'B' || key === 'C' || key === '#') {
      const n = countArg(flavour, key, value ?? '');
      if (typeof n === 'string') return dieWith('grep', n, 2);
      if (key === 'm') o.maxCount = n;
      else if (key === 'A') o.after = n;
      else if (key === 'B') o.before = n;
      else context = n;
      o.contextGiven ||= key !== 'm';
    }
  }
  // -C (or -NUM) gives -A and -B unless they are given (both implementations, whatever the order).
  if (o.after < 0) o.after = context;
  if (o.before < 0) o.before = context;
  if (!fromOptions) {
    const first = o.operands.shift();
    if (first === undefined) return usageError(flavour, 'grep');
    o.patterns.push(...first.split('\n'));
  }
  return o;
}

/** One file's lines grepped, as grep_file (busybox) and grep/grepbuf/prtext (GNU) walk them. */
interface FileRun {
  out: string;
  selected: number;
  /** busybox's grep_file status: a match, or a name printed by -L. */
  matched: boolean;
  /** busybox: a bad pattern found on the first line read. */
  error?: string;
}

class Grep {
  private readonly regexes: RegExp[] = [];
  private compileError: string | undefined;
  /** Whether anything was printed before (GNU's `used`, busybox's did_print_line). */
  private printedAny = false;
  /** The last line printed in this file, 0 for none (GNU's lastout). */
  private fileLast = 0;
  /** busybox's last_line_printed, kept across files. */
  private globalLast = 0;
  withFilename = false;

  constructor(
    readonly o: GrepOptions,
    readonly flavour: TextFlavour,
  ) {
    // busybox's load_pattern_list pushes each pattern on the front of the list: it tries them last first.
    const patterns = flavour === 'busybox' ? [...o.patterns].reverse() : o.patterns;
    try {
      for (const p of patterns) this.regexes.push(compilePattern(p, o.flags));
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      this.compileError =
        flavour === 'busybox' ? `bad regex '${patterns[this.regexes.length] ?? ''}': ${e.message}` : e.message;
    }
  }

  get badPattern(): string | undefined {
    return this.compileError;
  }

  /** The pattern a line matches first, or -1. */
  private matching(line: string): number {
    return this.regexes.findIndex((re) => matchFrom(re, line, 0) !== undefined);
  }

  /**
   * What -o prints of a selected line: GNU the leftmost-longest match of any pattern, again and
   * again (grep.c print_line_middle); busybox every match of the one pattern that matched (and -F
   * the pattern itself, once). Empty matches print nothing.
   */
  private onlyMatching(line: string, first: number): string[] {
    if (this.flavour === 'busybox') {
      if (this.o.flags.fixed) return [this.o.patterns[this.o.patterns.length - 1 - first]!];
      return this.allMatches(line, [this.regexes[first]!]);
    }
    return this.allMatches(line, this.regexes);
  }

  private allMatches(line: string, regexes: readonly RegExp[]): string[] {
    const found: string[] = [];
    for (let at = 0; at <= line.length;) {
      let best: { index: number; text: string } | undefined;
      for (const re of regexes) {
        const m = matchFrom(re, line, at);
        if (m && (!best || m.index < best.index || (m.index === best.index && m.text.length > best.text.length)))
          best = m;
      }
      if (!best) break;
      if (best.text !== '') found.push(best.text);
      at = best.index + Math.max(best.text.length, 1);
    }
    return found;
  }

  private prefix(name: string, lineNo: number, sep: string): string {
    return `${this.withFilename ? `${name}${sep}` : ''}${this.o.lineNumbers ? `${lineNo}${sep}` : ''}`;
  }

  /** One output line: the `--` between non-adjacent groups first (busybox print_line, GNU prtext). */
  private emit(run: FileRun, name: string, lineNo: number, sep: string, text: string): void {
    const contextOn = this.flavour === 'gnu' ? this.o.contextGiven : this.o.after > 0 || this.o.before > 0;
    const adjacent =
      this.flavour === 'gnu' ? this.fileLast !== 0 && this.fileLast === lineNo - 1 : this.globalLast === lineNo - 1;
    if (contextOn && this.printedAny && !adjacent) run.out += '--\n';
    this.printedAny = true;
    this.fileLast = lineNo;
    this.globalLast = lineNo;
    run.out += `${this.prefix(name, lineNo, sep)}${text}\n`;
  }

  /** Prints a selected line (or its matches), after the lines before it not yet printed, as context. */
  private printSelected(run: FileRun, name: string, lines: readonly string[], index: number, first: number): void {
    const lineNo = index + 1;
    for (let n = Math.max(this.fileLast + 1, lineNo - Math.max(0, this.o.before)); n < lineNo; n++)
      this.emit(run, name, n, '-', lines[n - 1]!);
    const line = lines[index]!;
    if (!this.o.onlyMatching) this.emit(run, name, lineNo, ':', line);
    // -ov prints nothing: a selected line has no match to show (busybox emulates GNU here).
    else if (!this.o.invert) for (const m of this.onlyMatching(line, first)) this.emit(run, name, lineNo, ':', m);
  }

  /** Greps one file's text; `quit` is set when -q has its answer. */
  file(name: string, text: string): FileRun & { quit?: boolean } {
    const run: FileRun = { out: '', selected: 0, matched: false };
    const lines = linesOf(text);
    const o = this.o;
    const listing = o.listMatching || o.listNonMatching;
    const printing = !o.count && !o.quiet && !listing;
    this.fileLast = 0;
    let afterLeft = 0;
    for (let i = 0; i < lines.length; i++) {
      if (this.compileError !== undefined) return { ...run, error: this.compileError };
      const limitReached = o.maxCount >= 0 && run.selected >= o.maxCount;
      if (limitReached && this.flavour === 'gnu') {
        // GNU: after the last allowed match, its trailing context, matches included (grep.c grep).
        if (afterLeft-- > 0 && printing) this.emit(run, name, i + 1, '-', lines[i]!);
        else break;
        continue;
      }
      const first = this.matching(lines[i]!);
      const selected = first >= 0 !== o.invert;
      if (selected) {
        run.selected++;
        if (o.quiet) return { ...run, matched: true, quit: true };
        if (listing && (this.flavour === 'gnu' || o.listMatching)) break;
        if (listing) return { ...run, matched: false };
        // busybox: a match seen while printing trailing context past -m ends the file.
        if (this.flavour === 'busybox' && o.maxCount >= 0 && run.selected > o.maxCount) break;
        if (printing) {
          this.printSelected(run, name, lines, i, first);
          afterLeft = Math.max(0, o.after);
        }
      } else if (afterLeft > 0 && printing) {
        this.emit(run, name, i + 1, '-', lines[i]!);
        afterLeft--;
      }
      if (this.flavour === 'busybox' && o.maxCount >= 0 && afterLeft === 0 && run.selected === o.maxCount) break;
    }
    return { ...run, matched: run.selected > 0 };
  }
}

function finishFile(g: Grep, name: string, run: FileRun): string {
  const o = g.o;
  if (g.flavour === 'gnu') {
    if (o.quiet) return '';
    if (o.listMatching) return run.selected > 0 ? `${name}\n` : '';
    if (o.listNonMatching) return run.selected === 0 ? `${name}\n` : '';
  } else {
    if (o.listMatching && run.selected > 0) return `${name}\n`;
    if (run.selected > 0 && o.listNonMatching) return '';
  }
  let tail = '';
  if (o.count) tail += `${g.withFilename ? `${name}:` : ''}${run.selected}\n`;
  if (g.flavour === 'busybox' && o.listNonMatching) tail += `${name}\n`;
  return run.out + tail;
}

export const grepTool: ShellTool = (sh, argv) => {
  const flavour = textFlavour(sh);
  const o = parseGrep(sh, argv, flavour);
  if ('exitCode' in o) return o;
  if (flavour === 'busybox' && (o.count || o.quiet || o.listMatching || o.listNonMatching)) {
    // grep_main's sanity checks: no line numbers or context with -c, -q, -l, -L.
    o.lineNumbers = false;
    o.after = 0;
    o.before = 0;
  }
  if (flavour === 'gnu' && (o.count || o.quiet || o.listMatching || o.listNonMatching)) o.contextGiven = false;
  const g = new Grep(o, flavour);
  if (flavour === 'gnu' && g.badPattern !== undefined) return dieWith('grep', g.badPattern, 2);
  // GNU -m 0 reads nothing (grep.c: max_count == 0 exits 1 at once).
  if (flavour === 'gnu' && o.maxCount === 0) return { stdout: '', stderr: '', exitCode: 1 };
  const files = o.operands.length > 0 ? o.operands : ['-'];
  g.withFilename = o.withFilename ?? files.length > 1;
  let stdout = '';
  let stderr =
    flavour === 'gnu'
      ? o.patterns
          .flatMap((p) => gnuPatternWarnings(p, o.flags))
          .map((w) => `grep: warning: ${w}\n`)
          .join('')
      : '';
  let openError = false;
  let anyMatch = false;
  for (const file of files) {
    const text = readOperand(sh, file);
    if (text === undefined) {
      if (!o.silent) stderr += `grep: ${file}: ${NO_SUCH_FILE}\n`;
      openError = true;
      continue;
    }
    const name = file === '-' ? '(standard input)' : file;
    const run = g.file(name, text);
    if (run.error !== undefined)
      return { stdout: stdout + run.out, stderr: `${stderr}grep: ${run.error}\n`, exitCode: 2 };
    if (run.quit) return { stdout, stderr, exitCode: 0 };
    stdout += finishFile(g, name, run);
    const printedName = flavour === 'busybox' && o.listNonMatching && run.selected === 0;
    anyMatch ||= flavour === 'gnu' ? run.selected > 0 : run.matched || printedName;
  }
  return { stdout, stderr, exitCode: openError ? 2 : anyMatch ? 0 : 1 };
};
