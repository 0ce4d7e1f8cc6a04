// The quick fixes' titles in the display language, by the key the compose service names them by.
import * as vscode from 'vscode';
import type { ComposeQuickFix } from '../../language/compose/composeQuickFixes';

const TITLES: Readonly<Record<string, (fix: ComposeQuickFix) => string>> = {
  'compose.fix.removePorts': () => vscode.l10n.t('Remove `ports` (host mode discards them)'),
  'compose.fix.removeNetworks': () => vscode.l10n.t('Remove `networks` (`network_mode` is set)'),
  'compose.fix.addNetwork': (fix) => vscode.l10n.t('Add network "{0}" to the top-level networks', fix.subject ?? ''),
  'compose.fix.addVolume': (fix) => vscode.l10n.t('Add volume "{0}" to the top-level volumes', fix.subject ?? ''),
  'compose.fix.useMasked': (fix) => vscode.l10n.t('Use {0}', fix.subject ?? ''),
};

export function quickFixTitle(fix: ComposeQuickFix): string {
  return TITLES[fix.titleKey]?.(fix) ?? fix.title;
}
