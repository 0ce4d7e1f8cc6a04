// Decides which workbench / extension-host console lines reach the runner's output. Both arrive
// mixed through codeAutomationLog, so known workbench chatter and the expected offline errors are
// dropped (NETLAB_E2E_VERBOSE=1 shows everything).
import { format } from 'node:util';

const OFFLINE_NOISE: RegExp[] = [
  /open-vsx\.org/i,
  /ENOTFOUND|EAI_AGAIN|getaddrinfo/,
  /authentication provider 'github'|github-authentication|No signed-in session resolved/i,
  /telemetry|applicationinsights|dc\.services\.visualstudio\.com|mobile\.events\.data\.microsoft\.com/i,
  /vsda/,
];

// Workbench info/warn chatter seen with code-server 4.139.1; harmless, and not from the tests.
const WORKBENCH_CHATTER: RegExp[] = [
  /^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time|driver|McpGateway[^\]]*)\]/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^Started local extension host|^Extension host .* started/,
  /^Creation of workbench contribution '.*' took \d+ms/,
];

// What the workbench logs as errors when the window reloads with the extension in the browser's
// web worker: work it cannot finish while the page unloads. Not the extension's, and harmless.
const WEB_RELOAD_NOISE: RegExp[] = [
  /^\[lifecycle\] (onBeforeUnload triggered|Long running operations during shutdown are unsupported in the web)/,
  /^Error creating chat editing session content folder .* Canceled/,
];

const verbose = process.env.NETLAB_E2E_VERBOSE === '1';

export function shouldShow(level: string, text: string): boolean {
  if (verbose) return true;
  if (level === 'trace' || level === 'debug') return false;
  if (OFFLINE_NOISE.some((re) => re.test(text)) || WEB_RELOAD_NOISE.some((re) => re.test(text))) return false;
  return !((level === 'info' || level === 'warn') && WORKBENCH_CHATTER.some((re) => re.test(text)));
}

/**
 * codeAutomationLog passes the console arguments unformatted (mocha's reporter logs
 * `'%s%s', indent, title`), so apply console.log's formatting here.
 */
export function joinArgs(args: unknown): string {
  if (!Array.isArray(args)) return typeof args === 'string' ? args : JSON.stringify(args);
  return args.length > 1 ? format(...(args as unknown[])) : String(args[0] ?? '');
}
