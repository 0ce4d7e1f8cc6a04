// The endpoint settings a user-defined network allows, asked the same way when a container is
// created on it and when one is connected to it: DNS aliases, and a static address checked as it
// is typed.
import * as vscode from 'vscode';
import type { Lab } from '../../core/lab/lab';
import type { Network } from '../../core/lab/model';
import { splitList, staticIpRule } from '../../viewModels/inputRules';
import { type Step, askText } from './prompts';

/** The aliases typed (none: []), or undefined when cancelled. */
export async function askAliases(step: Step, network: string): Promise<string[] | undefined> {
  const aliases = await askText(step, {
    prompt: vscode.l10n.t("Other names for it on {0}'s DNS, comma-separated (empty: none)", network),
  });
  return aliases === undefined ? undefined : splitList(aliases);
}

/** The address typed ('' lets Docker assign one), or undefined when cancelled. */
export function askStaticIp(step: Step, lab: Lab, network: Network): Promise<string | undefined> {
  return askText(step, {
    prompt: vscode.l10n.t(
      'Static IPv4 address in {0} (empty: Docker assigns one)',
      network.subnets.map((s) => s.subnet).join(', '),
    ),
    rule: staticIpRule(lab, network),
  });
}
