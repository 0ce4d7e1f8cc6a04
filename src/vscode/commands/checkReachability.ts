// Network Lab: Check Reachability… — can a container (or the host) reach a name or an address, on a
// port or by ping? Answered as the lab's own tools find out (viewModels/reachability.ts): the name
// resolved as a process there would, then the packet followed. One line in a notification; the
// hop-by-hop path in the "Network Lab" output channel.
// Called with:
// - nothing (palette): asks where from (the host or a running container), the target, the port
// - a container row, or its name ('web'): from there; asks for the target and the port
// - { from?, to, port?, protocol? } (from: a container or 'host', the default; port: 80 or '80';
//   protocol: tcp (default), udp or sctp): no prompts
// Resolves to { reachable, hops, stop? } (stop: { reason, at }, where and why it stops), or
// undefined when cancelled.
import * as vscode from 'vscode';
import { parsePortProbe, portProbeRule, reachTargetRule } from '../../viewModels/inputRules';
import { HOST, type ReachAnswer, type ReachQuery, checkReach } from '../../viewModels/reachability';
import type { LabStore } from '../state/labStore';
import { appendOutput } from './labOutput';
import { commandInput, containerOf, numberArg, textArg } from './nodeArgs';
import { isRunning } from './pickers';
import { type Step, askText, pickOne, problemText } from './prompts';
import { missingArgument } from './runDocker';
import { notifyError, notifyInfo, notifyWarning } from '../notify';
import { modeLabel } from '../../viewModels/labTree/context';

/** `db`, `db:80/tcp`. */
const targetText = (q: ReachQuery) => (q.port === undefined ? q.to : `${q.to}:${q.port}/${q.protocol ?? 'tcp'}`);

function report(store: LabStore, query: ReachQuery): ReachAnswer {
  const answer = checkReach(store.current, query);
  const from = query.from || HOST;
  const to = targetText(query);
  const verdict = answer.reachable
    ? vscode.l10n.t('{0} reaches {1}.', from, to)
    : vscode.l10n.t('{0} cannot reach {1}: {2}', from, to, answer.stop?.at ?? '');
  appendOutput(
    [
      vscode.l10n.t('Reachability from {0} to {1}:', from, to),
      ...answer.hops.map((h) => `  → ${h}`),
      `  ${answer.reachable ? vscode.l10n.t('reachable') : vscode.l10n.t('stops: {0}', answer.stop?.reason ?? '')}`,
    ].join('\n'),
    true,
  );
  if (answer.reachable) void notifyInfo(verdict);
  else void notifyWarning(verdict);
  return answer;
}

function pickFrom(store: LabStore, step: Step): Promise<string | undefined> {
  const running = [...store.current.containers.values()].filter(isRunning);
  return pickOne(step, vscode.l10n.t('Where the packet starts'), [
    { label: HOST, description: vscode.l10n.t("the host's own namespace"), value: HOST },
    ...running.map((c) => ({ label: c.name, description: modeLabel(store.current, c), value: c.name })),
  ]);
}

async function ask(store: LabStore, given: string | undefined): Promise<ReachQuery | undefined> {
  const title = vscode.l10n.t('Check Reachability');
  const count = given ? 2 : 3;
  const step = (i: number): Step => ({ title, index: i + count - 2, count });
  const from = given ?? (await pickFrom(store, { title, index: 1, count }));
  if (!from) return undefined;
  const to = await askText(step(1), {
    prompt: vscode.l10n.t('Name or address to reach from {0}', from),
    placeHolder: 'db, 172.17.0.2, example.com',
    rule: reachTargetRule,
  });
  if (to === undefined) return undefined;
  const port = await askText(step(2), {
    prompt: vscode.l10n.t('Port, with its protocol if not tcp (empty: ping)'),
    placeHolder: '80, 53/udp',
    rule: portProbeRule,
  });
  if (port === undefined) return undefined;
  const probe = parsePortProbe(port);
  return { from, to, port: probe?.port, protocol: probe?.protocol };
}

/** The query of an argument object; a bad port or protocol is refused with the -p parser's words. */
function queryOf(args: Readonly<Record<string, unknown>>): ReachQuery | undefined {
  const to = textArg(args, 'to');
  if (!to) return missingArgument('netlab.checkReachability', 'to');
  const port = numberArg(args, 'port') ?? textArg(args, 'port');
  const protocol = textArg(args, 'protocol');
  const spec = port === undefined ? '' : protocol ? `${port}/${protocol}` : String(port);
  const probe = parsePortProbe(spec);
  if (spec !== '' && !probe) {
    void notifyError(problemText(portProbeRule(spec)) ?? spec);
    return undefined;
  }
  return { from: textArg(args, 'from'), to, port: probe?.port, protocol: probe?.protocol };
}

export async function checkReachability(store: LabStore, arg?: unknown): Promise<ReachAnswer | undefined> {
  const input = commandInput(arg);
  const query = input.via === 'args' ? queryOf(input.args) : await ask(store, containerOf(input));
  return query ? report(store, query) : undefined;
}
