// What the container lifecycle commands share (start, stop, restart, pause, unpause, remove): the
// container from a tree row, a name or `{ container }`, else a quick pick of those the verb
// applies to; then one docker command. Resolves to true when docker did it.
import * as vscode from 'vscode';
import type { Container } from '../../core/lab/model';
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
}

export async function runContainerVerb(store: LabStore, arg: unknown, verb: ContainerVerb): Promise<boolean> {
  const input = commandInput(arg);
  const given = input.via === 'args' ? textArg(input.args, 'container') : containerOf(input);
  if (input.via === 'args' && !given) return missingArgument(verb.command, 'container') ?? false;
  const container =
    given ??
    (await pickContainer(
      store,
      { title: verb.title(), index: 1, count: 1 },
      vscode.l10n.t('Container'),
      verb.offers,
      verb.none(),
    ));
  if (!container) return false;
  return runDocker(store, verb.argv(container)) !== undefined;
}

/** The command function for a verb, as the command files export it. */
export const containerVerbCommand =
  (verb: ContainerVerb) =>
  (store: LabStore, arg?: unknown): Promise<boolean> =>
    runContainerVerb(store, arg, verb);
