// A command line as a POSIX shell reads it, with every character's place in the document kept:
// physical lines joined at a trailing backslash, then split into words (quotes and escapes
// removed, as tokenize in src/core/text/shellWords does) and operators, each word knowing the
// document offset of each of its characters so that hovers and diagnostics can point into it.
import { substitutionEnd } from '../../core/text/shellWords';

/** One physical line's command text (prompt or recipe prefix already removed). */
export interface Piece {
  text: string;
  /** Document offset of text[0]. */
  offset: number;
  line: number;
}

export interface LogicalLine {
  /** The text as the shell reads it, continuations joined: what a terminal is sent. */
  text: string;
  /** Document offset of each character of text. */
  offsets: number[];
  firstLine: number;
  lastLine: number;
}

export interface Word {
  /** The word after quote removal; `$...` and `` `...` `` are kept as written. */
  text: string;
  /** Document offset of each character of text. */
  offsets: number[];
  start: number;
  end: number;
  /** Holds an expansion, a substitution or a template: its value is not known from the file. */
  dynamic: boolean;
}

export type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string };

/** An odd number of backslashes at the end: the line continues on the next one. */
export const continues = (text: string): boolean => (/\\+$/.exec(text)?.[0].length ?? 0) % 2 === 1;

/**
 * Joins pieces into logical lines at trailing backslashes. The backslash and the line break go, as
 * in sh; the next piece's indentation collapses to one space so the line reads as written.
 * `continuationPrefix` is what a transcript puts before continued lines (`> ` in a console block).
 */
export function joinLines(pieces: readonly Piece[], continuationPrefix?: RegExp): LogicalLine[] {
  const out: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  for (const piece of pieces) {
    if (!current) {
      current = {
        text: piece.text,
        offsets: [...piece.text].map((_, i) => piece.offset + i),
        firstLine: piece.line,
        lastLine: piece.line,
      };
    } else {
      const backslash = current.offsets.pop()!;
      current.text = current.text.slice(0, -1);
      let text = piece.text;
      let offset = piece.offset;
      const prefix = continuationPrefix?.exec(text);
      if (prefix) {
        text = text.slice(prefix[0].length);
        offset += prefix[0].length;
      }
      const indent = /^[ \t]*/.exec(text)![0].length;
      if (indent > 0 && current.text !== '' && !/[ \t]$/.test(current.text)) {
        current.text += ' ';
        current.offsets.push(backslash);
      }
      current.text += text.slice(indent);
      for (let i = indent; i < text.length; i++) current.offsets.push(offset + i);
      current.lastLine = piece.line;
    }
    if (!continues(current.text)) {
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}

const OPERATORS = ['&&', '||', ';;', '>>', '<<', '>&', '<&', ';', '&', '|', '(', ')', '<', '>'];

/** Words and operators of a logical line; stops at a comment. */
export function shellTokens(line: LogicalLine): Token[] {
  const { text, offsets } = line;
  const tokens: Token[] = [];
  let word: Word | undefined;
  const add = (chars: string, from: number, dynamic = false) => {
    word ??= { text: '', offsets: [], start: offsets[from] ?? 0, end: 0, dynamic: false };
    word.text += chars;
    for (let k = 0; k < chars.length; k++) word.offsets.push(offsets[from + k] ?? offsets[from] ?? 0);
    word.end = (offsets[from + chars.length - 1] ?? word.start) + 1;
    word.dynamic ||= dynamic;
  };
  /** Starts an empty word (a quoted "" is a word) at i. */
  const open = (i: number) => {
    word ??= { text: '', offsets: [], start: offsets[i] ?? 0, end: (offsets[i] ?? 0) + 1, dynamic: false };
  };
  const close = () => {
    if (word) {
      if (word.text.includes('{{')) word.dynamic = true;
      tokens.push({ kind: 'word', word });
    }
    word = undefined;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t') {
      close();
      i++;
    } else if (ch === '#' && !word) {
      break;
    } else if (ch === "'") {
      open(i);
      const end = text.indexOf("'", i + 1);
      const stop = end < 0 ? text.length : end;
      for (let k = i + 1; k < stop; k++) add(text[k]!, k);
      word!.end = (offsets[Math.min(stop, text.length - 1)] ?? 0) + 1;
      i = stop + 1;
    } else if (ch === '"') {
      open(i);
      let k = i + 1;
      while (k < text.length && text[k] !== '"') {
        const c = text[k]!;
        if (c === '\\' && k + 1 < text.length && '"\\$`'.includes(text[k + 1]!)) {
          add(text[k + 1]!, k + 1);
          k += 2;
        } else if (c === '$' || c === '`') {
          const end = expansionEnd(text, k);
          add(text.slice(k, end), k, end > k + 1);
          k = end;
        } else {
          add(c, k);
          k++;
        }
      }
      word!.end = (offsets[Math.min(k, text.length - 1)] ?? 0) + 1;
      i = k + 1;
    } else if (ch === '\\') {
      if (i + 1 < text.length) add(text[i + 1]!, i + 1);
      i += 2;
    } else if (ch === '$' || ch === '`') {
      const end = expansionEnd(text, i);
      add(text.slice(i, end), i, end > i + 1);
      i = end;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (op) {
        // `2>` and `&>`: a file descriptor number before a redirection belongs to it.
        if ((op === '>' || op === '<' || op === '>>') && word && /^\d+$/.test(word.text)) word = undefined;
        close();
        tokens.push({ kind: 'op', op });
        i += op.length;
      } else {
        add(ch, i);
        i++;
      }
    }
  }
  close();
  return tokens;
}

/** Where a `$...`, `$(...)`, `${...}` or `` `...` `` starting at i ends. */
function expansionEnd(text: string, i: number): number {
  if (text[i] === '`') {
    const close = text.indexOf('`', i + 1);
    return close < 0 ? text.length : close + 1;
  }
  if (text[i + 1] === '(') {
    const close = substitutionEnd(text, i);
    return close < 0 ? text.length : close + 1;
  }
  if (text[i + 1] === '{') {
    const close = text.indexOf('}', i + 2);
    return close < 0 ? text.length : close + 1;
  }
  const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9?#@*$!-])/.exec(text.slice(i + 1));
  return name ? i + 1 + name[0].length : i + 1;
}

const REDIRECTS = new Set(['>', '<', '>>', '<<', '>&', '<&']);

/** The simple commands of a line: words between operators, redirections and their targets left out. */
export function simpleCommands(tokens: readonly Token[]): Word[][] {
  const out: Word[][] = [[]];
  let skipNext = false;
  for (const t of tokens) {
    if (t.kind === 'op') {
      if (REDIRECTS.has(t.op)) skipNext = true;
      else out.push([]);
    } else if (skipNext) skipNext = false;
    else out[out.length - 1]!.push(t.word);
  }
  return out.filter((c) => c.length > 0);
}
