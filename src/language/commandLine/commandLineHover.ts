// Hovers on the network flags of docker command lines and on their values: what Docker does,
// what the flag conflicts with, and for `-p` and `--network` values what this value means.
import { parsePublish, PortSpecError } from '../../core/net/portSpec';
import {
  CONNECT_FLAG_TO_RUN,
  type FlagDoc,
  HOVER_LABELS,
  NETWORK_CREATE_FLAG_DOCS,
  NETWORK_VALUE_DOCS,
  type NetworkValueKind,
  PORT_TEXTS,
  REFERENCE_PAGES,
  RUN_FLAG_DOCS,
} from '../../knowledge/dockerFlags';
import { type Locale, type Localized, pick } from '../../knowledge/localized';
import { own } from '../../core/lab/own';
import type { Position, Range } from '../position';
import { type DockerArgs, type FlagUse, type Span, dockerArgs } from './dockerArgs';
import { type CommandDocumentKind, commandLinesOf } from './documentCommands';
import { escapeMarkdown } from '../../core/text/markdown';
import { isLoopbackAddress } from '../../core/net/loopback';

export interface CommandLineHover {
  /** Markdown; every piece taken from the document is escaped. */
  markdown: string;
  link: string;
  range: Range;
}

function docOf(args: DockerArgs, name: string): FlagDoc | undefined {
  if (args.subcommand === 'network create') return own(NETWORK_CREATE_FLAG_DOCS, name);
  if (args.subcommand === 'network connect') {
    const run = own(CONNECT_FLAG_TO_RUN, name);
    const doc = run ? RUN_FLAG_DOCS[run] : undefined;
    return doc && { ...doc, link: `${REFERENCE_PAGES.connect}#${name === 'ip6' ? 'ip' : name}` };
  }
  return own(RUN_FLAG_DOCS, name);
}

const fill = (text: Localized, locale: Locale, ...values: string[]) =>
  values.reduce((t, v, i) => t.replaceAll(`{${i}}`, v), pick(text, locale));

const NETWORK_KEYWORDS: readonly NetworkValueKind[] = ['bridge', 'default', 'host', 'none'];

function networkValue(value: string, locale: Locale): string {
  if ((NETWORK_KEYWORDS as readonly string[]).includes(value))
    return pick(NETWORK_VALUE_DOCS[value as NetworkValueKind], locale);
  if (value.startsWith('container:')) {
    return fill(NETWORK_VALUE_DOCS.container, locale, `**${escapeMarkdown(value.slice('container:'.length))}**`);
  }
  return fill(NETWORK_VALUE_DOCS.user, locale, `**${escapeMarkdown(value)}**`);
}

/** A `-p` value in words: the ports it maps and from where they are reachable. */
export function explainPublish(value: string, locale: Locale): string {
  let parsed;
  try {
    parsed = parsePublish(value);
  } catch (e) {
    if (e instanceof PortSpecError) return fill(PORT_TEXTS.invalid, locale, escapeMarkdown(e.message));
    throw e;
  }
  const keys = parsed.exposed;
  const [firstPort, proto] = keys[0]!.split('/') as [string, string];
  const lastPort = keys[keys.length - 1]!.split('/')[0]!;
  const first = parsed.bindings[keys[0]!]![0]!;
  const last = parsed.bindings[keys[keys.length - 1]!]![0]!;
  const containerPorts = firstPort === lastPort ? firstPort : `${firstPort}-${lastPort}`;
  const hostPorts =
    first.hostPort === ''
      ? pick(PORT_TEXTS.randomHostPort, locale)
      : first.hostPort === last.hostPort
        ? first.hostPort
        : `${first.hostPort}-${last.hostPort}`;
  // Ports and protocol come out of parsePublish as digits, `-` and a known word: nothing to escape.
  const mapping = fill(PORT_TEXTS.mapping, locale, containerPorts, proto, hostPorts);
  const ip = first.hostIp;
  const where =
    ip === '' || ip === '0.0.0.0' || ip === '::'
      ? pick(PORT_TEXTS.everywhere, locale)
      : fill(isLoopbackAddress(ip) ? PORT_TEXTS.loopback : PORT_TEXTS.address, locale, escapeMarkdown(ip));
  return [mapping, where].join(locale === 'zh-cn' ? '' : ' ');
}

function valueText(use: FlagUse, args: DockerArgs, locale: Locale): string | undefined {
  if (!use.value) return undefined;
  if (args.subcommand === 'run' || args.subcommand === 'create') {
    if (use.name === 'network') return networkValue(use.value.text, locale);
    if (use.name === 'publish') return explainPublish(use.value.text, locale);
  }
  return undefined;
}

const inside = (offset: number, s: Span) => offset >= s.start && offset <= s.end;
const strictlyInside = (offset: number, s: Span) => offset >= s.start && offset < s.end;

export function commandLineHover(
  text: string,
  position: Position,
  kind: CommandDocumentKind,
  locale: Locale,
): CommandLineHover | undefined {
  const { index, doc } = commandLinesOf(text, kind);
  const offset = index.offset(position);
  const line = doc.lines.find((l) => l.line.firstLine <= position.line && position.line <= l.line.lastLine);
  for (const command of line?.docker ?? []) {
    const args = dockerArgs(command);
    if (!args) continue;
    // A position between two flags of a group (`-dp`) belongs to the one that starts there.
    const use =
      args.uses.find((u) => strictlyInside(offset, u.whole)) ?? args.uses.find((u) => inside(offset, u.whole));
    if (!use) continue;
    const doc = docOf(args, use.name);
    if (!doc) return undefined;
    const onValue = use.value !== undefined && inside(offset, use.value.span) && !inside(offset, use.flag);
    const value = onValue ? valueText(use, args, locale) : undefined;
    const conflicts = doc.conflicts
      ? `**${pick(HOVER_LABELS.conflicts, locale)}** ${pick(doc.conflicts, locale)}`
      : undefined;
    const parts = [pick(doc.text, locale), ...(value ? [value] : []), ...(conflicts ? [conflicts] : [])];
    const range = onValue && use.value ? use.value.span : use.whole;
    return { markdown: parts.join('\n\n'), link: doc.link, range: index.range(range.start, range.end) };
  }
  return undefined;
}
