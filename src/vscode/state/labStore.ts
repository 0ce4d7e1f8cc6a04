// The extension's one lab and terminal session, saved with the workspace; views subscribe to
// its change event. The saved lab is read on first use, not at activation; one that cannot be read
// is reported and replaced by a fresh one. A save runs a second after the last change and writes
// the JSON in slices between other work, so a large lab never stalls typing in a lab terminal.
import { Lab } from '../../core/lab/lab';
import { savedLabPieces } from '../../core/lab/savedLabText';
import { SavedLabError, loadLab } from '../../core/lab/serialize';
import type { HostProfile } from '../../core/lab/model';
import { type LineResult, Session } from '../../commandLine/session';
import type { FileReader } from '../../core/files/fileReader';
import { MemoryFiles } from '../../core/files/memoryFiles';
import { overlayFiles } from '../../core/files/overlayFiles';
import { readyFiles, type LabFiles } from '../platform';

/** The part of vscode.Memento the store uses (workspaceState). */
export interface LabMemento {
  get(key: string): unknown;
  update(key: string, value: unknown): Thenable<void>;
}

const STATE_KEY = 'netlab.lab';
const SAVE_DELAY_MS = 1000;
/** Work per slice of a save before it lets the event loop run. */
const SLICE_MS = 8;

// setTimeout, not Node's setImmediate: the browser's extension host runs this too.
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Live {
  lab: Lab;
  session: Session;
  subscription: { dispose(): void };
}

export interface LabStoreOptions {
  /** Told why a saved lab was discarded, when it is first read. */
  onDamaged?: (problem: string) => void;
  seed?: number;
  /** Changes within this window are written once (a compose up is many changes). */
  saveDelayMs?: number;
  /** The host of a new lab (a reset, or nothing saved), asked each time: settings change. */
  hostProfile?: () => HostProfile | undefined;
  /** Where a new session's shell starts (the workspace folder, a lab path); homeDirectory otherwise. */
  workingDirectory?: () => string | undefined;
  /** Where a shell starts without a working directory: the extension host's folder on Node. Default `/root`. */
  homeDirectory?: string;
  /** The workspace's files as sessions read them (the disk, or the browser's copy); default: none. */
  files?: LabFiles;
}

export class LabStore {
  private live: Live | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly resetListeners = new Set<() => void>();
  private readonly loadListeners = new Set<() => void>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts lab changes, so a save in progress knows it is out of date. */
  private changes = 0;

  private readonly onDamaged: (problem: string) => void;
  private readonly seed: number;
  private readonly saveDelayMs: number;
  private readonly hostProfile: () => HostProfile | undefined;
  private readonly workingDirectory: () => string | undefined;
  private readonly homeDirectory: string;
  private readonly files: LabFiles;

  constructor(
    private readonly memento?: LabMemento,
    options: LabStoreOptions = {},
  ) {
    this.onDamaged = options.onDamaged ?? (() => undefined);
    this.seed = options.seed ?? 0;
    this.saveDelayMs = options.saveDelayMs ?? SAVE_DELAY_MS;
    this.hostProfile = options.hostProfile ?? (() => undefined);
    this.workingDirectory = options.workingDirectory ?? (() => undefined);
    this.homeDirectory = options.homeDirectory ?? '/root';
    this.files = options.files ?? readyFiles(new MemoryFiles({}, ['/root']));
  }

  /** A new, empty lab on the host the settings describe now; a saved lab keeps its own host. */
  private freshLab(): Lab {
    return new Lab({ seed: this.seed, hostProfile: this.hostProfile() });
  }

  private restore(): Lab {
    const saved = this.memento?.get(STATE_KEY);
    if (saved === undefined) return this.freshLab();
    try {
      // Saved as JSON text since the sliced save; older versions stored the object itself.
      return loadLab(typeof saved === 'string' ? JSON.parse(saved) : saved);
    } catch (e) {
      if (!(e instanceof SavedLabError) && !(e instanceof SyntaxError)) throw e;
      this.onDamaged(e.message);
      return this.freshLab();
    }
  }

  private attach(lab: Lab): Live {
    return { lab, session: this.newSession(lab), subscription: lab.onDidChange(() => this.changed()) };
  }

  // A session starts in the workspace folder, so `docker compose` finds the workspace's compose
  // files as it would in a shell there.
  private newSession(lab: Lab, files: FileReader = this.files.reader): Session {
    return new Session(lab, { files, cwd: this.workingDirectory() ?? this.homeDirectory });
  }

  /**
   * A session of its own (a terminal) on the current lab: its own folder and $?; the lab is shared.
   * `texts` (lab path → text) are read instead of the disk's files: editors' unsaved text.
   */
  openSession(texts?: ReadonlyMap<string, string>): Session {
    return this.newSession(this.state.lab, texts ? overlayFiles(this.files.reader, texts) : this.files.reader);
  }

  /** The workspace's files can be read (at once on the disk; the browser's copy loads first). */
  get filesReady(): boolean {
    return this.files.isReady;
  }

  /** Resolves once they can: run before a line that may read them (compose files, `.env`, `cd`). */
  whenFilesReady(): Promise<void> {
    return this.files.ready();
  }

  private get state(): Live {
    if (!this.live) {
      this.live = this.attach(this.restore());
      for (const l of [...this.loadListeners]) l();
    }
    return this.live;
  }

  /**
   * Runs once the saved lab has been read (at once if it has): the lab is read on first use, so
   * that opening a Dockerfile, which activates the extension, does not read it.
   */
  whenLoaded(listener: () => void): { dispose(): void } {
    if (this.live) {
      listener();
      return { dispose: () => undefined };
    }
    this.loadListeners.add(listener);
    return { dispose: () => this.loadListeners.delete(listener) };
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
    this.replace(this.freshLab());
  }

  /** Puts another lab in place of this one (Import Lab): as a reset, sessions are opened anew. */
  replace(lab: Lab): void {
    this.live?.subscription.dispose();
    this.live = this.attach(lab);
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

  /** Debounced: a burst of changes (a compose up, a script) is written once, after it ends. */
  private scheduleSave(): void {
    this.changes++;
    if (!this.memento) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveInSlices();
    }, this.saveDelayMs);
  }

  /** Builds the JSON a slice at a time; a change meanwhile abandons it (the change schedules the next save). */
  private async saveInSlices(): Promise<void> {
    const live = this.live;
    if (!live || !this.memento) return;
    const changesAtStart = this.changes;
    const pieces: string[] = [];
    let sliceStart = performance.now();
    for (const piece of savedLabPieces(live.lab)) {
      pieces.push(piece);
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await nextTurn();
      if (this.changes !== changesAtStart || this.live !== live) return;
      sliceStart = performance.now();
    }
    await this.memento.update(STATE_KEY, pieces.join(''));
  }

  /** Writes the lab now (on deactivate, before an export), if it was ever read. */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.live) await this.memento?.update(STATE_KEY, [...savedLabPieces(this.live.lab)].join(''));
  }

  dispose(): void {
    this.live?.subscription.dispose();
    this.listeners.clear();
    this.resetListeners.clear();
    this.loadListeners.clear();
  }
}
