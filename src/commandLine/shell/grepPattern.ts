// grep's patterns as JavaScript regular expressions: a POSIX basic (BRE) or extended (ERE)
// expression as glibc's regcomp reads it (GNU grep's dfa and busybox's xregcomp agree on these),
// a fixed string for -F, wrapped for -w and -x; and the error texts regerror gives for bad ones.

/** A pattern regcomp refuses, with regerror's text (glibc posix/regcomp.c __re_error_msgid). */
export class PatternError extends Error {}

/** The POSIX character classes a bracket expression may name ([[:digit:]]), as JS class contents. */
const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
};

const UNMATCHED_BRACKET = 'Unmatched [, [^, [:, [., or [=';

/** A bracket expression from `[` at `start`: its JS form and where it ends (after `]`). */
function bracket(pattern: string, start: number): { js: string; end: number } {
  // A `[` ending the pattern is not even an unmatched bracket to glibc.
  if (start + 1 >= pattern.length) throw new PatternError('Invalid regular expression');
  let i = start + 1;
  let js = '[';
  if (pattern[i] === '^') {
    js += '^';
    i++;
  }
  // A `]` first in the list is a member, not the end.
  if (pattern[i] === ']') {
    js += '\\]';
    i++;
  }
  for (; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === ']') return { js: `${js}]`, end: i + 1 };
    if (ch === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      if (close < 0) throw new PatternError(UNMATCHED_BRACKET);
      const name = pattern.slice(i + 2, close);
      const members = Object.prototype.hasOwnProperty.call(CLASSES, name) ? CLASSES[name] : undefined;
      if (members === undefined) throw new PatternError('Invalid character class name');
      js += members;
      i = close + 1;
    } else if (ch === '\\' || ch === '[') js += `\\${ch}`;
    else js += ch;
  }
  throw new PatternError(UNMATCHED_BRACKET);
}

// GNU's word-boundary operators, which glibc's regcomp reads in both syntaxes.
const WORD_START = '\\b(?=\\w)';
const WORD_END = '\\b(?<=\\w)';

/**
 * A POSIX regular expression as a JavaScript one. In a BRE (extended false) `|`, `+`, `?`, `(`,
 * `)`, `{` and `}` are plain characters and their backslashed forms the operators (the GNU
 * extensions glibc's regcomp reads without REG_EXTENDED); in an ERE they are the operators. Bracket
 * expressions keep `\` literal and read [:class:] names; a leading `*` is a plain star.
 */
export function posixToJs(pattern: string, extended: boolean): string {
  const SWAPPED = '|+?(){}';
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '[') {
      const b = bracket(pattern, i);
      out += b.js;
      i = b.end - 1;
    } else if (ch === '\\') {
      if (i + 1 >= pattern.length) throw new PatternError('Trailing backslash');
      const next = pattern[++i]!;
      if (next === '<') out += WORD_START;
      else if (next === '>') out += WORD_END;
      else if (!extended && SWAPPED.includes(next)) out += next;
      else out += `\\${next}`;
    } else if (ch === '*' && (out === '' || out === '^')) out += '\\*';
    else if (!extended && SWAPPED.includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** A basic regular expression (grep without -E) as a JavaScript one: `web\|db` is an alternation, `a|b` three characters. */
export const basicToJs = (pattern: string): string => posixToJs(pattern, false);

const escapeFixed = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** regerror's words for what JavaScript's RegExp refused. */
function regerrorText(message: string): string {
  if (message.includes('Unterminated group')) return 'Unmatched ( or \\(';
  if (message.includes("Unmatched ')'")) return 'Unmatched ) or \\)';
  if (message.includes('Nothing to repeat')) return 'Invalid preceding regular expression';
  if (message.includes('Invalid group')) return 'Invalid preceding regular expression';
  return 'Invalid regular expression';
}

export interface PatternFlags {
  extended: boolean;
  fixed: boolean;
  ignoreCase: boolean;
  word: boolean;
  line: boolean;
}

/** One grep pattern compiled (global, for -o's successive matches). Throws PatternError. */
export function compilePattern(pattern: string, f: PatternFlags): RegExp {
  let source = f.fixed ? escapeFixed(pattern) : posixToJs(pattern, f.extended);
  if (f.line) source = `^(?:${source})$`;
  else if (f.word) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  try {
    return new RegExp(source, f.ignoreCase ? 'gi' : 'g');
  } catch (e) {
    throw new PatternError(regerrorText(e instanceof Error ? e.message : ''));
  }
}

/** The first match of `re` in `line` at or after `from`, or undefined. */
export function matchFrom(re: RegExp, line: string, from: number): { index: number; text: string } | undefined {
  re.lastIndex = from;
  const m = re.exec(line);
  return m ? { index: m.index, text: m[0] } : undefined;
}

/** Characters a backslash may precede without GNU grep 3.8's "stray \\" warning (dfa.c lex). */
const MEANINGFUL_AFTER_BACKSLASH = new Set([..."\\.[]^$*+?(){}|<>wWsSbB`'123456789"]);

/** GNU grep 3.8's warnings for a pattern it still uses (dfa.c: `* at start of expression`, `stray \ before X`). */
export function gnuPatternWarnings(pattern: string, f: PatternFlags): string[] {
  if (f.fixed) return [];
  const warnings: string[] = [];
  if (pattern.startsWith('*')) warnings.push('* at start of expression');
  let inBracket = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (inBracket) inBracket = ch !== ']';
    else if (ch === '[') inBracket = true;
    else if (ch === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i]!;
      if (!MEANINGFUL_AFTER_BACKSLASH.has(next)) warnings.push(`stray \\ before ${next}`);
    }
  }
  return warnings;
}
