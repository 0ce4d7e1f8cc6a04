// Network Lab: Create Container… — the network mode first (each explained), then what that mode
// offers (createFlow.ts), then the equivalent `docker run` in the lab.
// Called with:
// - nothing (palette, view title): asks for everything
// - a container row: container mode, joining that container; a network row: on that network
// - { mode?, image?, name?, target?, network?, ports?, aliases?, ip? } (CreateContainerArgs in
//   createFlow.ts): no prompts
// Resolves to the new container's name, or undefined when cancelled or refused (Docker's error shown).
import { createCommand } from './createFlow';

export type { CreateContainerArgs } from './createFlow';

export const createContainer = createCommand();
