// The tree's words in the display language: each sentence of viewModels/labTree/words.ts through
// vscode.l10n.t, written out so that the l10n tooling finds them.
import * as vscode from 'vscode';
import type { TreeWords } from '../../viewModels/labTree';

export function treeWords(): TreeWords {
  return {
    host: vscode.l10n.t('Host'),
    networks: vscode.l10n.t('Networks'),
    containers: vscode.l10n.t('Containers'),
    hostNamespace: vscode.l10n.t("host's namespace"),
    loopbackOnly: vscode.l10n.t('lo only'),
    namespaceOf: (owner) => vscode.l10n.t("{0}'s namespace", owner),
    noContainers: vscode.l10n.t('No containers yet'),
    createContainer: vscode.l10n.t('Create Container…'),
    followWalkthrough: vscode.l10n.t('New to Docker networking?'),
    openWalkthrough: vscode.l10n.t('Follow the walkthrough'),
    notRunning: vscode.l10n.t('Not running'),
    notRunningDetail: vscode.l10n.t('no network namespace: no interfaces, listening ports or DNS names'),
    noAddress: vscode.l10n.t('no IPv4 address'),
    listening: (program) => vscode.l10n.t('{0} listening', program),
    listeningIn: (program, container) => vscode.l10n.t('{0} listening ({1})', program, container),
    publishedOn: (bindings) => vscode.l10n.t('published on {0}', bindings),
    exposedOnly: vscode.l10n.t('exposed, not published'),
    hostModeListener: (program, container) => vscode.l10n.t('{0} · {1} (host mode)', program, container),
    hostProcess: (program) => vscode.l10n.t('{0} · host shell', program),
    dnsOn: (network) => vscode.l10n.t('DNS on {0}', network),
    dnsNames: vscode.l10n.t('DNS names'),
    noEmbeddedDns: vscode.l10n.t('none: the default bridge has no embedded DNS'),
    openFile: (path) => vscode.l10n.t('Open {0}', path),
    image: vscode.l10n.t('Image'),
    id: vscode.l10n.t('ID'),
    hostname: vscode.l10n.t('Hostname'),
    networkMode: vscode.l10n.t('Network mode'),
    ports: vscode.l10n.t('Ports'),
    driver: vscode.l10n.t('Driver'),
    subnet: vscode.l10n.t('Subnet'),
    gateway: vscode.l10n.t('Gateway'),
    internal: vscode.l10n.t('Internal'),
    mac: vscode.l10n.t('MAC'),
    mtu: vscode.l10n.t('MTU'),
    master: vscode.l10n.t('Bridge'),
    ipv6: vscode.l10n.t('IPv6'),
    inNamespaceOf: (owner) => vscode.l10n.t("In {0}'s network namespace.", owner),
    exitedOnStart: (code) => vscode.l10n.t('Exited right after it started, with code {0}.', code),
    lastLogLines: vscode.l10n.t('Last log lines:'),
  };
}
