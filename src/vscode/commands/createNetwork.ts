// Network Lab: Create Network… — `docker network create`: a name, an optional subnet and gateway,
// and whether its containers may reach outside (bridge) or not (--internal).
// Called with:
// - nothing (palette, view title): asks, each value checked as it is typed
// - 'app': creates it with Docker's defaults, no prompts
// - { name, driver?, subnet?, gateway?, internal? }: no prompts
// Resolves to the new network's name, or undefined when cancelled or refused (Docker's error shown).
import * as vscode from 'vscode';
import { gatewayRule, networkNameRule, subnetRule } from '../../viewModels/inputRules';
import { type NetworkCreateRequest, networkCreateArgv } from '../../viewModels/networkArgs';
import type { LabStore } from '../state/labStore';
import { boolArg, commandInput, textArg } from './nodeArgs';
import { type Step, askText, pickOne } from './prompts';
import { missingArgument, runDocker } from './runDocker';

function create(store: LabStore, request: NetworkCreateRequest): string | undefined {
  return runDocker(store, networkCreateArgv(request)) ? request.name : undefined;
}

export async function createNetworkAsking(store: LabStore): Promise<string | undefined> {
  // Four steps, or three when Docker picks the subnet (a gateway needs a subnet to be in).
  let count = 4;
  const step = (index: number): Step => ({ title: vscode.l10n.t('Create Network'), index, count });
  const name = await askText(step(1), {
    prompt: vscode.l10n.t('Network name'),
    rule: networkNameRule(store.current),
  });
  if (name === undefined) return undefined;
  const subnet = await askText(step(2), {
    prompt: vscode.l10n.t('Subnet in CIDR form, e.g. 10.10.0.0/24 (empty: Docker picks a free one)'),
    rule: subnetRule(store.current),
  });
  if (subnet === undefined) return undefined;
  if (subnet === '') count = 3;
  // A gateway needs a subnet to belong to (the CLI refuses one alone).
  const gateway = subnet
    ? await askText(step(3), {
        prompt: vscode.l10n.t('Gateway address in {0} (empty: its first address)', subnet),
        rule: gatewayRule(subnet),
      })
    : '';
  if (gateway === undefined) return undefined;
  const internal = await pickOne(step(count), vscode.l10n.t('May its containers reach outside the host?'), [
    {
      label: 'bridge',
      description: vscode.l10n.t('out through the host, with NAT; ports can be published'),
      value: false,
    },
    {
      label: 'internal',
      description: vscode.l10n.t('--internal: no way out, no published ports; containers reach only each other'),
      value: true,
    },
  ]);
  if (internal === undefined) return undefined;
  return create(store, { name, subnet, gateway, internal });
}

export async function createNetwork(store: LabStore, arg?: unknown): Promise<string | undefined> {
  const input = commandInput(arg);
  if (input.via === 'name') return create(store, { name: input.name });
  if (input.via !== 'args') return createNetworkAsking(store);
  const name = textArg(input.args, 'name');
  if (!name) return missingArgument('netlab.createNetwork', 'name');
  return create(store, {
    name,
    driver: textArg(input.args, 'driver'),
    subnet: textArg(input.args, 'subnet'),
    gateway: textArg(input.args, 'gateway'),
    internal: boolArg(input.args, 'internal'),
  });
}
