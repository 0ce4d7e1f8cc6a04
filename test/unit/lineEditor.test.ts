// The terminal's line editor: keys as terminals send them, every editing key, what the screen
// shows afterwards (through a fake xterm, wrapped lines included), and the history.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { advance, charWidth } from '../../src/commandLine/terminal/cells';
import { History } from '../../src/commandLine/terminal/history';
import { type Key, parseKeys } from '../../src/commandLine/terminal/keys';
import {
  type LineEvent,
  type LineState,
  editLine,
  leaveLine,
  newLine,
  replaceLine,
} from '../../src/commandLine/terminal/lineEditor';
import { FakeTerminal } from './fakeTerminal';

const PROMPT = '$ ';

/** Feeds data to a fresh line, drawing on a fake terminal; returns the last state, the events and the writes. */
function type(
  data: string,
  columns = 80,
): { state: LineState; screen: FakeTerminal; events: LineEvent[]; writes: string[] } {
  const screen = new FakeTerminal(columns);
  const first = newLine(PROMPT, columns);
  let state = first.state;
  screen.write(first.write);
  const events: LineEvent[] = [];
  const writes: string[] = [];
  for (const key of parseKeys(data)) {
    const step = editLine(state, key, columns);
    state = step.state;
    screen.write(step.write);
    writes.push(step.write);
    if (step.event) events.push(step.event);
  }
  return { state, screen, events, writes };
}

const key = (name: Extract<Key, { kind: 'key' }>['name']): Key => ({ kind: 'key', name });

describe('terminal keys', () => {
  it('reads printable runs as text and each control character or escape sequence as one key', () => {
    assert.deepEqual(parseKeys('ab c'), [{ kind: 'text', text: 'ab c' }]);
    assert.deepEqual(parseKeys('a\x1b[Db'), [{ kind: 'text', text: 'a' }, key('left'), { kind: 'text', text: 'b' }]);
    assert.deepEqual(parseKeys('ls\r\npwd\n'), [
      { kind: 'text', text: 'ls' },
      key('enter'),
      { kind: 'text', text: 'pwd' },
      key('enter'),
    ]);
  });

  it('knows every spelling of the editing keys', () => {
    const table: Array<[string, Extract<Key, { kind: 'key' }>['name']]> = [
      ['\r', 'enter'],
      ['\t', 'tab'],
      ['\x7f', 'backspace'],
      ['\b', 'backspace'],
      ['\x1b[3~', 'delete'],
      ['\x1b[D', 'left'],
      ['\x1bOD', 'left'],
      ['\x02', 'left'],
      ['\x1b[C', 'right'],
      ['\x1bOC', 'right'],
      ['\x06', 'right'],
      ['\x1b[A', 'up'],
      ['\x1bOA', 'up'],
      ['\x10', 'up'],
      ['\x1b[B', 'down'],
      ['\x1bOB', 'down'],
      ['\x0e', 'down'],
      ['\x1b[H', 'home'],
      ['\x1bOH', 'home'],
      ['\x1b[1~', 'home'],
      ['\x1b[7~', 'home'],
      ['\x01', 'home'],
      ['\x1b[F', 'end'],
      ['\x1bOF', 'end'],
      ['\x1b[4~', 'end'],
      ['\x1b[8~', 'end'],
      ['\x05', 'end'],
      ['\x1b[1;5D', 'wordLeft'],
      ['\x1b[1;3D', 'wordLeft'],
      ['\x1bb', 'wordLeft'],
      ['\x1b[1;5C', 'wordRight'],
      ['\x1bf', 'wordRight'],
      ['\x15', 'killToStart'],
      ['\x0b', 'killToEnd'],
      ['\x17', 'killWordBack'],
      ['\x1b\x7f', 'killWordBack'],
      ['\x1bd', 'killWordForward'],
      ['\x03', 'interrupt'],
      ['\x04', 'eof'],
      ['\x0c', 'clearScreen'],
    ];
    for (const [data, name] of table) assert.deepEqual(parseKeys(data), [key(name)], JSON.stringify(data));
  });

  it('skips sequences it does not know, whole (F-keys, bracketed paste marks, a lone Escape)', () => {
    assert.deepEqual(parseKeys('\x1b[15~a\x1b[200~b\x1b[201~\x1b'), [
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'b' },
    ]);
    assert.deepEqual(parseKeys('\x1b[1;2P\x07x'), [{ kind: 'text', text: 'x' }]);
  });
});

