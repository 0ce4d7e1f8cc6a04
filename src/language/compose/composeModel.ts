// A compose file as the editor's hovers, completions and diagnostics read it: split by a line scan
// into top-level sections and one chunk per service, each parsed by the `yaml` library only when it
// is first needed and kept while its text is unchanged. An edit inside one chunk re-parses that
// chunk alone; the others only move. A file the scan cannot split safely (see composeScan.ts) is one
// chunk parsed whole, which is slower but reads it exactly as `docker compose` would.
import type { ComposeFileSource, Entry, Range, ServiceSource } from '../../compose/model';
import { LineIndex } from '../lineIndex';
import type { Position } from '../position';
import { ChunkText, type ParsedChunk } from './composeChunk';
import { scanLines, scanText } from './composeScan';
import { shiftRange, shiftRanges } from './shiftRanges';
import { type NodeAt, nodeAtOffset } from './yamlPath';

/** One edit, as VS Code's TextDocumentContentChangeEvent gives it (offsets in the text before it). */
export interface ContentChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** A syntax or schema problem, in compose-go's words, at offsets of the whole text. */
export interface ModelProblem {
  message: string;
  range: Range;
}

export type { NodeAt, YamlPath } from './yamlPath';

const SERVICES_KEY = 'services';

export class ComposeModel {
  private lines: LineIndex | undefined;
  /** Each chunk's parse in file offsets, made on first need. */
  private readonly shifted: (ParsedChunk | undefined)[] = [];
  private merged: ComposeFileSource | undefined;
  /** parseFor's progress: chunks before it are parsed. */
  private nextUnparsed = 0;

  private constructor(
    readonly path: string,
    readonly text: string,
    /** The chunks' texts and parses, shared with the models before and after an edit. */
    private readonly holders: readonly ChunkText[],
    /** Where each chunk starts in text (a chunk ends where the next starts). */
    private readonly starts: Float64Array,
    /** Indentation of the services (chunked models with services only). */
    private readonly serviceIndent: number | undefined,
    /** False when the file is parsed whole. */
    readonly chunked: boolean,
  ) {}

  static from(path: string, text: string): ComposeModel {
    return ComposeModel.build(path, text, new Map());
  }

  /** Scans text; chunks whose text an earlier model had keep that model's parse. */
  private static build(path: string, text: string, reuse: ReadonlyMap<string, ChunkText>): ComposeModel {
    const scan = scanText(text);
    // No chunk at all (an empty or comment-only file) reads as one document: nothing to split.
    if (!scan || scan.chunks.length === 0) {
      const old = reuse.get(text);
      const holder = old?.kind === 'document' ? old : new ChunkText(path, 'document', '', text, 0);
      return new ComposeModel(path, text, [holder], Float64Array.of(0), undefined, false);
    }
    const holders = scan.chunks.map((c) => {
      const chunkText = text.slice(c.start, c.end);
      const old = reuse.get(chunkText);
      return old?.kind === c.kind && old.key === c.key
        ? old
        : new ChunkText(path, c.kind, c.key, chunkText, c.keyStart - c.start);
    });
    const starts = Float64Array.from(scan.chunks.map((c) => c.start));
    return new ComposeModel(path, text, holders, starts, scan.serviceIndent, true);
  }

  /** The model of newText, which is this text with changes applied. */
  edit(changes: readonly ContentChange[], newText: string): ComposeModel {
    const one = changes.length === 1 ? changes[0]! : undefined;
    const next = one && this.chunked ? this.editOneChunk(one, newText) : undefined;
    if (next) {
      if (this.lines) next.lines = this.lines.edited(one!.rangeOffset, one!.rangeLength, one!.text, newText);
      return next;
    }
    const reuse = new Map<string, ChunkText>();
    for (const h of this.holders) if (h.isParsed) reuse.set(h.text, h);
    return ComposeModel.build(this.path, newText, reuse);
  }

