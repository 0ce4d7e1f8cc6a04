// One chunk of a compose file (a top-level section, one service, or the whole file when the scan
// gave up) parsed by the `yaml` library and read with the loader's own pieces (src/compose/load.ts),
// once, on first need. Everything here is in the chunk's own offsets; the model shifts them into
// the file's, so a chunk that only moved is never parsed again.
import { type Document, parseDocument } from 'yaml';
import { ComposeError } from '../../compose/errors';
import { network, service } from '../../compose/load';
import { volume } from '../../compose/loadVolumes';
import type { Entry, Located, NetworkSource, Range, ServiceSource, VolumeSource } from '../../compose/model';
import { validateSchema } from '../../compose/schema';
import { entries, isMapping, kindOf, nodeRange, parseYaml, scalarText, type YamlNode } from '../../compose/yamlTree';
import type { ChunkKind } from './composeScan';

export type ParseKind = ChunkKind | 'document';

/** A problem as compose-go words it; `yaml: line L, column C:` is renumbered in file lines. */
export interface ChunkProblem {
  message: string;
  range: Range;
}

export interface ParsedChunk {
  /** The tree hovers walk: partial when the chunk has a syntax error; undefined when yaml gave none. */
  doc: Document | undefined;
  syntax?: ChunkProblem;
  schema?: ChunkProblem;
  /** Top-level entries this chunk holds (sections and the whole document). */
  keys: Entry<null>[];
  name?: Located<string>;
  version?: Located<string>;
  services: ServiceSource[];
  networks: NetworkSource[];
  volumes: VolumeSource[];
  servicesRange?: Range;
  networksRange?: Range;
  volumesRange?: Range;
  /** A service chunk: where its `services:` mapping ends (the section's end when it is the last). */
  servicesEnd?: number;
}

/** Service chunks parse behind this line so the service sits where it does in the file. */
export const SERVICES_PREFIX = 'services:\n';

const YAML_OPTIONS = { keepSourceTokens: true, uniqueKeys: true, prettyErrors: false, merge: true } as const;

function located(node: YamlNode): Located<string> | undefined {
  const text = scalarText(node);
  return text === undefined ? undefined : { value: text, range: nodeRange(node) };
}

/** The top-level entries (sections or the whole document), as loadComposeFile reads them. */
function readRoot(path: string, root: YamlNode, out: ParsedChunk): void {
  for (const e of entries(root)) {
    out.keys.push({ key: e.key, keyRange: e.keyRange, value: null, range: e.range });
    if (e.key === 'name') {
      const l = located(e.value);
      if (l) out.name = l;
    } else if (e.key === 'version') {
      const l = located(e.value);
      if (l) out.version = l;
    } else if (e.key === 'services') {
      out.servicesRange = e.range;
      out.services = entries(e.value).map((s) => service(path, s));
    } else if (e.key === 'networks') {
      out.networksRange = e.range;
      out.networks = entries(e.value).map((n) => network(path, n));
    } else if (e.key === 'volumes') {
      out.volumesRange = e.range;
      out.volumes = entries(e.value).map((v) => volume(path, v));
    }
  }
}

/** Parses one chunk's text (with its prefix) and reads it; never throws. */
export function parseChunk(path: string, kind: ParseKind, text: string): ParsedChunk {
  const out: ParsedChunk = { doc: undefined, keys: [], services: [], networks: [], volumes: [] };
  let doc: Document.Parsed;
  try {
    doc = parseYaml(path, text);
  } catch (e) {
    if (!(e instanceof ComposeError)) throw e;
    out.syntax = { message: e.message, range: e.range ?? [0, 0] };
    // The partial tree still answers hovers where it holds.
    out.doc = parseDocument(text, YAML_OPTIONS);
    return out;
  }
  out.doc = doc;
  const root = doc.contents as YamlNode;
  if (root === null || kindOf(root) === 'null') return out;
  if (!isMapping(root)) {
    out.schema = { message: 'top-level object must be a mapping', range: nodeRange(root) };
    return out;
  }
  try {
    validateSchema(path, root);
  } catch (e) {
    if (!(e instanceof ComposeError)) throw e;
    out.schema = { message: e.message, range: e.range ?? nodeRange(root) };
  }
  if (kind === 'service') {
    const services = entries(root)[0]?.value ?? null;
    out.services = entries(services).map((s) => service(path, s));
    out.servicesEnd = nodeRange(services)[1];
  } else {
    readRoot(path, root, out);
  }
  return out;
}

/** A chunk's text and what parsing it gave, shared by every model the chunk's text is unchanged in. */
export class ChunkText {
  private parsedChunk: ParsedChunk | undefined;

  constructor(
    readonly path: string,
    readonly kind: ParseKind,
    /** The section's or the service's key (empty for the whole document). */
    readonly key: string,
    /** The chunk as it is in the file. */
    readonly text: string,
    /** Where the key starts in the text. */
    readonly keyOffset: number,
  ) {}

  /** What precedes the text when it is parsed. */
  get prefix(): string {
    return this.kind === 'service' ? SERVICES_PREFIX : '';
  }

  get parsed(): ParsedChunk {
    this.parsedChunk ??= parseChunk(this.path, this.kind, this.prefix + this.text);
    return this.parsedChunk;
  }

  get isParsed(): boolean {
    return this.parsedChunk !== undefined;
  }
}
