// The words the diagram webview shows, in VS Code's display language: the webview has no l10n of
// its own, so the extension sends them with the graph (DiagramTexts in src/protocol). The keys are
// the webview's t(key, english) calls (src/webview: main.ts, ui/sidePanel.ts).
import * as vscode from 'vscode';
import type { DiagramTexts } from '../../protocol/diagramMessages';

export function diagramTexts(): DiagramTexts {
  return {
    'diagram.label': vscode.l10n.t('Network diagram of the lab'),
    zoomIn: '+',
    'zoomIn.label': vscode.l10n.t('Zoom in'),
    zoomOut: '−',
    'zoomOut.label': vscode.l10n.t('Zoom out'),
    fit: vscode.l10n.t('Fit'),
    exportSvg: vscode.l10n.t('Export SVG'),
    exportPng: vscode.l10n.t('Export PNG'),
    'trace.form': vscode.l10n.t('Trace a path'),
    'trace.from': vscode.l10n.t('From'),
    'trace.to': vscode.l10n.t('To'),
    'trace.port': vscode.l10n.t('Port'),
    'trace.protocol': vscode.l10n.t('Protocol'),
    'trace.submit': vscode.l10n.t('Trace'),
    'trace.title': vscode.l10n.t('Traced path'),
    'trace.reachable': vscode.l10n.t('Reachable'),
    'trace.unreachable': vscode.l10n.t('Not reachable'),
    'details.none': vscode.l10n.t('Click a box to see its details.'),
    'actions.label': vscode.l10n.t('Container actions'),
    'action.start': vscode.l10n.t('Start'),
    'action.stop': vscode.l10n.t('Stop'),
    'action.remove': vscode.l10n.t('Remove'),
    'action.exec': vscode.l10n.t('Exec'),
    'action.inspect': vscode.l10n.t('Inspect'),
    'action.terminal': vscode.l10n.t('Terminal'),
    'legend.title': vscode.l10n.t('Legend'),
    'legend.host': vscode.l10n.t('The host namespace'),
    'legend.namespace': vscode.l10n.t('A network namespace'),
    'legend.container': vscode.l10n.t('A container (thick: owns its namespace)'),
    'legend.network': vscode.l10n.t('A network and its bridge'),
    'legend.interface': vscode.l10n.t('An interface'),
    'legend.port': vscode.l10n.t('A published port or a listening socket'),
    'legend.trace': vscode.l10n.t('A traced path, or where it stops'),
  };
}
