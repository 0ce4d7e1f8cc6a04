// Network Lab: Create Container in Host Mode… — `docker run --network host`: the host's own
// namespace, its interfaces, addresses and ports.
// Called with:
// - nothing (palette): asks for the image and a name
// - { image?, name? } (CreateContainerArgs in createFlow.ts, mode fixed): no prompts
// Resolves to the new container's name, or undefined when cancelled or refused (Docker's error shown).
import { createCommand } from './createFlow';

export const createHostContainer = createCommand('host');
