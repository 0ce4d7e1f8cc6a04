// The line editor as a state machine: a key and the current line in, the new line and the escape
// sequences that show it out, plus an event for what the owner decides (run the line, complete,
// walk the history). Keys as readline's emacs mode binds them (bash's default).
import { type Cell, advance, moveCursor } from './cells';
import type { Key, KeyName } from './keys';

export interface LineState {
  readonly prompt: string;
  /** The line typed so far. */
  readonly text: string;
  /** Cursor position in code points of text. */
  readonly cursor: number;
}

/** What the owner of the editor has to act on. */
export type LineEvent = 'submit' | 'interrupt' | 'eof' | 'complete' | 'historyPrevious' | 'historyNext';

export interface Step {
  state: LineState;
  /** Escape sequences and text for the terminal. */
  write: string;
  event?: LineEvent;
}

const chars = (text: string): string[] => Array.from(text);

const ORIGIN: Cell = { row: 0, col: 0 };

/** The cell of a cursor position, from the start of the prompt. */
function offset(state: LineState, cursor: number, columns: number): Cell {
  return advance(ORIGIN, state.prompt + chars(state.text).slice(0, cursor).join(''), columns);
}

const lengthOf = (state: LineState) => chars(state.text).length;

/** Writes text that ends the cursor at `end`: a row filled to its last column continues on the next one. */
function written(text: string, end: Cell): string {
  return text !== '' && end.col === 0 ? `${text}\r\n` : text;
}

/** Shows `next` where `prev` is on screen: rewrites from the first change on, then places the cursor. */
export function transition(prev: LineState, next: LineState, columns: number): string {
  const [a, b] = [chars(prev.text), chars(next.text)];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const at = (s: LineState, cursor: number) => offset(s, cursor, columns);
  if (i === a.length && i === b.length) return moveCursor(at(prev, prev.cursor), at(next, next.cursor));
  const start = at(prev, i);
  let out = moveCursor(at(prev, prev.cursor), start);
  const prevEnd = at(prev, a.length);
  if (i < a.length) out += prevEnd.row > start.row ? '\x1b[J' : '\x1b[K';
  const end = at(next, b.length);
  out += written(b.slice(i).join(''), end);
  return out + moveCursor(end, at(next, next.cursor));
}

/** The prompt and line drawn from the cursor's row start (a fresh prompt, after a clear or a listing). */
export function render(state: LineState, columns: number): string {
  const end = offset(state, lengthOf(state), columns);
  return written(`${state.prompt}${state.text}`, end) + moveCursor(end, offset(state, state.cursor, columns));
}

/** Moves the cursor past the end of the line, to a fresh row (before output or a listing below it). */
export function leaveLine(state: LineState, columns: number): string {
  const end = offset(state, lengthOf(state), columns);
  const move = moveCursor(offset(state, state.cursor, columns), end);
  // After a row filled to its last column the cursor already sits at the start of a fresh one.
  return end.col === 0 && end.row > 0 ? move : `${move}\r\n`;
}

/** A new, empty line after the prompt. */
export function newLine(prompt: string, columns: number): Step {
  const state: LineState = { prompt, text: '', cursor: 0 };
  return { state, write: render(state, columns) };
}

/** Replaces code points [start, end) with `insert`, the cursor after it (completion, history). */
export function replaceRange(state: LineState, start: number, end: number, insert: string, columns: number): Step {
  const a = chars(state.text);
  const text = [...a.slice(0, start), insert, ...a.slice(end)].join('');
  const next: LineState = { ...state, text, cursor: start + chars(insert).length };
  return { state: next, write: transition(state, next, columns) };
}

/** The whole line replaced, the cursor at its end (a history entry). */
export function replaceLine(state: LineState, text: string, columns: number): Step {
  return replaceRange(state, 0, lengthOf(state), text, columns);
}

const isWordChar = (ch: string) => /[\p{L}\p{N}_]/u.test(ch);
const isSpace = (ch: string) => ch === ' ' || ch === '\t';

/** readline's backward-word: over non-word characters, then over the word. */
function wordStart(a: string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(a[i - 1]!)) i--;
  while (i > 0 && isWordChar(a[i - 1]!)) i--;
  return i;
}

/** readline's forward-word. */
function wordEnd(a: string[], cursor: number): number {
  let i = cursor;
  while (i < a.length && !isWordChar(a[i]!)) i++;
  while (i < a.length && isWordChar(a[i]!)) i++;
  return i;
}

/** unix-word-rubout (Ctrl+W): back over blanks, then over everything up to the previous blank. */
function blankWordStart(a: string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && isSpace(a[i - 1]!)) i--;
  while (i > 0 && !isSpace(a[i - 1]!)) i--;
  return i;
}

type Edit = (a: string[], cursor: number) => { text?: string[]; cursor: number } | LineEvent;

const remove = (a: string[], from: number, to: number) => ({
  text: [...a.slice(0, from), ...a.slice(to)],
  cursor: from,
});

/** Every key but text and Enter: a change of text and cursor, or an event for the owner. */
const EDITS: Record<Exclude<KeyName, 'enter' | 'interrupt' | 'clearScreen'>, Edit> = {
  tab: () => 'complete',
  up: () => 'historyPrevious',
  down: () => 'historyNext',
  left: (_, c) => ({ cursor: Math.max(0, c - 1) }),
  right: (a, c) => ({ cursor: Math.min(a.length, c + 1) }),
  home: () => ({ cursor: 0 }),
  end: (a) => ({ cursor: a.length }),
  wordLeft: (a, c) => ({ cursor: wordStart(a, c) }),
  wordRight: (a, c) => ({ cursor: wordEnd(a, c) }),
  backspace: (a, c) => (c > 0 ? remove(a, c - 1, c) : { cursor: c }),
  delete: (a, c) => (c < a.length ? remove(a, c, c + 1) : { cursor: c }),
  // Ctrl+D: end of input on an empty line, else delete-char (readline's delete-char-or-list, minus the list).
  eof: (a, c) => (a.length === 0 ? 'eof' : c < a.length ? remove(a, c, c + 1) : { cursor: c }),
  killToStart: (a, c) => remove(a, 0, c),
  killToEnd: (a, c) => remove(a, c, a.length),
  killWordBack: (a, c) => remove(a, blankWordStart(a, c), c),
  killWordForward: (a, c) => remove(a, c, wordEnd(a, c)),
};

/** One key: the new state, what to write, and the event the owner must handle. */
export function editLine(state: LineState, key: Key, columns: number): Step {
  const a = chars(state.text);
  if (key.kind === 'text') return replaceRange(state, state.cursor, state.cursor, key.text, columns);
  switch (key.name) {
    case 'enter':
      return { state, write: leaveLine(state, columns), event: 'submit' };
    case 'interrupt': {
      // bash echoes ^C after the line and abandons it; the owner prints the next prompt.
      const move = moveCursor(offset(state, state.cursor, columns), offset(state, a.length, columns));
      return { state: { ...state, text: '', cursor: 0 }, write: `${move}^C\r\n`, event: 'interrupt' };
    }
    case 'clearScreen':
      return { state, write: `\x1b[H\x1b[2J${render(state, columns)}` };
  }
  const result = EDITS[key.name](a, state.cursor);
  if (typeof result === 'string') return { state, write: '', event: result };
  const next: LineState = { ...state, text: result.text ? result.text.join('') : state.text, cursor: result.cursor };
  return { state: next, write: transition(state, next, columns) };
}
