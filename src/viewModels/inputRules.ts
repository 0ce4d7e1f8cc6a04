// What the command forms check as a value is typed: each rule returns the message Docker (the
// lab's daemon or CLI) would give for the value, or undefined when it would take it. Every rule
// calls the check the lab itself runs, so a form and the terminal never disagree.
import { containerNameError } from '../core/daemon/containerCreate';
import { endpointSettingsErrors, endpointSettingsMessage } from '../core/daemon/endpointSettings';
import { ADDRESS_IN_USE, addressInUse } from '../core/daemon/networkConnect';
import { POOL_OVERLAPS, networkNameError, v4PoolOverlaps, validateIpamConfig } from '../core/daemon/networkCreate';
import type { Lab } from '../core/lab/lab';
import type { Network, Protocol } from '../core/lab/model';
import { parseCidr, parseIPv4 } from '../core/net/ipv4';
import { parsePublish } from '../core/net/portSpec';
import { tokenize } from '../core/text/shellWords';
import { createIpamConfig, goParseIP, ipFlagError } from '../commandLine/docker/networkIpamFlags';
import { parsePrefixError } from '../core/net/netipErrors';

/**
 * What is wrong with a value: Docker's (or the lab shell's) words, shown untranslated as Docker
 * prints them, or one of the forms' own problems, which the view translates.
 */
export type Problem = { docker: string } | { own: OwnProblem; value: string };

/** empty: nothing typed where something must be; oneWord: a target with spaces; onePort: a range or a mapping. */
export type OwnProblem = 'empty' | 'oneWord' | 'onePort';

export type Rule = (text: string) => Problem | undefined;

const docker = (message: string | undefined): Problem | undefined =>
  message === undefined ? undefined : { docker: message };

/** The message of what a check throws (the lab's errors carry Docker's words). */
function thrown(check: () => unknown): Problem | undefined {
  try {
    check();
    return undefined;
  } catch (e) {
    return { docker: e instanceof Error ? e.message : String(e) };
  }
}

/** Values typed as one list: `8080:80, 53:53/udp` or `8080:80 443:443`. */
export function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter((v) => v !== '');
}

/** A new container's name; empty lets Docker generate one. */
export const containerNameRule =
  (lab: Lab): Rule =>
  (text) =>
    text === '' ? undefined : docker(containerNameError(lab, text));

/** A new network's name (Docker has no character rule for networks: only predefined, empty and taken). */
export const networkNameRule =
  (lab: Lab): Rule =>
  (text) =>
    docker(networkNameError(lab, text));

/** `-p` values, each as `docker run -p` parses it; empty publishes nothing. */
export const portsRule: Rule = (text) => {
  for (const spec of splitList(text)) {
    const error = thrown(() => parsePublish(spec));
    if (error !== undefined) return error;
  }
  return undefined;
};

/** A static IPv4 address on a network: the daemon's endpoint checks, then the address book. */
export const staticIpRule =
  (lab: Lab, network: Network): Rule =>
  (text) => {
    if (text === '') return undefined;
    const errors = endpointSettingsErrors(lab, network.name, network, { ipv4Address: text });
    if (errors.length > 0) return { docker: endpointSettingsMessage(errors) };
    const ip = parseIPv4(text);
    return ip !== undefined && addressInUse(lab, network, ip) ? { docker: ADDRESS_IN_USE } : undefined;
  };

/** `--subnet` of a new network: the CLI's prefix syntax, the daemon's host-bit check, then overlap. */
export const subnetRule =
  (lab: Lab): Rule =>
  (text) => {
    if (text === '') return undefined;
    const v4 = parseCidr(text);
    return (
      docker(parsePrefixError(text)) ??
      thrown(() => validateIpamConfig([{ subnet: text, ipRange: '', gateway: '' }], true)) ??
      (v4 && v4.base !== 0 && v4PoolOverlaps(lab, v4) ? { docker: POOL_OVERLAPS } : undefined)
    );
  };

/** `--gateway` of a new network with this subnet: an address, inside the subnet. */
export const gatewayRule =
  (subnet: string): Rule =>
  (text) => {
    if (text === '') return undefined;
    if (goParseIP(text) === undefined) return { docker: ipFlagError(text, '--gateway') };
    return thrown(() => createIpamConfig({ subnets: [subnet], ipRanges: [], gateways: [text], auxAddresses: [] }));
  };

/** A command line for `docker exec` or the lab's shell: words the shell can split. */
export const commandLineRule: Rule = (text) => {
  if (text.trim() === '') return { own: 'empty', value: text };
  return thrown(() => tokenize(text));
};

/** Where a probe goes: a name or an address, one word. */
export const reachTargetRule: Rule = (text) => {
  const t = text.trim();
  if (t === '') return { own: 'empty', value: text };
  return /\s/.test(t) ? { own: 'oneWord', value: t } : undefined;
};

export interface PortProbe {
  port: number;
  protocol: Protocol;
}

/** `80`, `80/tcp` or `53/udp` (what `-p` takes as its container port); empty for a ping. */
export function parsePortProbe(text: string): PortProbe | undefined {
  const t = text.trim();
  if (t === '' || t.includes(':')) return undefined;
  try {
    const { exposed } = parsePublish(t);
    if (exposed.length !== 1) return undefined;
    const [port, protocol] = exposed[0]!.split('/') as [string, Protocol];
    return Number(port) > 0 ? { port: Number(port), protocol } : undefined;
  } catch {
    return undefined;
  }
}

export const portProbeRule: Rule = (text) => {
  const t = text.trim();
  if (t === '' || parsePortProbe(t)) return undefined;
  // parsePublish's own words for what it refuses; otherwise the one thing it took but a probe cannot.
  return (t.includes(':') ? undefined : thrown(() => parsePublish(t))) ?? { own: 'onePort', value: t };
};
