// Network Lab: Trace a Path… — the path a packet takes from the host or a container to a container
// or an address (and port), highlighted hop by hop in the network diagram, or the hop where it
// stops and why. Called with:
// - nothing (palette): picks the source (the host or a running container), the destination (a
//   container, or an address typed), then the port (empty: a ping)
// - a container row, or its name ('web'): from there; picks the destination and the port
// - { from?, to, port?, protocol? } (from: 'host' (default), a container or its address; to: a
//   container or an address; port 1-65535, also '80'; protocol tcp (default) or udp): no prompts
// Opens the diagram with the path and resolves to the core's answer { reachable, hops, stop? }
// (stop: { hop, reason }, the hop where it stopped and why), or undefined when cancelled or refused (said in a notification;
// nothing opens).
import * as vscode from 'vscode';
import type { TraceQuery } from '../../protocol/diagramMessages';
import { parsePortProbe, portProbeRule, reachTargetRule } from '../../viewModels/inputRules';
import { modeLabel } from '../../viewModels/labTree/context';
import { commandInput, containerOf } from '../commands/nodeArgs';
import { isRunning } from '../commands/pickers';
import { type Choice, type Step, askText, pickOne } from '../commands/prompts';
import { missingArgument } from '../commands/runDocker';
import { notifyError } from '../notify';
import type { LabStore } from '../state/labStore';
import type { DiagramPanels } from './diagramPanels';
import type { TraceAnswer } from '../../viewModels/diagram/diagramTrace';
import { HOST } from '../../viewModels/reachability';
import { type TraceArgProblem, traceArgs } from './traceQuery';

const COMMAND = 'netlab.trace';

/** A refused argument object, in words; undefined after missingArgument has said it. */
function refuse(problem: TraceArgProblem): undefined {
  if ('missing' in problem) return missingArgument(COMMAND, problem.missing);
  if ('docker' in problem) void notifyError(problem.docker);
  else if (problem.invalid === 'port')
    void notifyError(vscode.l10n.t('{0}: "port" must be a number from 1 to 65535, not {1}.', COMMAND, problem.value));
  else if (problem.invalid === 'protocol')
    void notifyError(vscode.l10n.t('{0}: "protocol" must be tcp or udp, not {1}.', COMMAND, problem.value));
  else
    void notifyError(
      vscode.l10n.t('{0}: "{1}" must be a name or an address, not {2}.', COMMAND, problem.invalid, problem.value),
    );
  return undefined;
}

function pickFrom(store: LabStore, step: Step): Promise<string | undefined> {
  const running = [...store.current.containers.values()].filter(isRunning);
  return pickOne(step, vscode.l10n.t('Where the packet starts'), [
    { label: HOST, description: vscode.l10n.t("the host's own namespace"), value: HOST },
    ...running.map((c) => ({ label: c.name, description: modeLabel(store.current, c), value: c.name })),
  ]);
}

/** A container of the lab, or an address typed in a second prompt. */
async function pickTo(store: LabStore, step: Step, from: string): Promise<string | undefined> {
  const TYPE = '\u0000address';
  const choices: Choice<string>[] = [
    ...[...store.current.containers.values()]
      .filter((c) => c.name !== from)
      .map((c) => ({ label: c.name, description: modeLabel(store.current, c), value: c.name })),
    { label: vscode.l10n.t('An address…'), description: vscode.l10n.t('type an IP address'), value: TYPE },
  ];
  const picked = await pickOne(step, vscode.l10n.t('Where the packet goes from {0}', from), choices);
  if (picked !== TYPE) return picked;
  return askText(step, {
    prompt: vscode.l10n.t('Address to reach from {0}', from),
    placeHolder: '172.17.0.2',
    rule: reachTargetRule,
  });
}

async function ask(store: LabStore, given: string | undefined): Promise<TraceQuery | undefined> {
  const title = vscode.l10n.t('Trace a Path');
  const count = given ? 2 : 3;
  const step = (i: number): Step => ({ title, index: i + count - 2, count });
  const from = given ?? (await pickFrom(store, { title, index: 1, count }));
  if (!from) return undefined;
  const to = await pickTo(store, step(1), from);
  if (!to) return undefined;
  const port = await askText(step(2), {
    prompt: vscode.l10n.t('Port, with its protocol if not tcp (empty: ping)'),
    placeHolder: '80, 53/udp',
    rule: (text) => {
      const problem = portProbeRule(text);
      if (problem) return problem;
      // The diagram traces tcp and udp; sctp is refused as a port the form does not take.
      return parsePortProbe(text)?.protocol === 'sctp' ? { own: 'onePort', value: text } : undefined;
    },
  });
  if (port === undefined) return undefined;
  const probe = parsePortProbe(port);
  const query: TraceQuery = { from, to };
  if (probe) {
    query.port = probe.port;
    if (probe.protocol === 'udp') query.protocol = 'udp';
  }
  return query;
}

export async function trace(panels: DiagramPanels, store: LabStore, arg?: unknown): Promise<TraceAnswer | undefined> {
  const input = commandInput(arg);
  let query: TraceQuery | undefined;
  if (input.via === 'args') {
    const parsed = traceArgs(store.current, input.args);
    if ('problem' in parsed) return refuse(parsed.problem);
    query = parsed.query;
  } else {
    query = await ask(store, containerOf(input));
  }
  if (!query) return undefined;
  return panels.show().trace(query).answer;
}
