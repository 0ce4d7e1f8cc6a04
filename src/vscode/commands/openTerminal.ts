// Network Lab: Open Lab Terminal — a terminal on the lab's host, or, from a running container's
// row, one that starts with `docker exec -it <name> sh` typed in. Takes { container, lines, name }:
// `lines` are typed one by one once the terminal is open, in the most recent lab terminal when no
// container is given (the walkthrough's steps). Resolves to { name } of the terminal used.
import * as vscode from 'vscode';
import type { Lab } from '../../core/lab/lab';
import type { LabStore } from '../state/labStore';
import type { LabTerminals, OpenLabTerminal } from '../terminal/labTerminals';
import { notifyError } from '../notify';
import { DockerError } from '../../core/lab/errors';

export interface OpenTerminalArgs {
  /** Name or ID of a running container to open a shell in. */
  container?: string;
  /** Lines to type, one after the other. */
  lines?: string[];
  /** The terminal's name; an open lab terminal of that name is reused. */
  name?: string;
}

export interface OpenedTerminal {
  name: string;
}

/** How long to wait for VS Code to open the terminal before typing (the lines wait for it anyway). */
const OPEN_TIMEOUT_MS = 10_000;

type Loose = { [key: string]: unknown };
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A tree row ({ node: { kind: 'container', name } } or { containerId }), a name, or the argument object. */
function readArgs(arg: unknown, lab: Lab): OpenTerminalArgs {
  if (typeof arg === 'string') return { container: arg };
  if (!isObject(arg)) return {};
  const node = isObject(arg.node) ? arg.node : undefined;
  const fromNode =
    node && (node.kind === undefined || node.kind === 'container')
      ? (text(node.name) ?? lab.containers.get(text(node.containerId) ?? '')?.name)
      : undefined;
  const fromRow = lab.containers.get(text(arg.containerId) ?? '')?.name;
  const lines = Array.isArray(arg.lines) ? arg.lines.filter((l): l is string => typeof l === 'string') : undefined;
  return { container: text(arg.container) ?? fromNode ?? fromRow, lines, name: text(arg.name) };
}

/** Docker's refusal of `docker exec` into this container, if it would refuse. */
function execRefusal(lab: Lab, ref: string): string | undefined {
  let c;
  try {
    c = lab.findContainer(ref);
  } catch (e) {
    if (e instanceof DockerError) return `Error response from daemon: ${e.message}`;
    throw e;
  }
  if (!c) return `Error response from daemon: No such container: ${ref}`;
  if (c.state !== 'running') return `Error response from daemon: container ${c.id} is not running`;
  if (c.paused) return `Error response from daemon: container ${c.id} is paused, unpause the container before exec`;
  return undefined;
}

export async function openTerminal(
  store: LabStore,
  terminals: LabTerminals,
  arg?: unknown,
): Promise<OpenedTerminal | undefined> {
  const args = readArgs(arg, store.current);
  if (args.container !== undefined) {
    const refusal = execRefusal(store.current, args.container);
    if (refusal) {
      void notifyError(refusal);
      return undefined;
    }
  }
  const base = vscode.l10n.t('Network Lab');
  let target: OpenLabTerminal | undefined;
  if (args.name !== undefined) target = terminals.named(args.name);
  // Lines for the host (the walkthrough's) never go to a terminal inside a container's shell.
  else if (args.container === undefined && args.lines !== undefined) target = terminals.mostRecentAtHost();
  target ??= terminals.create(
    args.name ?? terminals.freeName(args.container === undefined ? base : `${base}: ${args.container}`),
  );
  target.terminal.show(false);
  await target.pty.whenOpen(OPEN_TIMEOUT_MS);
  const exec = args.container === undefined ? [] : [`docker exec -it ${args.container} sh`];
  target.pty.typeLines([...exec, ...(args.lines ?? [])]);
  return { name: target.terminal.name };
}
