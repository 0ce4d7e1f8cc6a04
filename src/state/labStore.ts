// The extension's one lab and terminal session, saved with the workspace; views subscribe to
// its change event. A saved lab that cannot be read is reported and replaced by a fresh one.
import { Lab } from '../core/lab';
import { SavedLabError, loadLab, saveLab } from '../core/serialize';
import { type LineResult, Session } from '../core/session';

/** The part of vscode.Memento the store uses (workspaceState). */
export interface LabMemento {
  get(key: string): unknown;
  update(key: string, value: unknown): Thenable<void>;
}

const STATE_KEY = 'netlab.lab';
const SAVE_DELAY_MS = 250;

export class LabStore {
  private lab: Lab;
  private session: Session;
  private readonly listeners = new Set<() => void>();
  private subscription: { dispose(): void };
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Why the saved lab was discarded at start, for the extension to tell the user. */
  readonly loadProblem: string | undefined;

  constructor(private readonly memento?: LabMemento, private readonly seed = 0) {
    const restored = this.restore();
    this.lab = restored.lab;
    this.loadProblem = restored.problem;
    this.session = new Session(this.lab);
    this.subscription = this.lab.onDidChange(() => this.changed());
  }

  private restore(): { lab: Lab; problem?: string } {
    const saved = this.memento?.get(STATE_KEY);
    if (saved === undefined) return { lab: new Lab({ seed: this.seed }) };
    try {
      return { lab: loadLab(saved) };
    } catch (e) {
      if (!(e instanceof SavedLabError)) throw e;
      return { lab: new Lab({ seed: this.seed }), problem: e.message };
    }
  }

  get current(): Lab {
    return this.lab;
  }

  /** Runs one command line on the host, as the lab terminal would. */
  run(line: string): LineResult {
    return this.session.execute(line);
  }

  reset(): void {
    this.subscription.dispose();
    this.lab = new Lab({ seed: this.seed });
    this.session = new Session(this.lab);
    this.subscription = this.lab.onDidChange(() => this.changed());
    this.changed();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (!this.memento || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.memento?.update(STATE_KEY, saveLab(this.lab));
    }, SAVE_DELAY_MS);
  }

  /** Writes the lab now (on deactivate). */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.memento?.update(STATE_KEY, saveLab(this.lab));
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }
}
