// Network Lab: Inspect — what `docker inspect` prints for a container or a network, in a read-only
// JSON document that follows the lab (documents/labDocuments.ts).
// Called with a container or network row, a name ('web'), { ref: 'web' } (or { container } or
// { network }; no prompts), or nothing (a quick pick of containers and networks). Resolves to the
// JSON text, or undefined when Docker knows no such object (its words are shown).
import * as vscode from 'vscode';
import { inspectPath } from '../../viewModels/labDocuments';
import { openLabDocument } from '../documents/labDocuments';
import type { LabStore } from '../state/labStore';
import { type CommandInput, type Row, commandInput, rowRef, textArg } from './nodeArgs';
import { type Choice, pickOne } from './prompts';
import { missingArgument, runDocker } from './runDocker';

/**
 * `docker inspect` looks for a container first: a network whose name a container also has is
 * named by its ID (the document's title shows it, the rows still show names).
 */
function refOf(store: LabStore, row: Row): string {
  if (row.kind === 'network' && store.current.containerByName(row.name)) return row.networkId;
  return rowRef(row);
}

function pickObject(store: LabStore): Promise<string | undefined> {
  const lab = store.current;
  const choices: Choice<string>[] = [
    ...[...lab.containers.values()].map((c) => ({
      label: c.name,
      description: vscode.l10n.t('container'),
      value: c.name,
    })),
    ...[...lab.networks.values()].map((n) => ({
      label: n.name,
      description: vscode.l10n.t('network'),
      value: refOf(store, { kind: 'network', networkId: n.id, name: n.name }),
    })),
  ];
  return pickOne(
    { title: vscode.l10n.t('Inspect'), index: 1, count: 1 },
    vscode.l10n.t('Container or network'),
    choices,
  );
}

/** What to inspect; an argument object names it as ref (or container, or network). */
async function chosenRef(store: LabStore, input: CommandInput): Promise<string | undefined> {
  switch (input.via) {
    case 'args':
      return textArg(input.args, 'ref') ?? textArg(input.args, 'container') ?? textArg(input.args, 'network');
    case 'name':
      return input.name;
    case 'row':
      return refOf(store, input.row);
    case 'palette':
      return pickObject(store);
  }
}

export async function inspect(store: LabStore, arg?: unknown): Promise<string | undefined> {
  const input = commandInput(arg);
  const ref = await chosenRef(store, input);
  if (!ref) return input.via === 'args' ? missingArgument('netlab.inspect', 'ref') : undefined;
  const output = runDocker(store, ['docker', 'inspect', ref], { commandOnly: true });
  if (!output) return undefined;
  await openLabDocument(inspectPath(ref), 'json');
  return output.stdout;
}
