// The bridge driver's `-o` options (moby daemon/libnetwork/drivers/bridge labels.go, bridge_linux.go
// networkConfiguration.fromLabels, parseNetworkGenericOptions, newGwMode): what a network's options mean,
// and the daemon's texts for values it cannot parse.
import type { Network } from '../lab/model';
import { own } from '../lab/own';
import { parseIPv4 } from '../net/ipv4';
import { parseIPv6 } from '../net/ipv6';

export const BRIDGE_NAME = 'com.docker.network.bridge.name';
export const ENABLE_ICC = 'com.docker.network.bridge.enable_icc';
export const ENABLE_IP_MASQUERADE = 'com.docker.network.bridge.enable_ip_masquerade';
export const GATEWAY_MODE_IPV4 = 'com.docker.network.bridge.gateway_mode_ipv4';
export const GATEWAY_MODE_IPV6 = 'com.docker.network.bridge.gateway_mode_ipv6';
export const HOST_BINDING_IPV4 = 'com.docker.network.bridge.host_binding_ipv4';
export const INHIBIT_IPV4 = 'com.docker.network.bridge.inhibit_ipv4';
export const DRIVER_MTU = 'com.docker.network.driver.mtu';

export type GatewayMode = 'nat' | 'nat-unprotected' | 'routed' | 'isolated';

/** What the bridge driver reads from a network's options (networkConfiguration). */
export interface BridgeConfig {
  /** Empty: br-<id12> (or docker0 for the default bridge). */
  bridgeName: string;
  /** 0: not set (the kernel's 1500). */
  mtu: number;
  enableIcc: boolean;
  enableIpMasquerade: boolean;
  gwModeIpv4: GatewayMode;
  gwModeIpv6: GatewayMode;
  inhibitIpv4: boolean;
  /** DefaultBindingIP: the host address `-p 8080:80` binds to. */
  defaultBindingIp: string;
}

/** Go's strconv.ParseBool. */
function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** Go's strconv.Atoi, or its error text. */
function atoi(text: string): number | string {
  if (!/^[+-]?\d+$/.test(text)) return `strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63 - 1)
    return `strconv.Atoi: parsing ${JSON.stringify(text)}: value out of range`;
  return n;
}

const GW_MODES: readonly GatewayMode[] = ['nat', 'nat-unprotected', 'routed', 'isolated'];

/** parseErr: `failed to parse <label> value: <value> (<why>)`. */
const parseErr = (label: string, value: string, why: string) => `failed to parse ${label} value: ${value} (${why})`;

/** Go's net.ParseIP (IPv4, IPv6). */
const goParseIp = (text: string) => parseIPv4(text) !== undefined || parseIPv6(text) !== undefined;

const boolLabels: ReadonlyArray<[string, 'enableIcc' | 'enableIpMasquerade' | 'inhibitIpv4']> = [
  [ENABLE_ICC, 'enableIcc'],
  [ENABLE_IP_MASQUERADE, 'enableIpMasquerade'],
  [INHIBIT_IPV4, 'inhibitIpv4'],
];

/**
 * parseNetworkGenericOptions + fromLabels: the config, or the daemon's text for the first option it cannot parse
 * (Go ranges over the map in no fixed order; the lab takes the options in the order given).
 */
export function parseBridgeOptions(options: Record<string, string>): BridgeConfig | string {
  const cfg: BridgeConfig = {
    bridgeName: '',
    mtu: 0,
    enableIcc: true,
    enableIpMasquerade: true,
    gwModeIpv4: 'nat',
    gwModeIpv6: 'nat',
    inhibitIpv4: false,
    defaultBindingIp: '0.0.0.0',
  };
  for (const [label, value] of Object.entries(options)) {
    if (label === BRIDGE_NAME) cfg.bridgeName = value;
    else if (label === DRIVER_MTU) {
      const n = atoi(value);
      if (typeof n === 'string') return parseErr(label, value, n);
      cfg.mtu = n;
    } else if (label === GATEWAY_MODE_IPV4 || label === GATEWAY_MODE_IPV6) {
      const mode = GW_MODES.find((m) => m === value);
      if (!mode) return parseErr(label, value, `unknown gateway mode ${value}`);
      if (label === GATEWAY_MODE_IPV4) cfg.gwModeIpv4 = mode;
      else cfg.gwModeIpv6 = mode;
    } else if (label === HOST_BINDING_IPV4) {
      if (!goParseIp(value)) return parseErr(label, value, 'nil ip');
      cfg.defaultBindingIp = value;
    } else {
      const field = boolLabels.find(([l]) => l === label)?.[1];
      if (field === undefined) continue;
      const b = parseGoBool(value);
      if (b === undefined)
        return parseErr(label, value, `strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax`);
      cfg[field] = b;
    }
  }
  return cfg;
}

/** The bridge config of a network the lab already holds (its options were checked at create). */
export function bridgeConfig(net: Network): BridgeConfig {
  const parsed = parseBridgeOptions(net.options);
  // Saved labs may hold options from before these checks: fall back to the defaults then.
  return typeof parsed === 'string' ? (parseBridgeOptions({}) as BridgeConfig) : parsed;
}

/** An option's value on a network, if set. */
export const networkOption = (net: Network, key: string): string | undefined => own(net.options, key);

/** Interfaces' MTU on a network: the driver option when set, else the kernel's 1500 (bridge CreateEndpoint). */
export function networkMtu(net: Network | undefined): number {
  // macvlan/ipvlan keep the parent's MTU: their configuration never reads the option.
  if (!net || net.driver !== 'bridge') return 1500;
  const mtu = Number(own(net.options, DRIVER_MTU) ?? '0');
  return Number.isInteger(mtu) && mtu > 0 ? mtu : 1500;
}
