// When a walkthrough step is done: the lab has reached the state the step is about, however it
// got there (the step's button, the terminal, the tree's commands). One predicate per step.
import { containerModeTarget, isPredefinedName, modeKind } from '../core/daemon/networkMode';
import type { Lab } from '../core/lab/lab';
import type { Container, Network } from '../core/lab/model';
import type { WalkthroughStepId } from '../knowledge/walkthrough';

const running = (c: Container): boolean => c.state === 'running';
/** Started at least once: running now, or ran and stopped (not merely created). */
const ran = (c: Container): boolean => c.state !== 'created';
const published = (c: Container): boolean => Object.values(c.ports).some((bindings) => bindings.length > 0);

const attachedTo = (lab: Lab, n: Network): Container[] =>
  [...lab.containers.values()].filter((c) => Object.values(c.endpoints).some((ep) => ep.networkId === n.id));

const DONE: Readonly<Record<WalkthroughStepId, (lab: Lab, containers: Container[]) => boolean>> = {
  bridge: (_, cs) => {
    const onBridge = cs.filter((c) => running(c) && modeKind(c.networkMode) === 'bridge');
    return onBridge.length >= 2 && onBridge.some(published);
  },
  host: (_, cs) => cs.some((c) => modeKind(c.networkMode) === 'host' && ran(c)),
  container: (lab, cs) =>
    cs.some((c) => {
      // The engine rewrites container:<name> to the owner's full ID; a name is looked up too.
      const owner = containerModeTarget(c.networkMode);
      const target = owner === '' ? undefined : (lab.containers.get(owner) ?? lab.containerByName(owner));
      return target !== undefined && running(target);
    }),
  none: (_, cs) => cs.some((c) => modeKind(c.networkMode) === 'none'),
  userDefined: (lab) =>
    [...lab.networks.values()].some((n) => !isPredefinedName(n.name) && attachedTo(lab, n).length >= 2),
};

export function walkthroughProgress(lab: Lab): Record<WalkthroughStepId, boolean> {
  const containers = [...lab.containers.values()];
  const entries = Object.entries(DONE).map(([id, done]) => [id, done(lab, containers)]);
  return Object.fromEntries(entries) as Record<WalkthroughStepId, boolean>;
}
