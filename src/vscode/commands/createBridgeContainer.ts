// Network Lab: Create Container in Bridge Mode… — `docker run --network bridge`: its own namespace on
// docker0, reached from the host through published ports.
// Called with:
// - nothing (palette): asks for the image, a name and ports to publish
// - { image?, name?, ports? } (CreateContainerArgs in createFlow.ts, mode fixed): no prompts
// Resolves to the new container's name, or undefined when cancelled or refused (Docker's error shown).
import { createCommand } from './createFlow';

export const createBridgeContainer = createCommand('bridge');
