// Hovers and diagnostics for a Dockerfile's network settings: `RUN --network=<mode>` and
// `EXPOSE`. Text and position in, plain data out; the parsing is dockerfile-ast's.
import { DockerfileParser, type Instruction, Run } from 'dockerfile-ast';
import { type Locale, pick } from '../../knowledge/localized';
import {
  EXPOSE_TEXT,
  REFERENCE_LINKS,
  RUN_NETWORK_FLAG,
  RUN_NETWORK_MODES,
  RUN_NETWORK_VALUES,
  type RunNetworkMode,
} from '../../knowledge/dockerfileNetwork';
import { type Position, type Range, contains } from '../position';

export interface Hover {
  /** Markdown written by this extension; nothing in it is taken from the file. */
  markdown: string;
  link: string;
  range: Range;
}

export interface Diagnostic {
  range: Range;
  severity: 'error' | 'warning' | 'information';
  message: string;
}

const isRunNetworkMode = (v: string): v is RunNetworkMode => (RUN_NETWORK_MODES as readonly string[]).includes(v);

function networkFlags(instructions: Instruction[]) {
  return instructions.flatMap((i) => (i instanceof Run ? i.getFlags().filter((f) => f.getName() === 'network') : []));
}

export function dockerfileHover(text: string, position: Position, locale: Locale): Hover | undefined {
  const instructions = DockerfileParser.parse(text).getInstructions();
  for (const flag of networkFlags(instructions)) {
    if (!contains(flag.getRange(), position)) continue;
    const value = flag.getValue() ?? '';
    const valueText = isRunNetworkMode(value) ? pick(RUN_NETWORK_VALUES[value], locale) : undefined;
    return {
      markdown: [pick(RUN_NETWORK_FLAG, locale), ...(valueText ? [valueText] : [])].join('\n\n'),
      link: REFERENCE_LINKS.runNetwork,
      range: flag.getRange(),
    };
  }
  const expose = instructions.find((i) => i.getKeyword() === 'EXPOSE' && contains(i.getRange(), position));
  return expose
    ? { markdown: pick(EXPOSE_TEXT, locale), link: REFERENCE_LINKS.expose, range: expose.getRange() }
    : undefined;
}

/** BuildKit's parse errors for `RUN --network` (frontend/dockerfile/instructions/commands_runnetwork.go). */
export function dockerfileDiagnostics(text: string): Diagnostic[] {
  return networkFlags(DockerfileParser.parse(text).getInstructions()).flatMap((flag) => {
    const value = flag.getValue() ?? '';
    if (isRunNetworkMode(value)) return [];
    return [
      {
        range: flag.getValueRange() ?? flag.getRange(),
        severity: 'error' as const,
        message: `invalid network mode ${JSON.stringify(value)}`,
      },
    ];
  });
}

export interface Completion {
  label: string;
  /** One line on what the value does, in the display language. */
  detail: string;
  /** The text the value replaces (what is typed of it so far). */
  range: Range;
}

/** `RUN --network=` values where the cursor is in that flag's value. */
export function dockerfileCompletions(text: string, position: Position, locale: Locale): Completion[] {
  const inRun = DockerfileParser.parse(text)
    .getInstructions()
    .some((i) => i instanceof Run && contains(i.getRange(), position));
  if (!inRun) return [];
  const before = (text.split('\n')[position.line] ?? '').slice(0, position.character);
  const typed = /(?:^|\s)--network=([\w-]*)$/.exec(before);
  if (!typed) return [];
  const range = { start: { line: position.line, character: position.character - typed[1]!.length }, end: position };
  return RUN_NETWORK_MODES.map((mode) => ({
    label: mode,
    detail: firstSentence(pick(RUN_NETWORK_VALUES[mode], locale)),
    range,
  }));
}

/** A value's text without its leading `mode`: label, up to the first sentence's end. */
function firstSentence(text: string): string {
  const body = text.replace(/^`[\w-]+`[:：]\s*/, '');
  const end = body.search(/[.。](\s|$)/);
  return end < 0 ? body : body.slice(0, end + 1);
}
