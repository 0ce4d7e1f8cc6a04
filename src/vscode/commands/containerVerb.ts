// What the commands on one container share (start, stop, restart, pause, unpause, remove, logs):
// the container from a tree row, a name or `{ container }`, else a quick pick of those the verb
// applies to; then one docker command.
import * as vscode from 'vscode';
import type { Container } from '../../core/lab/model';
import type { Output } from '../../core/lab/output';
import type { LabStore } from '../state/labStore';
import { commandInput, containerOf, textArg } from './nodeArgs';
import { pickContainer } from './pickers';
import { missingArgument, runDocker } from './runDocker';

export interface ContainerVerb {
  /** The command's ID, for a caller's missing argument. */
  command: string;
  title: () => string;
  argv: (container: string) => string[];
  /** The containers the quick pick offers. */
  offers: (c: Container) => boolean;
  /** Said instead of an empty quick pick. */
  none: () => string;
  /** Show the output channel: the output is the answer (logs). */
  reveal?: boolean;
}

/** What docker printed when it did it; undefined when cancelled or refused (Docker's words shown). */
export async function runContainerVerb(
  store: LabStore,
  arg: unknown,
  verb: ContainerVerb,
): Promise<Output | undefined> {
  const input = commandInput(arg);
  const given = input.via === 'args' ? textArg(input.args, 'container') : containerOf(input);
  if (input.via === 'args' && !given) return missingArgument(verb.command, 'container');
  const container =
    given ??
    (await pickContainer(
      store,
      { title: verb.title(), index: 1, count: 1 },
      vscode.l10n.t('Container'),
      verb.offers,
      verb.none(),
    ));
  if (!container) return undefined;
  return runDocker(store, verb.argv(container), { reveal: verb.reveal });
}

/** The command function for a lifecycle verb, as the command files export it: true when docker did it. */
export const containerVerbCommand =
  (verb: ContainerVerb) =>
  async (store: LabStore, arg?: unknown): Promise<boolean> =>
    (await runContainerVerb(store, arg, verb)) !== undefined;
