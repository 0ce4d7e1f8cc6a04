// The extension's one lab and terminal session; views subscribe to its change event.
import { Lab } from '../core/lab';
import { type LineResult, Session } from '../core/session';

export class LabStore {
  private lab: Lab;
  private session: Session;
  private readonly listeners = new Set<() => void>();
  private subscription: { dispose(): void };

  constructor(private readonly seed = 0) {
    this.lab = new Lab({ seed });
    this.session = new Session(this.lab);
    this.subscription = this.lab.onDidChange(() => this.fire());
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
    this.subscription = this.lab.onDidChange(() => this.fire());
    this.fire();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(): void {
    for (const l of [...this.listeners]) l();
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }
}
