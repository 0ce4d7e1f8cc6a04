// The cheap line scan behind the chunked compose model: it finds where top-level sections (keys
// at column 0) and the services under `services:` begin, and nothing else. Values are never read
// here; each chunk is parsed by the `yaml` library. Whatever the scan cannot be sure of (documents,
// anchors, aliases, merge keys, tabs in indentation, flow or quoted service values, keys that are
// not plain names, duplicates) makes it give up, and the model parses the whole file instead.

export type ChunkKind = 'section' | 'servicesHeader' | 'service';

export interface ScannedChunk {
  kind: ChunkKind;
  /** The section's or the service's key as written (a plain name). */
  key: string;
  /** First offset of the chunk: its key line's start (the first chunk also holds the file's leading comments). */
  start: number;
  keyStart: number;
  /** Start of the next chunk, or the text's end. */
  end: number;
}

export interface Scan {
  chunks: ScannedChunk[];
  /** Indentation of the services under `services:` (undefined without any). */
  serviceIndent: number | undefined;
}

/**
 * Lines that may hold what only a whole-document parse reads right: document markers and
 * directives, tabs in indentation, complex keys, merge keys, and anchors or aliases where a node
 * can begin (after indentation, `- `, `: `, or a flow indicator).
 */
const UNSURE_LINE =
  /^(?:---|\.\.\.)(?:\s|$)|^%|^ *\t|^ *(?:- +)*\?(?:\s|$)|<< *:|(?:^ *(?:- +)*|: +|[[{,] *)[&*][^\s,\]}]/;
const KEY_LINE = /^( *)([A-Za-z0-9_][\w.-]*) *:(?: +(\S.*)?)?$/;
/** Plain keys YAML reads as numbers (their string form may differ from the text). */
const NUMBERISH = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0[xob][\da-fA-F_]+)$/;
/** A service value that may go on over lines the scan would read as boundaries. */
const FLOW_OR_QUOTED = /^[[{"']/;

interface ScanStart {
  inServices: boolean;
  serviceIndent: number | undefined;
}

/** Characters without which no line can be unsure: looked for first, so most lines are never matched. */
const UNSURE_MARKS = ['&', '*', '\t', '?', '%', '<<', '---', '...'];

function lineAround(text: string, at: number, from: number, to: number): [number, number] {
  const start = Math.max(from, text.lastIndexOf('\n', at - 1) + 1);
  const nl = text.indexOf('\n', at);
  return [start, nl < 0 || nl > to ? to : nl];
}

/** Whether a line of text[from, to) holds what only a whole-document parse reads right. */
function unsureIn(text: string, from: number, to: number): boolean {
  for (const mark of UNSURE_MARKS) {
    for (let i = text.indexOf(mark, from); i >= 0 && i < to;) {
      const [start, end] = lineAround(text, i, from, to);
      if (UNSURE_LINE.test(text.slice(start, end).replace(/\r$/, ''))) return true;
      i = text.indexOf(mark, end);
    }
  }
  return false;
}

/** Scans text[from, to); undefined when the scan is unsure. */
export function scanLines(text: string, from: number, to: number, init: ScanStart): Scan | undefined {
  if (unsureIn(text, from, to)) return undefined;
  const chunks: ScannedChunk[] = [];
  let { inServices, serviceIndent } = init;
  const topKeys = new Set<string>();
  const serviceKeys = new Set<string>();
  let pos = from;
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl >= to ? to : nl;
    const next = nl < 0 || nl >= to ? to : nl + 1;
    let k = pos;
    while (k < lineEnd && text.charCodeAt(k) === 32) k++;
    const indent = k - pos;
    const first = text[k];
    // Blank lines, comments, and lines deeper than a service's key say nothing about boundaries.
    const deeper =
      indent > 0 && chunks.length > 0 && (!inServices || (serviceIndent !== undefined && indent > serviceIndent));
    if (k === lineEnd || first === '#' || (first === '\r' && k + 1 === lineEnd) || deeper) {
      pos = next;
      continue;
    }
    let line = text.slice(pos, lineEnd);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const m = KEY_LINE.exec(line);
    const key = m?.[2] ?? '';
    const rest = m?.[3];
    if (indent === 0) {
      if (!m || NUMBERISH.test(key) || topKeys.has(key)) return undefined;
      topKeys.add(key);
      const start = chunks.length === 0 ? from : pos;
      inServices = key === 'services' && (rest === undefined || rest.startsWith('#'));
      serviceIndent = inServices ? undefined : serviceIndent;
      chunks.push({ kind: inServices ? 'servicesHeader' : 'section', key, start, keyStart: pos, end: to });
    } else if (inServices) {
      serviceIndent ??= indent;
      if (indent < serviceIndent) return undefined;
      if (indent === serviceIndent) {
        if (!m || NUMBERISH.test(key) || serviceKeys.has(key)) return undefined;
        if (rest !== undefined && FLOW_OR_QUOTED.test(rest)) return undefined;
        serviceKeys.add(key);
        const start = chunks.length === 0 ? from : pos;
        chunks.push({ kind: 'service', key, start, keyStart: pos + indent, end: to });
      }
    } else if (chunks.length === 0) {
      return undefined;
    }
    pos = next;
  }
  for (let i = 0; i + 1 < chunks.length; i++) chunks[i]!.end = chunks[i + 1]!.start;
  // `services:` without any service is an ordinary section (its value is parsed with it).
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (c.kind === 'servicesHeader' && chunks[i + 1]?.kind !== 'service') c.kind = 'section';
  }
  return { chunks, serviceIndent };
}

export function scanText(text: string): Scan | undefined {
  return scanLines(text, 0, text.length, { inServices: false, serviceIndent: undefined });
}
