// Network Lab: Create Container… — pick a mode (each explained), an image and a name, then run
// the equivalent `docker run` in the lab. Takes { mode, image, name, target } to skip the prompts.
import * as vscode from 'vscode';
import { localeOf, pick } from '../../knowledge/localized';
import { NETWORK_MODE_SUMMARY } from '../../knowledge/networkModes';
import type { LabStore } from '../state/labStore';
import { shortId } from '../../core/lab/shortId';

export type CreateMode = 'bridge' | 'host' | 'none' | 'container';

export interface CreateContainerArgs {
  mode?: CreateMode;
  image?: string;
  name?: string;
  /** Name or ID of the container whose namespace a `container` mode container joins. */
  target?: string;
}

const MODES: readonly CreateMode[] = ['bridge', 'host', 'none', 'container'];

async function pickMode(): Promise<CreateMode | undefined> {
  const picked = await vscode.window.showQuickPick(
    MODES.map((mode) => ({
      label: mode,
      detail: pick(NETWORK_MODE_SUMMARY[mode], localeOf(vscode.env.language)),
      mode,
    })),
    { title: 'Network Lab: Create Container (1/3): network mode', placeHolder: 'Network mode of the new container' },
  );
  return picked?.mode;
}

async function pickTarget(store: LabStore): Promise<string | undefined> {
  const running = [...store.current.containers.values()].filter((c) => c.state === 'running');
  if (running.length === 0) {
    void vscode.window.showWarningMessage(
      'No running container to share a network namespace with. Create one in bridge mode first.',
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    running.map((c) => ({ label: c.name, description: shortId(c.id), detail: c.networkMode })),
    {
      title: 'Network Lab: Create Container: namespace to join',
      placeHolder: 'The container whose network namespace to share',
    },
  );
  return picked?.label;
}

async function collect(
  store: LabStore,
  args: CreateContainerArgs,
): Promise<(Required<Omit<CreateContainerArgs, 'target'>> & { target?: string }) | undefined> {
  const mode = args.mode ?? (await pickMode());
  if (!mode) return undefined;
  let target = args.target;
  if (mode === 'container' && !target) {
    target = await pickTarget(store);
    if (!target) return undefined;
  }
  const image =
    args.image ??
    (await vscode.window.showInputBox({
      title: 'Network Lab: Create Container (2/3): image',
      prompt: 'Image (busybox, alpine, nginx, redis, ...)',
      value: 'busybox',
      validateInput: (v) => (v.trim() === '' ? 'An image is required' : undefined),
    }));
  if (image === undefined) return undefined;
  const name =
    args.name ??
    (await vscode.window.showInputBox({
      title: 'Network Lab: Create Container (3/3): name',
      prompt: 'Container name (empty: a generated one)',
      value: '',
    }));
  if (name === undefined) return undefined;
  return { mode, image: image.trim(), name: name.trim(), target };
}

/** Returns the new container's name, or undefined when cancelled or refused. */
export async function createContainer(store: LabStore, args: CreateContainerArgs = {}): Promise<string | undefined> {
  if (args.mode !== undefined && !MODES.includes(args.mode)) {
    void vscode.window.showErrorMessage(
      `Unknown network mode "${String(args.mode)}": use bridge, host, none or container.`,
    );
    return undefined;
  }
  const answers = await collect(store, args);
  if (!answers) return undefined;
  const network = answers.mode === 'container' ? `container:${answers.target ?? ''}` : answers.mode;
  const parts = [
    'docker',
    'run',
    '-dit',
    ...(answers.name ? ['--name', answers.name] : []),
    `--network=${network}`,
    answers.image,
  ];
  const result = store.runArgv(parts);
  if (result.output.exitCode !== 0) {
    void vscode.window.showErrorMessage(result.output.stderr.trim() || 'docker run failed');
    return undefined;
  }
  const id = result.output.stdout.trim();
  return store.current.containers.get(id)?.name ?? answers.name;
}