describe('line editor', () => {
  it('shows the prompt and echoes typed text', () => {
    const { state, screen, writes } = type('echo hi');
    assert.equal(state.text, 'echo hi');
    assert.equal(state.cursor, 7);
    assert.deepEqual(writes, ['echo hi']);
    assert.equal(screen.text(), '$ echo hi');
  });

  it('moves with Left and Right and inserts at the cursor', () => {
    const { state, screen, writes } = type('helo\x1b[Dl\x1b[C\x1b[C!');
    assert.equal(state.text, 'hello!');
    assert.equal(writes[1], '\x1b[D');
    assert.equal(screen.text(), '$ hello!');
    assert.equal(screen.col, 8);
  });

  it('stops at either end of the line', () => {
    const { state, writes } = type('ab\x1b[D\x1b[D\x1b[D\x1b[C\x1b[C\x1b[C');
    assert.equal(state.cursor, 2);
    assert.deepEqual(writes.slice(3, 4), ['']);
    assert.deepEqual(writes.slice(-1), ['']);
  });

  for (const [home, end] of [
    ['\x1b[H', '\x1b[F'],
    ['\x1bOH', '\x1bOF'],
    ['\x1b[1~', '\x1b[4~'],
    ['\x01', '\x05'],
  ] as const) {
    it(`goes Home and End with ${JSON.stringify(home)} and ${JSON.stringify(end)}`, () => {
      const atHome = type(`docker ps${home}`);
      assert.equal(atHome.state.cursor, 0);
      assert.equal(atHome.screen.col, 2);
      const back = type(`docker ps${home}x${end}y`);
      assert.equal(back.state.text, 'xdocker psy');
      assert.equal(back.screen.text(), '$ xdocker psy');
      assert.equal(back.screen.col, 13);
    });
  }

  it('Backspace deletes before the cursor, Delete and Ctrl+D under it', () => {
    assert.equal(type('pingg\x7f').state.text, 'ping');
    const mid = type('pinxg\x1b[D\x7f');
    assert.equal(mid.state.text, 'ping');
    assert.equal(mid.screen.text(), '$ ping');
    assert.equal(mid.screen.col, 5);
    assert.equal(type('\x7f').state.text, '');
    const del = type('pinxg\x1b[D\x1b[D\x1b[3~');
    assert.equal(del.state.text, 'ping');
    assert.equal(del.screen.text(), '$ ping');
    const ctrlD = type('pinxg\x1b[D\x1b[D\x04');
    assert.equal(ctrlD.state.text, 'ping');
    assert.deepEqual(ctrlD.events, []);
    assert.equal(type('ab\x1b[3~').state.text, 'ab');
  });

  it('Ctrl+U, Ctrl+K, Ctrl+W and Alt+D kill, as readline does', () => {
    const u = type('docker ps -a\x1b[D\x1b[D\x15');
    assert.equal(u.state.text, '-a');
    assert.equal(u.screen.text(), '$ -a');
    assert.equal(u.screen.col, 2);
    const k = type('docker ps -a\x01\x1bf\x0b');
    assert.equal(k.state.text, 'docker');
    assert.equal(k.screen.text(), '$ docker');
    const w = type('docker run --name web  \x17');
    assert.equal(w.state.text, 'docker run --name ');
    assert.equal(type('a --net=host\x17').state.text, 'a ');
    const d = type('docker run\x01\x1bd');
    assert.equal(d.state.text, ' run');
  });

  it('moves by words with Ctrl/Alt+arrows and Alt+B/F', () => {
    const { state } = type('docker network ls\x1b[1;5D\x1b[1;5D');
    assert.equal(state.cursor, 7);
    assert.equal(type('docker network ls\x01\x1b[1;5C').state.cursor, 6);
    assert.equal(type('docker network ls\x1bb').state.cursor, 15);
  });

  it('Enter submits with the cursor anywhere, leaving it on a fresh row', () => {
    const { state, screen, events } = type('echo hi\x01\r');
    assert.deepEqual(events, ['submit']);
    assert.equal(state.text, 'echo hi');
    assert.deepEqual(screen.lines(), ['$ echo hi', '']);
    assert.equal(screen.col, 0);
  });

  it('Ctrl+C abandons the line with ^C', () => {
    const { state, screen, events } = type('docker ru\x01\x03');
    assert.deepEqual(events, ['interrupt']);
    assert.equal(state.text, '');
    assert.deepEqual(screen.lines(), ['$ docker ru^C', '']);
  });

  it('Ctrl+D on an empty line is the end of input', () => {
    assert.deepEqual(type('\x04').events, ['eof']);
  });

  it('Ctrl+L clears the screen and draws the prompt and line again, the cursor in place', () => {
    const { screen, writes } = type('one\rtwo\x1b[D\x0c');
    assert.ok(writes.at(-1)!.startsWith('\x1b[H\x1b[2J'));
    assert.deepEqual(screen.lines(), ['$ onetwo']);
    assert.equal(screen.col, 7);
  });

  it('leaves Tab, Up and Down to its owner', () => {
    assert.deepEqual(type('do\t\x1b[A\x1b[B').events, ['complete', 'historyPrevious', 'historyNext']);
  });

  it('replaces the whole line, as history recall does', () => {
    const screen = new FakeTerminal(80);
    const first = newLine(PROMPT, 80);
    screen.write(first.write);
    const typed = editLine(first.state, { kind: 'text', text: 'docker network inspect bridge' }, 80);
    screen.write(typed.write);
    const recalled = replaceLine(typed.state, 'docker ps', 80);
    screen.write(recalled.write);
    assert.equal(screen.text(), '$ docker ps');
    assert.equal(screen.col, 11);
    assert.equal(recalled.state.cursor, 9);
  });

  it('writes wide characters in two cells', () => {
    const { screen } = type('echo 你好\x1b[D');
    assert.equal(screen.col, 9);
  });
});

