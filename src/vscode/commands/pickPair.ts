// Connect and disconnect both need a container and a network: each from the row or the name the
// command was called with, else picked, the container first, then a network that fits it.
import type { Container, Network } from '../../core/lab/model';
import type { LabStore } from '../state/labStore';
import { pickContainer, pickNetwork } from './pickers';
import type { Step } from './prompts';
import { findQuietly } from '../../viewModels/lookups';

export interface PairSpec {
  title: string;
  /** Steps that follow the pair, counted in the titles (connect's aliases and address). */
  stepsAfter: (network: Network | undefined) => number;
  container: {
    placeHolder: string;
    none: string;
    offers: (c: Container, network: Network | undefined) => boolean;
  };
  network: {
    placeHolder: (container: string) => string;
    none: (container: string) => string;
    offers: (n: Network, container: Container | undefined) => boolean;
  };
}

export interface Pair {
  container: string;
  network: string;
  /** The next step's place, for the prompts that follow. */
  next: () => Step;
}

export async function pickPair(
  store: LabStore,
  given: { container?: string; network?: string },
  spec: PairSpec,
): Promise<Pair | undefined> {
  const lab = store.current;
  const known = given.network ? findQuietly(() => lab.findNetwork(given.network ?? '')) : undefined;
  const count = (given.container ? 0 : 1) + (given.network ? 0 : 1) + spec.stepsAfter(known);
  let index = 0;
  const next = (): Step => ({ title: spec.title, index: ++index, count });
  const container =
    given.container ??
    (await pickContainer(
      store,
      next(),
      spec.container.placeHolder,
      (c) => spec.container.offers(c, known),
      spec.container.none,
    ));
  if (!container) return undefined;
  const c = findQuietly(() => lab.findContainer(container));
  const network =
    given.network ??
    (await pickNetwork(
      store,
      next(),
      spec.network.placeHolder(container),
      (n) => spec.network.offers(n, c),
      spec.network.none(container),
    ));
  return network ? { container, network, next } : undefined;
}
