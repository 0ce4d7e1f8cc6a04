// Completions in compose files: `network_mode` values (with `service:` for each other service of
// the file), the file's network names under a service's `networks`, and network and ipam drivers.
// The place is read from the line being typed and the keys above it by indentation, since what is
// being typed is rarely valid YAML yet.
import { COMPOSE_KEYS } from '../../knowledge/composeKeys';
import { IPAM_DRIVERS, NETWORK_DRIVERS, NETWORK_MODE_VALUES } from '../../knowledge/composeValues';
import { type Locale, type Localized, pick } from '../../knowledge/localized';
import type { Position, Range } from '../position';
import type { ComposeModel } from './composeModel';

export interface ComposeCompletion {
  label: string;
  /** One line on what the value does, in the display language. */
  detail: string;
  /** The text the completion replaces (what is typed of it so far). */
  range: Range;
  /** What is inserted when it differs from the label. */
  insertText?: string;
}

/** How far up the keys above the cursor are looked for (a service is far shorter). */
const MAX_LINES_UP = 2000;

function lineText(model: ComposeModel, line: number): string {
  const start = model.offsetAt({ line, character: 0 });
  const end = model.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
  return model.text.slice(start, end).replace(/\r$/, '');
}

/** The keys enclosing a line of the given indentation, innermost first (`-` for a list item). */
function parentKeys(model: ComposeModel, line: number, indent: number): string[] {
  const out: string[] = [];
  let want = indent;
  for (let l = line - 1; l >= 0 && l >= line - MAX_LINES_UP && want > 0; l--) {
    const text = lineText(model, l);
    const content = text.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const ind = text.length - content.length;
    if (ind >= want) continue;
    const key = /^([\w.-]+)\s*:(?:\s|$)/.exec(content)?.[1] ?? (content.startsWith('-') ? '-' : undefined);
    if (key === undefined) return out;
    out.push(key);
    want = ind;
  }
  return out;
}

/** The first sentence of a text, for a completion's one-line detail. */
function firstSentence(text: string): string {
  const body = text.replace(/^`[^`]+`[:：]\s*/, '');
  const end = body.search(/[.。](\s|$)/);
  return end < 0 ? body : body.slice(0, end + 1);
}

const detailOf = (text: Localized, locale: Locale) => firstSentence(pick(text, locale));

export function composeCompletions(model: ComposeModel, position: Position, locale: Locale): ComposeCompletion[] {
  const before = lineText(model, position.line).slice(0, position.character);
  const indent = before.length - before.trimStart().length;
  const parents = parentKeys(model, position.line, indent);
  const typedRange = (typed: string): Range => ({
    start: { line: position.line, character: position.character - typed.length },
    end: position,
  });
  const inService = parents[1] === 'services' && parents.length === 2;

  const mode = /^\s*network_mode\s*:\s*["']?([\w.:-]*)$/.exec(before);
  if (mode && inService) {
    const self = parents[0];
    const range = typedRange(mode[1]!);
    const fixed = (['bridge', 'host', 'none'] as const).map((m) => ({
      label: m,
      detail: detailOf(NETWORK_MODE_VALUES[m], locale),
      range,
    }));
    const services = model
      .serviceNames()
      .filter((s) => s !== self)
      .map((s) => ({ label: `service:${s}`, detail: detailOf(NETWORK_MODE_VALUES.service, locale), range }));
    return [
      ...fixed,
      ...services,
      { label: 'container:', detail: detailOf(NETWORK_MODE_VALUES.container, locale), range },
    ];
  }

  const underServiceNetworks = parents[0] === 'networks' && parents[2] === 'services' && parents.length === 3;
  const item = /^\s*-\s+["']?([\w.-]*)$/.exec(before);
  const key = /^\s*([\w.-]*)$/.exec(before);
  if (underServiceNetworks && (item || key)) {
    const typed = (item ?? key)![1]!;
    const detail = detailOf(COMPOSE_KEYS['service.networks.entry'].text, locale);
    return model.networks().map((n) => ({
      label: n.key,
      detail,
      range: typedRange(typed),
      ...(item ? {} : { insertText: `${n.key}:` }),
    }));
  }

  const driver = /^\s*driver\s*:\s*["']?([\w.-]*)$/.exec(before);
  if (driver && parents[1] === 'networks' && parents.length === 2) {
    return Object.entries(NETWORK_DRIVERS).map(([label, text]) => ({
      label,
      detail: detailOf(text, locale),
      range: typedRange(driver[1]!),
    }));
  }
  if (driver && parents[0] === 'ipam' && parents[2] === 'networks' && parents.length === 3) {
    return Object.entries(IPAM_DRIVERS).map(([label, text]) => ({
      label,
      detail: detailOf(text, locale),
      range: typedRange(driver[1]!),
    }));
  }
  return [];
}
