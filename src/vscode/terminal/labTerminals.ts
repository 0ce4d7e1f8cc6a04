// The lab terminals that are open, whether a command or the terminal profile (the + menu) made
// them: each VS Code terminal with its LabTerminal, the most recently used one last.
import * as vscode from 'vscode';
import type { LabStore } from '../state/labStore';
import { LabTerminal } from './labTerminal';

export interface OpenLabTerminal {
  terminal: vscode.Terminal;
  pty: LabTerminal;
}

const ICON = new vscode.ThemeIcon('server-environment');

export class LabTerminals implements vscode.Disposable {
  private readonly open: OpenLabTerminal[] = [];
  /** Made for the profile provider, waiting for VS Code to create their terminal. */
  private readonly unclaimed = new Set<LabTerminal>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: LabStore) {
    this.subscriptions = [
      vscode.window.onDidOpenTerminal((terminal) => this.claim(terminal)),
      vscode.window.onDidCloseTerminal((terminal) => this.forget(terminal)),
      vscode.window.onDidChangeActiveTerminal((terminal) => this.touch(terminal)),
    ];
  }

  /** The options of a new lab terminal, for createTerminal or a TerminalProfile. */
  options(name: string): vscode.ExtensionTerminalOptions {
    const pty = new LabTerminal(this.store);
    this.unclaimed.add(pty);
    return { name, pty, iconPath: ICON };
  }

  create(name: string): OpenLabTerminal {
    const terminal = vscode.window.createTerminal(this.options(name));
    return this.claim(terminal) ?? this.unexpected(terminal);
  }

  private unexpected(terminal: vscode.Terminal): never {
    terminal.dispose();
    throw new Error('a lab terminal was created without its pseudoterminal');
  }

  /** The lab terminal used last among those at the host's prompt: lines for the host go there. */
  mostRecentAtHost(): OpenLabTerminal | undefined {
    return this.open.filter((t) => t.pty.atHost).at(-1);
  }

  named(name: string): OpenLabTerminal | undefined {
    return this.open.find((t) => t.terminal.name === name);
  }

  /** A name no open lab terminal has: `base`, then `base (2)`, ... */
  freeName(base: string): string {
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base} (${n})`;
      if (!this.named(name)) return name;
    }
  }

  private claim(terminal: vscode.Terminal): OpenLabTerminal | undefined {
    const known = this.open.find((t) => t.terminal === terminal);
    if (known) return known;
    const options = terminal.creationOptions;
    const pty = 'pty' in options && options.pty instanceof LabTerminal ? options.pty : undefined;
    if (!pty || !this.unclaimed.delete(pty)) return undefined;
    const entry = { terminal, pty };
    this.open.push(entry);
    return entry;
  }

  private touch(terminal: vscode.Terminal | undefined): void {
    const i = this.open.findIndex((t) => t.terminal === terminal);
    if (i >= 0) this.open.push(...this.open.splice(i, 1));
  }

  private forget(terminal: vscode.Terminal): void {
    const i = this.open.findIndex((t) => t.terminal === terminal);
    if (i >= 0) this.open.splice(i, 1)[0]!.pty.dispose();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const t of this.open) t.pty.dispose();
    for (const pty of this.unclaimed) pty.dispose();
  }
}
