// The extension's one lab and terminal session, saved with the workspace; views subscribe to
// its change event. The saved lab is read on first use, not at activation (opening a YAML file
// activates the extension); one that cannot be read is reported and replaced by a fresh one.
import { Lab } from '../../core/lab/lab';
import type { HostProfile } from '../../core/lab/model';
import { SavedLabError, loadLab, saveLab } from '../../core/lab/serialize';
import { type LineResult, Session } from '../../commandLine/session';
import { labPath, nodeFileReader } from '../../node/fileReader';

/** The part of vscode.Memento the store uses (workspaceState). */
export interface LabMemento {
  get(key: string): unknown;
  update(key: string, value: unknown): Thenable<void>;
}

const STATE_KEY = 'netlab.lab';
const SAVE_DELAY_MS = 250;

interface Live {
  lab: Lab;
  session: Session;
  subscription: { dispose(): void };
}

export class LabStore {
  private live: Live | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly resetListeners = new Set<() => void>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly memento?: LabMemento,
    /** Told why a saved lab was discarded, when it is first read. */
    private readonly onDamaged: (problem: string) => void = () => undefined,
    private readonly seed = 0,
    /** Changes within this window are written once (a compose up is many changes). */
    private readonly saveDelayMs = SAVE_DELAY_MS,
    /** The host of a new lab (a reset, or nothing saved), asked each time: settings change. */
    private readonly hostProfile: () => HostProfile | undefined = () => undefined,
  ) {}

  /** A new, empty lab on the host the settings describe now; a saved lab keeps its own host. */
  private freshLab(): Lab {
    return new Lab({ seed: this.seed, hostProfile: this.hostProfile() });
  }

  private restore(): Lab {
    const saved = this.memento?.get(STATE_KEY);
    if (saved === undefined) return this.freshLab();
    try {
      return loadLab(saved);
    } catch (e) {
      if (!(e instanceof SavedLabError)) throw e;
      this.onDamaged(e.message);
      return this.freshLab();
    }
  }

  private attach(lab: Lab): Live {
    return { lab, session: this.newSession(lab), subscription: lab.onDidChange(() => this.changed()) };
  }

  // For now the disk through node:fs (the extension host runs in Node), from the extension host's
  // folder; the workspace's file system (vscode.workspace.fs, preloaded into a MemoryFiles for the
  // synchronous lab) and a workspace folder as the start are for the vscode side to hand in.
  private newSession(lab: Lab): Session {
    return new Session(lab, { files: nodeFileReader, cwd: labPath(process.cwd()) });
  }

  /** A session of its own (a terminal) on the current lab: its own folder and $?; the lab is shared. */
  openSession(): Session {
    return this.newSession(this.state.lab);
  }

  private get state(): Live {
    this.live ??= this.attach(this.restore());
    return this.live;
  }

  get current(): Lab {
    return this.state.lab;
  }

  /** Runs one command line on the host, as the lab terminal would. */
  run(line: string): LineResult {
    return this.state.session.execute(line);
  }

  /** Runs one command given as its words: no quoting to get right. */
  runArgv(argv: readonly string[]): LineResult {
    return this.state.session.executeArgv(argv);
  }

  reset(): void {
    this.live?.subscription.dispose();
    this.live = this.attach(this.freshLab());
    for (const l of [...this.resetListeners]) l();
    this.changed();
  }

  /** A new lab replaced the old one: sessions opened on the old lab must be opened anew. */
  onDidReset(listener: () => void): { dispose(): void } {
    this.resetListeners.add(listener);
    return { dispose: () => this.resetListeners.delete(listener) };
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
      if (this.live) void this.memento?.update(STATE_KEY, saveLab(this.live.lab));
    }, this.saveDelayMs);
  }

  /** Writes the lab now (on deactivate), if it was ever read. */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.live) await this.memento?.update(STATE_KEY, saveLab(this.live.lab));
  }

  dispose(): void {
    this.live?.subscription.dispose();
    this.listeners.clear();
    this.resetListeners.clear();
  }
}
