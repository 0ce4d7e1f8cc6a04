// Network Lab: Create Container on a User-Defined Network… — `docker run --network <network>`:
// Docker's DNS finds it by name (and by its aliases) on that network.
// Called with:
// - nothing (palette): asks for the network (or a new one), the image, a name, ports, aliases and
//   a static address
// - a network row, or its name ('app'): on that network, asks for the rest
// - { image?, name?, network, ports?, aliases?, ip? } (CreateContainerArgs in createFlow.ts, mode
//   fixed): no prompts
// Resolves to the new container's name, or undefined when cancelled or refused (Docker's error shown).
import { createCommand } from './createFlow';

export const createNetworkContainer = createCommand('user-defined');
