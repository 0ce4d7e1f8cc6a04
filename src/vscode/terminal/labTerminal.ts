// One lab terminal: a VS Code pseudoterminal that hands its input to an InteractiveShell on a
// session of its own and writes what the shell writes. The shell starts when VS Code opens the
// terminal (writes before that are dropped); a lab reset moves it onto a session of the new lab,
// and a change elsewhere that ends its container shell shows the host's prompt again.
import * as vscode from 'vscode';
import { InteractiveShell } from '../../commandLine/terminal/interactiveShell';
import type { LabStore } from '../state/labStore';

export class LabTerminal implements vscode.Pseudoterminal, vscode.Disposable {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<void>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private shell: InteractiveShell | undefined;
  /** Lines to type once the terminal is open. */
  private pending: string[] = [];
  /** Keys typed before the shell started. */
  private pendingInput = '';
  private readonly opened: Promise<void>;
  private markOpened: () => void = () => undefined;
  private readonly subscriptions: Array<{ dispose(): void }>;

  constructor(private readonly store: LabStore) {
    this.opened = new Promise((resolve) => (this.markOpened = resolve));
    this.subscriptions = [
      store.onDidReset(() =>
        this.shell?.replaceSession(
          store.openSession(),
          vscode.l10n.t("The lab was reset: this terminal goes on in the new lab, on the host's shell."),
        ),
      ),
      store.onDidChange(() => this.shell?.refreshPrompt()),
    ];
  }

  open(dimensions: vscode.TerminalDimensions | undefined): void {
    // The browser's copy of the workspace loads first, so the first line finds its compose files.
    if (this.store.filesReady) this.start(dimensions);
    else void this.store.whenFilesReady().then(() => this.start(dimensions));
  }

  private start(dimensions: vscode.TerminalDimensions | undefined): void {
    this.shell = new InteractiveShell(
      this.store.openSession(),
      { write: (data) => this.writeEmitter.fire(data), close: () => this.closeEmitter.fire() },
      { columns: dimensions?.columns },
    );
    this.shell.start();
    for (const line of this.pending) this.shell.typeLine(line);
    this.pending = [];
    if (this.pendingInput !== '') this.shell.input(this.pendingInput);
    this.pendingInput = '';
    this.markOpened();
  }

  /** At the host's prompt (a terminal not opened yet will be). */
  get atHost(): boolean {
    return this.shell?.atHost ?? true;
  }

  handleInput(data: string): void {
    if (this.shell) this.shell.input(data);
    else this.pendingInput += data;
  }

  setDimensions(dimensions: vscode.TerminalDimensions): void {
    this.shell?.resize(dimensions.columns);
  }

  /** Resolves once VS Code has opened the terminal, or after `timeoutMs` (lines typed meanwhile wait). */
  async whenOpen(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([this.opened, timeout]).finally(() => clearTimeout(timer));
  }

  /** Types each line and Enter, visibly, as a person would. */
  typeLines(lines: readonly string[]): void {
    if (!this.shell) this.pending.push(...lines);
    else for (const line of lines) this.shell.typeLine(line);
  }

  close(): void {
    this.dispose();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.writeEmitter.dispose();
    this.closeEmitter.dispose();
  }
}
