// The lines a terminal ran, walked with Up and Down as bash's history does: Up from the line being
// typed keeps it as a draft that Down past the newest entry brings back.

export class History {
  private readonly entries: string[];
  /** The entry shown; entries.length while on the line being typed. */
  private position: number;
  private draft = '';

  constructor(
    entries: readonly string[] = [],
    /** bash's HISTSIZE default. */
    private readonly limit = 500,
  ) {
    this.entries = entries.slice(-limit);
    this.position = this.entries.length;
  }

  get lines(): readonly string[] {
    return this.entries;
  }

  /** Records a line that ran; blank lines and a repeat of the last one are not kept (HISTCONTROL=ignoredups). */
  add(line: string): void {
    this.position = this.entries.length;
    this.draft = '';
    if (line.trim() === '' || this.entries.at(-1) === line) return;
    this.entries.push(line);
    if (this.entries.length > this.limit) this.entries.shift();
    this.position = this.entries.length;
  }

  /** The entry before the one shown (Up), or undefined at the oldest. `current` is what the line holds now. */
  previous(current: string): string | undefined {
    if (this.position === 0) return undefined;
    if (this.position === this.entries.length) this.draft = current;
    this.position--;
    return this.entries[this.position];
  }

  /** The entry after the one shown (Down), the draft past the newest, or undefined on the draft already. */
  next(): string | undefined {
    if (this.position >= this.entries.length) return undefined;
    this.position++;
    return this.position === this.entries.length ? this.draft : this.entries[this.position];
  }

  /** Back to the line being typed (after Ctrl+C or a submitted line). */
  resetPosition(): void {
    this.position = this.entries.length;
    this.draft = '';
  }
}
