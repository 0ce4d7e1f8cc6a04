// An interactive shell on a terminal: what the user types goes through the line editor, each
// line runs in the session, its output is printed, then the prompt of the shell the session is in
// now. Knows nothing of VS Code: it writes text and asks to close, so any terminal can host it.
import type { LineResult } from '../session';
import { internalErrorText } from '../docker/output';
import { candidateList } from './candidateList';
import { type CompletionContext, complete, completionText } from './completion';
import { History } from './history';
import { type Key, parseKeys } from './keys';
import {
  type LineState,
  type Step,
  editLine,
  leaveLine,
  newLine,
  render,
  replaceLine,
  replaceRange,
} from './lineEditor';
import { crlf, outputText } from './outputText';

/** The part of a Session the shell uses. */
export interface ShellSession extends CompletionContext {
  execute(line: string): LineResult;
  prompt(): string;
}

/** Where the shell writes, and how it ends its terminal. */
export interface ShellScreen {
  write(data: string): void;
  close(): void;
}

export interface ShellOptions {
  /** The terminal's width; 80 until told. */
  columns?: number;
  history?: History;
}

const BELL = '\x07';
const BRACKETED_PASTE = '\x1b[?2004h';

/** `exit` typed on the host ends the terminal (in a container it leaves the container's shell). */
const isExit = (line: string) => /^exit(\s|$)/.test(line.trim());

export class InteractiveShell {
  private state: LineState = { prompt: '', text: '', cursor: 0 };
  private columns: number;
  /** Tab presses in a row that found several candidates: the second lists them. */
  private ambiguousTabs = 0;
  private closed = false;
  /** A line is running: lab changes are its own, and its prompt comes after it. */
  private running = false;
  readonly history: History;

  constructor(
    private session: ShellSession,
    private readonly screen: ShellScreen,
    options: ShellOptions = {},
  ) {
    this.columns = Math.max(1, options.columns ?? 80);
    this.history = options.history ?? new History();
  }

  /**
   * The greeting, if any, then the first prompt. Turns on bracketed paste (xterm's mode 2004), with
   * which VS Code pastes several lines without asking first; the markers it adds are skipped, and
   * each pasted line runs.
   */
  start(greeting = ''): void {
    this.write(`${BRACKETED_PASTE}${crlf(greeting)}`);
    this.showPrompt();
  }

  /** What the terminal sent: typed keys, or pasted text whose every line runs in turn. */
  input(data: string): void {
    for (const key of parseKeys(data)) {
      if (this.closed) return;
      this.handle(key);
    }
  }

  /** Types a whole line and Enter, as a person would (in place of anything half typed). */
  typeLine(line: string): void {
    if (this.closed) return;
    this.apply(replaceLine(this.state, line.replace(/[\r\n]+/g, ' '), this.columns));
    this.handle({ kind: 'key', name: 'enter' });
  }

  resize(columns: number): void {
    this.columns = Math.max(1, columns);
  }

  /** The shell is the host's (not a container's, entered with `docker exec -it` or `run -it`). */
  get atHost(): boolean {
    return this.session.currentContainer === undefined;
  }

  /** Goes on in another session (the lab was reset): a note under the line, then the new prompt and the line. */
  replaceSession(session: ShellSession, note: string): void {
    this.session = session;
    if (this.closed) return;
    this.write(`${leaveLine(this.state, this.columns)}${crlf(note)}\r\n`);
    this.state = { ...this.state, prompt: session.prompt() };
    this.write(render(this.state, this.columns));
  }

  /**
   * The lab changed under the shell (another terminal or a view removed the container it is in):
   * when its prompt is no longer the one shown, draws the new one on a fresh row, the line kept.
   */
  refreshPrompt(): void {
    if (this.closed || this.running) return;
    const prompt = this.session.prompt();
    if (prompt === this.state.prompt) return;
    this.write(leaveLine(this.state, this.columns));
    this.state = { ...this.state, prompt };
    this.write(render(this.state, this.columns));
  }

  /** The line being edited (for tests and the adapter's status). */
  get line(): LineState {
    return this.state;
  }

  private write(data: string): void {
    if (data !== '') this.screen.write(data);
  }

  private apply(step: Step): void {
    this.state = step.state;
    this.write(step.write);
  }

  private showPrompt(): void {
    this.apply(newLine(this.session.prompt(), this.columns));
  }

  private handle(key: Key): void {
    if (!(key.kind === 'key' && key.name === 'tab')) this.ambiguousTabs = 0;
    const step = editLine(this.state, key, this.columns);
    this.apply(step);
    switch (step.event) {
      case 'submit':
        return this.submit(this.state.text);
      case 'interrupt':
        this.history.resetPosition();
        return this.showPrompt();
      case 'eof':
        return this.endOfInput();
      case 'complete':
        return this.complete();
      case 'historyPrevious':
        return this.recall(this.history.previous(this.state.text));
      case 'historyNext':
        return this.recall(this.history.next());
      case undefined:
        return;
    }
  }

  private recall(text: string | undefined): void {
    if (text === undefined) this.write(BELL);
    else this.apply(replaceLine(this.state, text, this.columns));
  }

  private submit(line: string): void {
    this.history.add(line);
    if (line.trim() !== '') {
      const onHost = this.session.currentContainer === undefined;
      const { output } = this.run(line);
      const printed = output.stdout + output.stderr;
      this.write(outputText(output));
      // The editor draws from column 0: output without a final newline (`echo -n`) gets one, as zsh and fish do.
      if (printed !== '' && !printed.endsWith('\n')) this.write('\r\n');
      if (onHost && isExit(line)) return this.close();
    }
    this.showPrompt();
  }

  /** Ctrl+D on an empty line: leaves a container's shell as `exit` does; on the host, ends the terminal. */
  private endOfInput(): void {
    if (this.session.currentContainer === undefined) {
      this.write('\r\n');
      return this.close();
    }
    this.write('exit\r\n');
    this.submit('exit');
  }

  /** A bug in the lab is the line's answer, and the shell goes on. */
  private run(line: string): LineResult {
    this.running = true;
    try {
      return this.session.execute(line);
    } catch (e) {
      return {
        context: this.session.currentContainer?.name ?? 'host',
        command: line,
        enteredShell: false,
        output: { stdout: '', stderr: internalErrorText('netlab', e), exitCode: 1 },
      };
    } finally {
      this.running = false;
    }
  }

  private complete(): void {
    const chars = Array.from(this.state.text);
    const before = chars.slice(0, this.state.cursor).join('');
    const found = complete(this.session, this.state.text, before.length);
    const text = completionText(found);
    if (text !== undefined) {
      this.ambiguousTabs = 0;
      const start = Array.from(this.state.text.slice(0, found.start)).length;
      return this.apply(replaceRange(this.state, start, this.state.cursor, text, this.columns));
    }
    if (found.candidates.length < 2 || ++this.ambiguousTabs < 2) return this.write(BELL);
    this.write(leaveLine(this.state, this.columns) + candidateList(found.candidates, this.columns));
    this.write(render(this.state, this.columns));
  }

  private close(): void {
    this.closed = true;
    this.screen.close();
  }
}
