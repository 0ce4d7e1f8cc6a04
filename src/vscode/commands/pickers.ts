// Quick picks over the lab: containers and networks by name (short ID and state beside), and the
// image catalogue. Each tells the user when there is nothing to pick instead of an empty list.
import * as vscode from 'vscode';
import { CATALOGUE_IMAGES, lookupImage } from '../../core/catalog/images';
import { isPredefinedName } from '../../core/daemon/networkMode';
import type { Container, Network } from '../../core/lab/model';
import { shortId } from '../../core/lab/shortId';
import type { LabStore } from '../state/labStore';
import { type Choice, type Step, pickOne } from './prompts';
import { notifyInfo } from '../notify';
import { stateText } from '../../viewModels/labTree/containerState';

export const isRunning = (c: Container): boolean => c.state === 'running' && c.paused !== true;

/** `running`, `paused`, `exited (0)`, `created`: the tree's state words, with running named. */
const pickerState = (c: Container): string => stateText(c) || c.state;

/** The picked container's name, or undefined (cancelled, or none matched `which`: `none` says so). */
export async function pickContainer(
  store: LabStore,
  step: Step,
  placeHolder: string,
  which: (c: Container) => boolean,
  none: string,
): Promise<string | undefined> {
  const candidates = [...store.current.containers.values()].filter(which);
  if (candidates.length === 0) {
    void notifyInfo(none);
    return undefined;
  }
  const choices: Choice<string>[] = candidates.map((c) => ({
    label: c.name,
    description: `${shortId(c.id)} · ${pickerState(c)}`,
    value: c.name,
  }));
  return pickOne(step, placeHolder, choices);
}

export const isUserNetwork = (n: Network): boolean => !isPredefinedName(n.name);

/** The container has settings on the network (by name, or by ID as compose may store them). */
export const hasNetwork = (c: Container, n: Network): boolean =>
  Object.keys(c.networks).some((k) => k === n.name || k === n.id);

/** The picked network's name; `extra` choices (e.g. "New network…") come last and yield their own value. */
export async function pickNetwork<T = never>(
  store: LabStore,
  step: Step,
  placeHolder: string,
  which: (n: Network) => boolean,
  none: string,
  extra: Choice<T>[] = [],
): Promise<string | T | undefined> {
  const candidates = [...store.current.networks.values()].filter(which);
  if (candidates.length === 0 && extra.length === 0) {
    void notifyInfo(none);
    return undefined;
  }
  const choices: Choice<string | T>[] = [
    ...candidates.map((n) => ({
      label: n.name,
      description: [n.driver, ...n.subnets.map((s) => s.subnet), ...(n.internal ? ['internal'] : [])].join(' · '),
      value: n.name,
    })),
    ...extra,
  ];
  return pickOne(step, placeHolder, choices);
}

/** What an image does when it starts: a shell waiting for input, or a server on its ports. */
function imageDescription(name: string): string {
  const info = lookupImage(name);
  if (!info) return '';
  if (info.oneShot) return vscode.l10n.t('prints a message and exits');
  if (info.isShell) return vscode.l10n.t('shell ({0})', info.cmd.join(' '));
  return vscode.l10n.t('{0} on {1}', info.program, info.exposed.join(', '));
}

export function pickImage(step: Step): Promise<string | undefined> {
  return pickOne(
    step,
    vscode.l10n.t('Image to run (the lab has these)'),
    CATALOGUE_IMAGES.map((name) => ({ label: name, description: imageDescription(name), value: name })),
  );
}
