// Network Lab: Open Network Diagram — the lab drawn live: namespaces, bridges, veth pairs, ports.
// Called with nothing (palette, the tree's title bar), a container row or name, or { container }:
// with a container, the diagram opens on it (selected and scrolled to). Resolves to true when the
// diagram is open; a container that does not exist gets the engine's words and nothing opens.
import { DockerError } from '../../core/lab/errors';
import { commandInput, containerOf, textArg } from '../commands/nodeArgs';
import { notifyError } from '../notify';
import type { LabStore } from '../state/labStore';
import type { DiagramPanels } from './diagramPanels';

function containerId(store: LabStore, ref: string): string | undefined {
  try {
    return store.current.getContainer(ref).id;
  } catch (e) {
    if (!(e instanceof DockerError)) throw e;
    void notifyError(`Error response from daemon: ${e.message}`);
    return undefined;
  }
}

export function openDiagram(panels: DiagramPanels, store: LabStore, arg?: unknown): boolean {
  const input = commandInput(arg);
  const ref = input.via === 'args' ? textArg(input.args, 'container') : containerOf(input);
  const id = ref === undefined ? undefined : containerId(store, ref);
  if (ref !== undefined && id === undefined) return false;
  const diagram = panels.show();
  if (id) diagram.reveal(id);
  return true;
}
