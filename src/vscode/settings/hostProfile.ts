// The netlab.hostProfile.* settings: read when a new lab is built (a reset, or nothing saved),
// with a warning for each value that could not be used; a change is applied on the next reset,
// which the user is told, with a button to reset now.
import * as vscode from 'vscode';
import type { HostProfile } from '../../core/lab/model';
import {
  type HostProfileSettings,
  type HostSettingProblem,
  hostProfileFromSettings,
} from '../../viewModels/hostProfileSettings';
import { notifyInfo, notifyWarning } from '../notify';

const SECTION = 'netlab.hostProfile';

/** A value the user set (any scope), or undefined: the default applies and is not reported. */
function setValue(config: vscode.WorkspaceConfiguration, key: string): unknown {
  const found = config.inspect(key);
  return found?.workspaceFolderValue ?? found?.workspaceValue ?? found?.globalValue;
}

function readSettings(): HostProfileSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    hostname: setValue(config, 'hostname'),
    eth0Address: setValue(config, 'eth0Address'),
    gateway: setValue(config, 'gateway'),
  };
}

function problemText(p: HostSettingProblem): string {
  const setting = `${SECTION}.${p.setting}`;
  switch (p.fault) {
    case 'notHostname':
      return vscode.l10n.t(
        'The setting {0} is "{1}", which is not a hostname (letters, digits, "." and "-", at most 63 characters, starting with a letter or digit). The lab uses "{2}".',
        setting,
        p.value,
        p.fallback,
      );
    case 'notCidr':
      return vscode.l10n.t(
        'The setting {0} is "{1}", which is not an IPv4 address with a prefix length such as 192.168.1.10/24. The lab uses "{2}".',
        setting,
        p.value,
        p.fallback,
      );
    case 'notHostAddress':
      return vscode.l10n.t(
        'The setting {0} is "{1}", which is not a host address (a loopback, multicast, network or broadcast address, or a prefix length outside 8 to 30). The lab uses "{2}".',
        setting,
        p.value,
        p.fallback,
      );
    case 'overlapsDocker0':
      return vscode.l10n.t(
        'The setting {0} is "{1}", which overlaps docker0\'s subnet 172.17.0.0/16. The lab uses "{2}".',
        setting,
        p.value,
        p.fallback,
      );
    case 'notIPv4':
      return vscode.l10n.t(
        'The setting {0} is "{1}", which is not an IPv4 address. The lab uses "{2}".',
        setting,
        p.value,
        p.fallback,
      );
    case 'gatewayOffLink':
      return vscode.l10n.t(
        'The setting {0} is "{1}", which is not another host address on eth0\'s subnet. The lab uses "{2}".',
        setting,
        p.value,
        p.fallback,
      );
  }
}

/** The host a new lab gets now; warns of each setting that could not be used. */
export function hostProfileFromConfiguration(): HostProfile {
  const { profile, problems } = hostProfileFromSettings(readSettings());
  for (const p of problems) void notifyWarning(problemText(p));
  return profile;
}

/** Tells the user that changed settings apply on the next reset, offering to reset now. */
export function watchHostProfileSettings(): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) void offerReset();
  });
}

async function offerReset(): Promise<void> {
  const { problems } = hostProfileFromSettings(readSettings());
  for (const p of problems) void notifyWarning(problemText(p));
  const reset = vscode.l10n.t('Reset Lab');
  const answer = await notifyInfo(
    vscode.l10n.t("The lab's host profile changed. It applies when the lab is reset."),
    reset,
  );
  if (answer === reset) await vscode.commands.executeCommand('netlab.resetLab');
}
