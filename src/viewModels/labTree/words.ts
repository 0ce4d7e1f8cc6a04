// The tree's own words. The model takes them as a parameter so that it stays free of vscode: the
// provider passes the same sentences through vscode.l10n.t (vscode/tree/treeWords.ts), the unit
// tests pass ENGLISH. Docker's vocabulary (states, modes, drivers) stays as Docker prints it.

export interface TreeWords {
  host: string;
  networks: string;
  containers: string;
  /** Description of a host-mode container, and of its row under the host network. */
  hostNamespace: string;
  /** Under the none network: what a none container has. */
  loopbackOnly: string;
  /** A joiner under its owner's network: `web's namespace`. */
  namespaceOf(owner: string): string;
  noContainers: string;
  createContainer: string;
  followWalkthrough: string;
  openWalkthrough: string;
  notRunning: string;
  notRunningDetail: string;
  noAddress: string;
  /** A port row: `nginx listening`, `nc listening (web)`. */
  listening(program: string): string;
  listeningIn(program: string, container: string): string;
  publishedOn(bindings: string): string;
  exposedOnly: string;
  /** Host ports: `nginx · hostnet (host mode)`; a process of the host's own shell. */
  hostModeListener(program: string, container: string): string;
  hostProcess(program: string): string;
  dnsOn(network: string): string;
  dnsNames: string;
  noEmbeddedDns: string;
  openFile(path: string): string;
  // Tooltip field names.
  image: string;
  id: string;
  hostname: string;
  networkMode: string;
  ports: string;
  driver: string;
  subnet: string;
  gateway: string;
  internal: string;
  mac: string;
  mtu: string;
  master: string;
  ipv6: string;
  inNamespaceOf(owner: string): string;
  exitedOnStart(code: number): string;
  lastLogLines: string;
}

export const ENGLISH: TreeWords = {
  host: 'Host',
  networks: 'Networks',
  containers: 'Containers',
  hostNamespace: "host's namespace",
  loopbackOnly: 'lo only',
  namespaceOf: (owner) => `${owner}'s namespace`,
  noContainers: 'No containers yet',
  createContainer: 'Create Container…',
  followWalkthrough: 'New to Docker networking?',
  openWalkthrough: 'Follow the walkthrough',
  notRunning: 'Not running',
  notRunningDetail: 'no network namespace: no interfaces, listening ports or DNS names',
  noAddress: 'no IPv4 address',
  listening: (program) => `${program} listening`,
  listeningIn: (program, container) => `${program} listening (${container})`,
  publishedOn: (bindings) => `published on ${bindings}`,
  exposedOnly: 'exposed, not published',
  hostModeListener: (program, container) => `${program} · ${container} (host mode)`,
  hostProcess: (program) => `${program} · host shell`,
  dnsOn: (network) => `DNS on ${network}`,
  dnsNames: 'DNS names',
  noEmbeddedDns: 'none: the default bridge has no embedded DNS',
  openFile: (path) => `Open ${path}`,
  image: 'Image',
  id: 'ID',
  hostname: 'Hostname',
  networkMode: 'Network mode',
  ports: 'Ports',
  driver: 'Driver',
  subnet: 'Subnet',
  gateway: 'Gateway',
  internal: 'Internal',
  mac: 'MAC',
  mtu: 'MTU',
  master: 'Bridge',
  ipv6: 'IPv6',
  inNamespaceOf: (owner) => `In ${owner}'s network namespace.`,
  exitedOnStart: (code) => `Exited right after it started, with code ${code}.`,
  lastLogLines: 'Last log lines:',
};
