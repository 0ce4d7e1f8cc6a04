// What a terminal sends for each key (xterm.js, as VS Code's terminal and most emulators do): plain
// text, control characters and escape sequences, split into the keys the line editor knows.
// Sequences from xterm's input handling (xterm.js src/common/input/Keyboard.ts, evaluateKeyboardEvent)
// in normal and application cursor mode, and the extra Home/End forms other terminals send.
import { own } from '../../core/lab/own';

export type KeyName =
  | 'enter'
  | 'tab'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'up'
  | 'down'
  | 'wordLeft'
  | 'wordRight'
  | 'killToStart'
  | 'killToEnd'
  | 'killWordBack'
  | 'killWordForward'
  | 'interrupt'
  | 'eof'
  | 'clearScreen';

export type Key = { kind: 'text'; text: string } | { kind: 'key'; name: KeyName };

const ESC = '\x1b';

/** Control characters (Ctrl+letter and friends), as readline binds them in emacs mode. */
const CONTROL: Record<string, KeyName> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x01': 'home',
  '\x05': 'end',
  '\x02': 'left',
  '\x06': 'right',
  '\x10': 'up',
  '\x0e': 'down',
  '\x15': 'killToStart',
  '\x0b': 'killToEnd',
  '\x17': 'killWordBack',
  '\x03': 'interrupt',
  '\x04': 'eof',
  '\x0c': 'clearScreen',
};

/** Escape sequences: cursor keys in both modes, Home/End in every spelling, Delete, word moves. */
const SEQUENCES: Record<string, KeyName> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  '[H': 'home',
  '[F': 'end',
  OH: 'home',
  OF: 'end',
  '[1~': 'home',
  '[7~': 'home',
  '[4~': 'end',
  '[8~': 'end',
  '[3~': 'delete',
  // Ctrl or Alt with an arrow (xterm's modifier parameter 5 and 3).
  '[1;5D': 'wordLeft',
  '[1;5C': 'wordRight',
  '[1;3D': 'wordLeft',
  '[1;3C': 'wordRight',
  // Alt+letter arrives as ESC letter (readline's M-b, M-f, M-d, M-DEL).
  b: 'wordLeft',
  f: 'wordRight',
  d: 'killWordForward',
  '\x7f': 'killWordBack',
};

/** Length of the escape sequence starting at data[i] (an ESC), so unknown ones are skipped whole. */
function sequenceLength(data: string, i: number): number {
  const next = data[i + 1];
  if (next === undefined) return 1;
  if (next === '[') {
    // CSI: parameter and intermediate bytes, then one final byte (ECMA-48 5.4).
    let j = i + 2;
    while (j < data.length && data.charCodeAt(j) >= 0x20 && data.charCodeAt(j) <= 0x3f) j++;
    return Math.min(j + 1, data.length) - i;
  }
  if (next === 'O') return Math.min(3, data.length - i);
  return 2;
}

const isControl = (ch: string) => ch < ' ' || ch === '\x7f';

/** Splits what the terminal sent into keys; a run of printable characters is one text key. */
export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < data.length) {
    const ch = data[i]!;
    if (ch === ESC) {
      const length = sequenceLength(data, i);
      const name = own(SEQUENCES, data.slice(i + 1, i + length));
      if (name) keys.push({ kind: 'key', name });
      i += length;
      continue;
    }
    if (isControl(ch)) {
      const name = own(CONTROL, ch);
      if (name) keys.push({ kind: 'key', name });
      // A pasted Windows line end is one Enter.
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    let j = i;
    while (j < data.length && !isControl(data[j]!) && data[j] !== ESC) j++;
    keys.push({ kind: 'text', text: data.slice(i, j) });
    i = j;
  }
  return keys;
}
