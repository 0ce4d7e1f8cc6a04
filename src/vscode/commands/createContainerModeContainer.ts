// Network Lab: Create Container in Another Container's Namespace… — `docker run --network
// container:<name>`: it joins a running container's namespace (same interfaces and address,
// localhost between them).
// Called with:
// - nothing (palette): asks for the container to join, the image and a name
// - a container row, or its name ('web'): joins it, asks for the image and a name
// - { image?, name?, target } (CreateContainerArgs in createFlow.ts, mode fixed): no prompts
// Resolves to the new container's name, or undefined when cancelled or refused (Docker's error shown).
import { createCommand } from './createFlow';

export const createContainerModeContainer = createCommand('container');
