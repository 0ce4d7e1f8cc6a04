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