  private editOneChunk(change: ContentChange, newText: string): ComposeModel | undefined {
    const s = change.rangeOffset;
    const e = s + change.rangeLength;
    const delta = change.text.length - change.rangeLength;
    if (newText.length !== this.text.length + delta || s < 0 || e > this.text.length) return undefined;
    const i = this.chunkIndexAt(s);
    const old = this.holders[i]!;
    const start = this.starts[i]!;
    if (old.kind === 'servicesHeader' || e > this.end(i)) return undefined;
    const isLast = i === this.holders.length - 1;
    const end = this.end(i) + delta;
    if (!isLast && newText[end - 1] !== '\n') return undefined;
    const rescan = scanLines(newText, start, end, {
      inServices: old.kind === 'service',
      serviceIndent: this.serviceIndent,
    });
    const only = rescan?.chunks.length === 1 ? rescan.chunks[0]! : undefined;
    if (!only || only.kind !== old.kind || only.key !== old.key) return undefined;
    const keyOffset = only.keyStart - start;
    if (i > 0 && keyOffset !== (old.kind === 'service' ? (this.serviceIndent ?? 0) : 0)) return undefined;
    const holders = this.holders.slice();
    holders[i] = new ChunkText(this.path, old.kind, old.key, newText.slice(start, end), keyOffset);
    const starts = this.starts.slice();
    for (let j = i + 1; j < starts.length; j++) starts[j] = starts[j]! + delta;
    return new ComposeModel(this.path, newText, holders, starts, this.serviceIndent, true);
  }

  private end(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length;
  }

  /** The chunk holding offset (the last one for the text's end). */
  private chunkIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private delta(i: number): number {
    return this.starts[i]! - this.holders[i]!.prefix.length;
  }

  private keyStart(i: number): number {
    return this.starts[i]! + this.holders[i]!.keyOffset;
  }

  /** A chunk's parse in file offsets. */
  private parsed(i: number): ParsedChunk {
    let p = this.shifted[i];
    if (!p) {
      const { doc, servicesEnd, ...data } = this.holders[i]!.parsed;
      const delta = this.delta(i);
      p = {
        doc,
        ...shiftRanges(data, delta),
        ...(servicesEnd === undefined ? {} : { servicesEnd: servicesEnd + delta }),
      };
      this.shifted[i] = p;
    }
    return p;
  }

  private index(): LineIndex {
    this.lines ??= LineIndex.of(this.text);
    return this.lines;
  }

  positionAt(offset: number): Position {
    return this.index().positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.index().offsetAt(position);
  }

  /** Offsets into a line/character range. */
  rangeAt(range: Range): { start: Position; end: Position } {
    return { start: this.positionAt(range[0]), end: this.positionAt(range[1]) };
  }

  /**
   * Parses chunks not parsed yet for about budgetMs; true once all are (source() is then cheap).
   * A caller that must not hold the thread for a large file's whole parse calls it between ticks.
   */
  parseFor(budgetMs: number): boolean {
    const start = Date.now();
    for (; this.nextUnparsed < this.holders.length; this.nextUnparsed++) {
      if (Date.now() - start >= budgetMs) return false;
      if (this.holders[this.nextUnparsed]!.kind !== 'servicesHeader') this.parsed(this.nextUnparsed);
    }
    return true;
  }

  /** The whole file read into the source model: every chunk that parsed (schema problems or not). */
  source(): ComposeFileSource {
    if (this.merged) return this.merged;
    const file: ComposeFileSource = {
      path: this.path,
      text: this.text,
      keys: [],
      services: [],
      networks: [],
      volumes: [],
    };
    for (let i = 0; i < this.holders.length; i++) {
      if (this.holders[i]!.kind === 'servicesHeader') {
        const entry = this.servicesEntry(i);
        file.keys.push(entry);
        file.servicesRange = entry.range;
        continue;
      }
      const p = this.parsed(i);
      file.keys.push(...p.keys);
      for (const s of p.services) file.services.push(s);
      file.networks.push(...p.networks);
      file.volumes.push(...p.volumes);
      if (p.name) file.name = p.name;
      if (p.version) file.version = p.version;
      if (p.servicesRange) file.servicesRange = p.servicesRange;
      if (p.networksRange) file.networksRange = p.networksRange;
      if (p.volumesRange) file.volumesRange = p.volumesRange;
    }
    this.merged = file;
    return file;
  }

