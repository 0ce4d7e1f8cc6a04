// Network Lab: Create Container in None Mode… — `docker run --network none`: a namespace of its own
// with only lo.
// Called with:
// - nothing (palette): asks for the image and a name
// - { image?, name? } (CreateContainerArgs in createFlow.ts, mode fixed): no prompts
// Resolves to the new container's name, or undefined when cancelled or refused (Docker's error shown).
import { createCommand } from './createFlow';

export const createNoneContainer = createCommand('none');