describe('line editor on a narrow terminal (wrapped lines)', () => {
  it('wraps a long line and moves across rows', () => {
    const { screen, state } = type('0123456789abcdefghijklmnop\x01', 10);
    assert.deepEqual(screen.lines(), ['$ 01234567', '89abcdefgh', 'ijklmnop']);
    assert.deepEqual([screen.row, screen.col], [0, 2]);
    const end = editLine(state, key('end'), 10);
    screen.write(end.write);
    assert.deepEqual([screen.row, screen.col], [2, 8]);
  });

  it('keeps the cursor right when a line fills its last column exactly', () => {
    const { screen } = type('01234567', 10);
    assert.deepEqual(screen.lines(), ['$ 01234567', '']);
    assert.deepEqual([screen.row, screen.col], [1, 0]);
    const back = type('01234567\x7f', 10);
    assert.deepEqual(back.screen.lines(), ['$ 0123456']);
    assert.deepEqual([back.screen.row, back.screen.col], [0, 9]);
  });

  it('inserts and deletes in the middle of a wrapped line', () => {
    const inserted = type('0123456789abcdef\x01\x1b[C\x1b[CXY', 10);
    assert.equal(inserted.screen.text(), '$ 01XY2345\n6789abcdef');
    assert.deepEqual([inserted.screen.row, inserted.screen.col], [0, 6]);
    const killed = type('0123456789abcdef\x01\x1b[C\x1b[C\x1b[C\x1b[C\x15', 10);
    assert.equal(killed.state.text, '456789abcdef');
    assert.equal(killed.screen.text(), '$ 456789ab\ncdef');
    assert.deepEqual([killed.screen.row, killed.screen.col], [0, 2]);
  });

  it('shows any sequence of keys as the line it leaves, the cursor where it says (property)', () => {
    const keys = fc.constantFrom(
      'a',
      'bc',
      '你',
      ' ',
      '\x1b[D',
      '\x1b[C',
      '\x01',
      '\x05',
      '\x7f',
      '\x1b[3~',
      '\x15',
      '\x0b',
      '\x17',
      '\x1bb',
      '\x1bf',
      '\x1bd',
    );
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 60 }), fc.integer({ min: 4, max: 12 }), (pressed, columns) => {
        const { state, screen } = type(pressed.join(''), columns);
        const expected = expectedScreen(`${PROMPT}${state.text}`, columns);
        assert.deepEqual(screen.lines().slice(0, expected.length), expected);
        assert.ok(
          screen
            .lines()
            .slice(expected.length)
            .every((l) => l === ''),
        );
        const at = advance(
          { row: 0, col: 0 },
          PROMPT + Array.from(state.text).slice(0, state.cursor).join(''),
          columns,
        );
        assert.deepEqual([screen.row, screen.col], [at.row, at.col]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a wrapped line from any cursor position onto a fresh row', () => {
    const { state, screen } = type('0123456789abcdef\x01', 10);
    screen.write(leaveLine(state, 10));
    assert.deepEqual([screen.row, screen.col], [2, 0]);
  });
});

/** Rows a terminal `columns` wide shows for text: a wide character that does not fit starts the next row. */
function expectedScreen(text: string, columns: number): string[] {
  const rows: string[] = [''];
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (width + w > columns) {
      rows.push('');
      width = 0;
    }
    rows[rows.length - 1] += ch;
    width += w;
  }
  return rows.map((r) => r.trimEnd());
}

describe('history', () => {
  it('walks back with Up and forward with Down, and keeps the line being typed as a draft', () => {
    const h = new History();
    h.add('docker ps');
    h.add('ifconfig');
    assert.equal(h.previous('pi'), 'ifconfig');
    assert.equal(h.previous('ifconfig'), 'docker ps');
    assert.equal(h.previous('docker ps'), undefined);
    assert.equal(h.next(), 'ifconfig');
    assert.equal(h.next(), 'pi');
    assert.equal(h.next(), undefined);
  });

  it('keeps neither blank lines nor a repeat of the last line, and forgets beyond its limit', () => {
    const h = new History([], 3);
    for (const line of ['a', '', '  ', 'a', 'b', 'c', 'd']) h.add(line);
    assert.deepEqual(h.lines, ['b', 'c', 'd']);
  });

  it('starts over at the newest entry after a line is added or abandoned', () => {
    const h = new History(['one', 'two']);
    assert.equal(h.previous(''), 'two');
    assert.equal(h.previous('two'), 'one');
    h.resetPosition();
    assert.equal(h.previous(''), 'two');
    h.add('three');
    assert.equal(h.previous(''), 'three');
  });

  it('starts empty: Up has nothing to bring back', () => {
    assert.equal(new History().previous('x'), undefined);
  });
});