  /** `services:` from its key to the end of its last service's mapping, as the whole-file parse has it. */
  private servicesEntry(header: number): Entry<null> {
    const keyStart = this.keyStart(header);
    const keyRange: Range = [keyStart, keyStart + SERVICES_KEY.length];
    let last = header;
    while (this.holders[last + 1]?.kind === 'service') last++;
    const end = this.parsed(last).servicesEnd ?? this.trimmedEnd(last);
    return { key: SERVICES_KEY, keyRange, value: null, range: [keyStart, Math.max(end, keyRange[1])] };
  }

  private trimmedEnd(i: number): number {
    let end = this.end(i);
    while (end > this.starts[i]! && /\s/.test(this.text[end - 1]!)) end--;
    return end;
  }

  /** Syntax and schema problems, one of each at most per chunk, in file order. */
  problems(): ModelProblem[] {
    const out: ModelProblem[] = [];
    for (let i = 0; i < this.holders.length; i++) {
      if (this.holders[i]!.kind === 'servicesHeader') continue;
      const p = this.parsed(i);
      if (p.syntax) out.push(this.renumbered(i, p.syntax));
      if (p.schema) out.push(p.schema);
    }
    return out;
  }

  /** yaml's `line L, column C` counted in the file rather than in the chunk. */
  private renumbered(i: number, problem: ModelProblem): ModelProblem {
    const start = Math.max(problem.range[0], this.starts[i]!);
    const range: Range = [start, Math.max(problem.range[1], start)];
    const at = this.positionAt(start);
    const message = problem.message.replace(
      /yaml: line \d+, column \d+:/,
      `yaml: line ${at.line + 1}, column ${at.character + 1}:`,
    );
    return { message, range };
  }

  /** The service whose text holds offset (parsing that service only). */
  serviceAt(offset: number): ServiceSource | undefined {
    if (!this.chunked) return this.source().services.find((s) => offset >= s.keyRange[0] && offset <= s.range[1]);
    const i = this.chunkIndexAt(offset);
    return this.holders[i]!.kind === 'service' ? this.parsed(i).services[0] : undefined;
  }

  /** A service by name (parsing that service only). */
  service(name: string): ServiceSource | undefined {
    if (!this.chunked) return this.source().services.find((s) => s.name === name);
    const i = this.holders.findIndex((h) => h.kind === 'service' && h.key === name);
    return i < 0 ? undefined : this.parsed(i).services[0];
  }

  /** The services' names in file order, without parsing them when the file is chunked. */
  serviceNames(): string[] {
    if (!this.chunked) return this.source().services.map((s) => s.name);
    return this.holders.filter((h) => h.kind === 'service').map((h) => h.key);
  }

  /** The top-level `networks:` entries (parsing that section only). */
  networks(): ComposeFileSource['networks'] {
    if (!this.chunked) return this.source().networks;
    const i = this.holders.findIndex((h) => h.kind === 'section' && h.key === 'networks');
    return i < 0 ? [] : this.parsed(i).networks;
  }

  /** The YAML node under the cursor, from the chunk there (a partial tree when it is broken). */
  nodeAt(offset: number): NodeAt | undefined {
    const i = this.chunkIndexAt(offset);
    const holder = this.holders[i]!;
    if (holder.kind === 'servicesHeader') {
      const keyStart = this.keyStart(i);
      const keyRange: Range = [keyStart, keyStart + SERVICES_KEY.length];
      return offset >= keyRange[0] && offset <= keyRange[1]
        ? { path: [SERVICES_KEY], onKey: true, text: SERVICES_KEY, range: keyRange }
        : undefined;
    }
    const doc = holder.parsed.doc;
    if (!doc) return undefined;
    const delta = this.delta(i);
    const local = offset - delta;
    if (local < holder.prefix.length) return undefined;
    const found = nodeAtOffset(doc, local);
    return found ? { ...found, range: shiftRange(found.range, delta) } : undefined;
  }

  /** For tests and the benchmark: how many chunks there are and how many are parsed. */
  stats(): { chunks: number; parsed: number } {
    return { chunks: this.holders.length, parsed: this.holders.filter((h) => h.isParsed).length };
  }
}
