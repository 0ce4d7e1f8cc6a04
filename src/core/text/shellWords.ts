// Splits a command line into words the way a POSIX shell does for simple commands:
// single quotes, double quotes with backslash escapes, and backslash outside quotes;
// `$NAME` / `${NAME}` expand (outside single quotes) when the caller gives variables.

export class TokenizeError extends Error {}

/** Looks up a shell variable; undefined expands to nothing, as in sh. */
export type Variables = (name: string) => string | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Reads a `$...` reference at line[i] (the `$`); returns the text and the index after it. */
function expand(line: string, i: number, vars: Variables): [string, number] {
  if (line[i + 1] === '{') {
    const close = line.indexOf('}', i + 2);
    if (close < 0) throw new TokenizeError('bad substitution');
    return [vars(line.slice(i + 2, close)) ?? '', close + 1];
  }
  if (line[i + 1] === '?') return [vars('?') ?? '0', i + 2];
  // The special parameters of one character: $0 to $9, $#, $@, $* (a tenth needs braces).
  if (/^[0-9#@*]$/.test(line[i + 1] ?? '')) return [vars(line[i + 1]!) ?? '', i + 2];
  const m = NAME.exec(line.slice(i + 1));
  if (!m) return ['$', i + 1];
  return [vars(m[0]) ?? '', i + 1 + m[0].length];
}

/** Runs a command substitution's command and returns what it printed. */
export type Substitute = (command: string) => string;

/**
 * Walks text from `from`, calling visit for each character outside single quotes, double quotes
 * and backslash escapes (and, with skipSubstitutions, outside `$(...)`). visit returns the index
 * to go on after (to skip a two-character operator), or 'stop'.
 */
export function scanUnquoted(
  text: string,
  from: number,
  skipSubstitutions: boolean,
  visit: (i: number) => number | 'stop' | void,
): void {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if (skipSubstitutions && ch === '$' && text[i + 1] === '(') i = Math.max(i, substitutionEnd(text, i));
    else {
      const next = visit(i);
      if (next === 'stop') return;
      if (next !== undefined) i = next;
    }
  }
}

/** Index of the `)` closing the `$(` at line[start], skipping quotes and nested parentheses; -1 if none. */
export function substitutionEnd(line: string, start: number): number {
  let depth = 0;
  let end = -1;
  scanUnquoted(line, start + 1, false, (i) => {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) {
      end = i;
      return 'stop';
    }
    return undefined;
  });
  return end;
}

/** The output of `$(cmd)`: run it, drop trailing newlines (as sh does). */
function substitution(line: string, i: number, substitute: Substitute): [string, number] {
  const end = substitutionEnd(line, i);
  if (end < 0) throw new TokenizeError('unterminated command substitution');
  return [substitute(line.slice(i + 2, end)).replace(/\n+$/, ''), end + 1];
}

export function tokenize(line: string, vars?: Variables, substitute?: Substitute): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '$' && line[i + 1] === '(' && substitute) {
      // Unquoted: the output is split into words on whitespace (field splitting).
      const [text, next] = substitution(line, i, substitute);
      const parts = text.split(/\s+/);
      for (const [n, part] of parts.entries()) {
        if (n > 0 && inWord) {
          words.push(word);
          word = '';
          inWord = false;
        }
        if (part !== '') {
          word += part;
          inWord = true;
        }
      }
      i = next;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new TokenizeError('unterminated quoted string');
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      for (;;) {
        if (i >= line.length) throw new TokenizeError('unterminated quoted string');
        const c = line[i]!;
        if (c === '"') break;
        if (c === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
          word += line[i + 1];
          i += 2;
        } else if (c === '$' && line[i + 1] === '(' && substitute) {
          const [text, next] = substitution(line, i, substitute);
          word += text;
          i = next;
        } else if (c === '$' && vars) {
          const [text, next] = expand(line, i, vars);
          word += text;
          i = next;
        } else {
          word += c;
          i++;
        }
      }
      inWord = true;
      i++;
    } else if (ch === '\\') {
      if (i + 1 < line.length) word += line[i + 1];
      inWord = true;
      i += 2;
    } else if (ch === ' ' || ch === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (ch === '#' && !inWord) {
      break;
    } else if (ch === '$' && vars) {
      const [text, next] = expand(line, i, vars);
      word += text;
      inWord = inWord || text !== '';
      i = next;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** A word as the shell reads it back: bare when it holds nothing special, else single-quoted. */
export const quoteWord = (word: string): string =>
  /^[A-Za-z0-9_.,:/@%+=-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;

/** argv as one command line that tokenize splits into the same words (how an argv is shown). */
export const quoteArgv = (argv: readonly string[]): string => argv.map(quoteWord).join(' ');
