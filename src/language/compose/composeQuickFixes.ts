// Repairs for the diagnostics whose repair is clear, as text edits that keep the file valid YAML
// with its own indentation: drop `ports` a host-mode service cannot publish, drop `networks` beside
// `network_mode`, declare a network or a volume a service names but the file does not, mask a
// subnet or ip_range the engine refuses as unmasked.
import type { ComposeFileSource, Entry, Range, ServiceSource } from '../../compose/model';
import { COMPOSE_CODES, type ComposeDiagnostic } from './composeDiagnostics';

export interface ComposeTextEdit {
  range: Range;
  newText: string;
}

export interface ComposeQuickFix {
  /** English; the provider shows its translation (titleKey names it). */
  title: string;
  titleKey: string;
  /** What the title names (the network to add), for the translated title. */
  subject?: string;
  edits: ComposeTextEdit[];
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The offset after the line break that ends the line holding `offset` (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** A block-style key: only spaces before it on its line (so its lines can go whole). */
const startsItsLine = (text: string, offset: number) => /^[ ]*$/.test(text.slice(lineStart(text, offset), offset));

/** Deletes a block mapping entry: its key's line through the last line of its value. */
function deleteEntry(
  text: string,
  entry: Entry<null> | { keyRange: Range; range: Range },
): ComposeTextEdit | undefined {
  if (!startsItsLine(text, entry.keyRange[0])) return undefined;
  return { range: [lineStart(text, entry.keyRange[0]), nextLineStart(text, entry.range[1])], newText: '' };
}

const serviceAt = (file: ComposeFileSource, range: Range): ServiceSource | undefined =>
  file.services.find((s) => s.range[0] <= range[0] && range[1] <= s.range[1]);

/** A plain YAML key, or quoted when YAML would read it as something else. */
function yamlKey(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9._-]*$/.test(name) && !/^(true|false|yes|no|on|off|y|n|null)$/i.test(name);
  return plain ? name : JSON.stringify(name);
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Declares `name` under the top-level `networks:` or `volumes:` (made when missing), indented as the file indents. */
function addTopLevel(
  text: string,
  file: ComposeFileSource,
  section: 'networks' | 'volumes',
  name: string,
): ComposeTextEdit[] | undefined {
  const line = `${yamlKey(name)}: {}`;
  const entry = file.keys.find((k) => k.key === section);
  const declared: ReadonlyArray<{ keyRange: Range; range: Range }> = file[section];
  const firstChild = declared[0] ?? file.services[0];
  const blockChild = firstChild && startsItsLine(text, firstChild.keyRange[0]);
  const indent = ' '.repeat(blockChild ? Math.max(1, columnOf(text, firstChild.keyRange[0])) : 2);
  if (!entry) {
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return [{ range: [text.length, text.length], newText: `${sep}${section}:\n${indent}${line}\n` }];
  }
  if (!startsItsLine(text, entry.keyRange[0])) return undefined;
  const last = declared[declared.length - 1];
  if (last && startsItsLine(text, last.keyRange[0])) {
    const at = nextLineStart(text, last.range[1]);
    const sep = at === text.length && !text.endsWith('\n') ? '\n' : '';
    return [{ range: [at, at], newText: `${sep}${' '.repeat(columnOf(text, last.keyRange[0]))}${line}\n` }];
  }
  if (declared.length > 0) return undefined;
  // `networks:` with nothing (or `{}`) under it: the entry is written anew.
  return [{ range: [entry.keyRange[0], entry.range[1]], newText: `${section}:\n${indent}${line}` }];
}

export function composeQuickFixes(
  text: string,
  file: ComposeFileSource,
  diagnostic: ComposeDiagnostic,
): ComposeQuickFix[] {
  const s = serviceAt(file, diagnostic.range);
  switch (diagnostic.code) {
    case COMPOSE_CODES.portsWithHostMode: {
      const ports = s?.keys.find((k) => k.key === 'ports');
      const edit = ports && deleteEntry(text, ports);
      return edit
        ? [{ title: 'Remove `ports` (host mode discards them)', titleKey: 'compose.fix.removePorts', edits: [edit] }]
        : [];
    }
    case COMPOSE_CODES.networkModeWithNetworks: {
      const edit = s?.networks && deleteEntry(text, s.networks);
      return edit
        ? [
            {
              title: 'Remove `networks` (`network_mode` is set)',
              titleKey: 'compose.fix.removeNetworks',
              edits: [edit],
            },
          ]
        : [];
    }
    case COMPOSE_CODES.undefinedNetwork: {
      const entry = s?.networks?.entries.find((n) => n.keyRange[0] === diagnostic.range[0]);
      const edits = entry && addTopLevel(text, file, 'networks', entry.name);
      return edits
        ? [
            {
              title: `Add network "${entry.name}" to the top-level networks`,
              titleKey: 'compose.fix.addNetwork',
              subject: entry.name,
              edits,
            },
          ]
        : [];
    }
    case COMPOSE_CODES.undefinedVolume: {
      const volume = s?.volumes?.find((v) => v.sourceRange[0] === diagnostic.range[0]);
      const edits = volume && addTopLevel(text, file, 'volumes', volume.source);
      return edits
        ? [
            {
              title: `Add volume "${volume.source}" to the top-level volumes`,
              titleKey: 'compose.fix.addVolume',
              subject: volume.source,
              edits,
            },
          ]
        : [];
    }
    case COMPOSE_CODES.invalidIpamConfig: {
      // validateIpamConfig names the masked prefix: "invalid subnet 10.1.0.5/24: it should be 10.1.0.0/24".
      const masked = /^invalid (?:subnet|ip-range) \S+: it should be (\S+)$/.exec(diagnostic.message)?.[1];
      return masked
        ? [
            {
              title: `Use ${masked}`,
              titleKey: 'compose.fix.useMasked',
              subject: masked,
              edits: [{ range: diagnostic.range, newText: masked }],
            },
          ]
        : [];
    }
    default:
      return [];
  }
}
