// The words the diagram webview shows, in VS Code's display language: the webview has no l10n of
// its own, so the extension sends them with the graph (DiagramTexts in src/protocol).
import * as vscode from 'vscode';
import type { DiagramTexts } from '../../protocol/diagramMessages';

export function diagramTexts(): DiagramTexts {
  return {
    title: vscode.l10n.t('Network Diagram'),
    legend: vscode.l10n.t('Legend'),
    host: vscode.l10n.t('Host namespace'),
    namespace: vscode.l10n.t('Network namespace'),
    container: vscode.l10n.t('Container'),
    network: vscode.l10n.t('Network (bridge)'),
    interface: vscode.l10n.t('Interface'),
    port: vscode.l10n.t('Published port'),
    listening: vscode.l10n.t('Listening socket'),
    link: vscode.l10n.t('veth pair'),
    trace: vscode.l10n.t('Traced path'),
    zoomIn: vscode.l10n.t('Zoom in'),
    zoomOut: vscode.l10n.t('Zoom out'),
    fit: vscode.l10n.t('Fit to window'),
    exportSvg: vscode.l10n.t('Export as SVG'),
    exportPng: vscode.l10n.t('Export as PNG'),
    traceFrom: vscode.l10n.t('From'),
    traceTo: vscode.l10n.t('To'),
    tracePort: vscode.l10n.t('Port'),
    traceProtocol: vscode.l10n.t('Protocol'),
    traceRun: vscode.l10n.t('Trace'),
    traceClear: vscode.l10n.t('Clear'),
    reachable: vscode.l10n.t('Reachable'),
    unreachable: vscode.l10n.t('Stops here'),
    start: vscode.l10n.t('Start'),
    stop: vscode.l10n.t('Stop'),
    remove: vscode.l10n.t('Remove'),
    exec: vscode.l10n.t('Run a command…'),
    inspect: vscode.l10n.t('Inspect'),
    terminal: vscode.l10n.t('Open a terminal'),
    empty: vscode.l10n.t('The lab has no containers yet: run one in a lab terminal or from the Network Lab view.'),
  };
}
