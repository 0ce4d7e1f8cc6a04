// Every network and volume problem of one compose file at once, each at its exact range: compose-go's
// checks in its words (loader/validate.go checkConsistency, graph/cycle.go,
// validation/external.go, format/volume.go ParseVolume), then what the engine would reject when `docker compose up` creates
// the containers, in moby's words (daemon/container_operations.go validateEndpointSettings,
// runconfig/errors.go via validateNetContainerMode, the port allocator, validateIpamConfig). The simulation's notes
// come as information diagnostics (simulationDiagnostics).
import type { ComposeFileSource, NetworkSource, Range, ServiceSource } from '../../compose/model';
import { sharedService } from '../../compose/project';
import { INVALID_PROJECT } from '../../compose/errors';
import { isContainerMode, PREDEFINED_NAMES } from '../../core/daemon/networkMode';
import { cidrContains, parseCidr, parseIPv4 } from '../../core/net/ipv4';
import type { Localized } from '../../knowledge/localized';
import { checkIpamPools } from './ipamDiagnostics';
import type { SimulationFacts } from './simulationFacts';

export type ComposeSeverity = 'error' | 'warning' | 'information';

export interface ComposeDiagnostic {
  /** Offsets in the file's text, [start, end). */
  range: Range;
  severity: ComposeSeverity;
  /** In compose-go's, the engine's or the lab's words. */
  message: string;
  /** Which rule, for quick fixes (COMPOSE_CODES). */
  code?: string;
  /** Why, in English and Simplified Chinese, where the tools' words need it (simulation notes). */
  explanation?: Localized;
}

export const COMPOSE_CODES = {
  networkModeWithNetworks: 'network-mode-with-networks',
  undefinedSharedService: 'undefined-shared-service',
  dependencyCycle: 'dependency-cycle',
  undefinedNetwork: 'undefined-network',
  undefinedDependency: 'undefined-dependency',
  containerModeConflict: 'container-mode-conflict',
  hostModeLinks: 'host-mode-links',
  portsWithHostMode: 'ports-with-host-mode',
  addressOnPredefinedNetwork: 'address-on-predefined-network',
  addressOutsideSubnet: 'address-outside-subnet',
  invalidAddress: 'invalid-address',
  addressInUse: 'address-in-use',
  aliasesOnPredefinedNetwork: 'aliases-on-predefined-network',
  portAllocated: 'port-allocated',
  invalidContainerName: 'invalid-container-name',
  invalidNetworkKey: 'invalid-network-key',
  externalConflict: 'external-conflict',
  undefinedVolume: 'undefined-volume',
  invalidVolumeSpec: 'invalid-volume-spec',
  invalidIpamConfig: 'invalid-ipam-config',
  simulation: 'simulation',
} as const;

const C = COMPOSE_CODES;

/** The engine network a top-level network becomes: external ones by their own name. */
function engineName(n: NetworkSource | undefined, key: string): string | undefined {
  if (!n) return undefined;
  if (n.external?.value === true) return n.name?.value ?? n.externalName?.value ?? key;
  return n.name?.value;
}

const keyEntry = (s: ServiceSource, key: string) => s.keys.find((k) => k.key === key);

/** The whole problem list of the file, in file order per rule group. */
export function composeDiagnostics(file: ComposeFileSource, facts?: SimulationFacts): ComposeDiagnostic[] {
  const out: ComposeDiagnostic[] = [];
  const add = (range: Range, message: string, code: string, severity: ComposeSeverity = 'error') =>
    out.push({ range, severity, message, code });
  const services = new Map(file.services.map((s) => [s.name, s]));
  const networks = new Map(file.networks.map((n) => [n.key, n]));
  const volumes = new Set(file.volumes.map((v) => v.key));

  checkNetworkKeys(file, add);
  checkIpamPools(file, (range, message) => add(range, message, C.invalidIpamConfig));
  checkExternalVolumes(file, add);
  for (const s of file.services) {
    checkConsistency(s, services, networks, add);
    checkVolumes(s, volumes, add);
    checkEngineModes(s, add);
  }
  checkCycles(file, add);
  checkAddresses(file, networks, facts, add);
  checkPorts(file, add);
  checkContainerNames(file, add);
  if (facts) {
    // `up` stops at the first of the problems above with the same words: said once is enough.
    const said = out.map((d) => d.message);
    out.push(...simulationDiagnostics(facts).filter((d) => !said.some((m) => d.message.includes(m))));
  }
  return out;
}

type Add = (range: Range, message: string, code: string, severity?: ComposeSeverity) => void;

/** compose-spec schema's pattern on network keys, and validation/external.go checkExternal. */
function checkNetworkKeys(file: ComposeFileSource, add: Add): void {
  for (const n of file.networks) {
    if (!/^[a-zA-Z0-9._-]+$/.test(n.key))
      add(
        n.keyRange,
        `validating ${file.path}: networks additional properties '${n.key}' not allowed`,
        C.invalidNetworkKey,
      );
    if (n.external?.value !== true) continue;
    for (const k of n.keys ?? []) {
      if (k.key === 'name' || k.key === 'external' || k.key.startsWith('x-')) continue;
      add(
        k.keyRange,
        `networks.${n.key}: conflicting parameters "external" and "${k.key}" specified`,
        C.externalConflict,
      );
    }
  }
}

/** validation/volume.go checkVolume: an external volume takes only `name` (and extensions). */
function checkExternalVolumes(file: ComposeFileSource, add: Add): void {
  for (const v of file.volumes) {
    if (v.external?.value !== true) continue;
    for (const k of v.keys) {
      if (k.key === 'name' || k.key === 'external' || k.key.startsWith('x-')) continue;
      add(
        k.keyRange,
        `volumes.${v.key}: conflicting parameters "external" and "${k.key}" specified`,
        C.externalConflict,
      );
    }
  }
}

/** A service's volumes: short syntax compose-go cannot parse, and named volumes not declared at the top level. */
function checkVolumes(s: ServiceSource, volumes: ReadonlySet<string>, add: Add): void {
  for (const v of s.volumes ?? []) {
    if (v.error !== undefined) add(v.range, v.error, C.invalidVolumeSpec);
    else if (v.type === 'volume' && v.source !== '' && !volumes.has(v.source))
      add(
        v.sourceRange,
        `service "${s.name}" refers to undefined volume ${v.source}: ${INVALID_PROJECT}`,
        C.undefinedVolume,
      );
  }
}

/** loader/validate.go checkConsistency, every failure rather than the first. */
function checkConsistency(
  s: ServiceSource,
  services: ReadonlyMap<string, ServiceSource>,
  networks: ReadonlyMap<string, NetworkSource>,
  add: Add,
): void {
  if (s.networkMode && s.networks && s.networks.entries.length > 0) {
    add(
      s.networks.keyRange,
      `service ${s.name} declares mutually exclusive \`network_mode\` and \`networks\`: ${INVALID_PROJECT}`,
      C.networkModeWithNetworks,
    );
  }
  for (const n of s.networks?.entries ?? []) {
    if (n.name !== 'default' && !networks.has(n.name))
      add(
        n.keyRange,
        `service "${s.name}" refers to undefined network ${n.name}: ${INVALID_PROJECT}`,
        C.undefinedNetwork,
      );
  }
  for (const d of s.dependsOn) {
    if (d.required && !services.has(d.service))
      add(
        d.range,
        `service "${s.name}" depends on undefined service "${d.service}": ${INVALID_PROJECT}`,
        C.undefinedDependency,
      );
  }
  const shared = sharedService(s.networkMode?.value);
  if (shared !== undefined && !services.has(shared))
    add(
      s.networkMode!.range,
      `service "${shared}" not found for network_mode 'service:${shared}'`,
      C.undefinedSharedService,
    );
}

/**
 * What the engine refuses at create (runconfig/errors.go, checked in validateNetContainerMode
 * and validateNetMode): `service:x` becomes `container:<id>`, so both modes count.
 */
function checkEngineModes(s: ServiceSource, add: Add): void {
  const mode = s.networkMode?.value;
  if (mode === undefined) return;
  const joins = mode.startsWith('service:') || isContainerMode(mode);
  if (joins) {
    const conflicts: Array<[string, boolean, string]> = [
      ['hostname', s.hostname !== undefined, 'conflicting options: hostname and the network mode'],
      [
        'links',
        s.links.length > 0,
        "conflicting options: container type network can't be used with links. This would result in undefined behavior",
      ],
      ['dns', s.dns.length > 0, 'conflicting options: dns and the network mode'],
      ['extra_hosts', s.extraHosts.length > 0, 'conflicting options: custom host-to-IP mapping and the network mode'],
      ['mac_address', s.macAddress !== undefined, 'conflicting options: mac-address and the network mode'],
      ['ports', s.ports.length > 0, 'conflicting options: port publishing and the container type network mode'],
      ['expose', s.expose.length > 0, 'conflicting options: port exposing and the container type network mode'],
    ];
    for (const [key, present, message] of conflicts) {
      const entry = keyEntry(s, key);
      if (present && entry) add(entry.keyRange, message, C.containerModeConflict);
    }
    return;
  }
  if (mode === 'host') {
    const ports = keyEntry(s, 'ports');
    // moby daemon/create.go: the engine keeps the container and warns.
    if (ports && s.ports.length > 0)
      add(ports.keyRange, 'Published ports are discarded when using host network mode', C.portsWithHostMode, 'warning');
    const links = keyEntry(s, 'links');
    if (links && s.links.length > 0)
      add(
        links.keyRange,
        "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
        C.hostModeLinks,
      );
  }
}

/** graph/cycle.go's words for each distinct cycle over depends_on, links and `service:` modes. */
function checkCycles(file: ComposeFileSource, add: Add): void {
  const edges = new Map<string, Array<{ to: string; range: Range }>>();
  const known = new Set(file.services.map((s) => s.name));
  for (const s of file.services) {
    const list: Array<{ to: string; range: Range }> = [];
    for (const d of s.dependsOn) list.push({ to: d.service, range: d.range });
    for (const l of s.links) list.push({ to: l.value.split(':')[0]!, range: l.range });
    const shared = sharedService(s.networkMode?.value);
    if (shared !== undefined) list.push({ to: shared, range: s.networkMode!.range });
    edges.set(
      s.name,
      list.filter((e) => known.has(e.to)).sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)),
    );
  }
  const reported = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'open');
    path.push(name);
    for (const e of edges.get(name) ?? []) {
      const st = state.get(e.to);
      if (st === 'open') {
        const cycle = [...path.slice(path.indexOf(e.to)), e.to];
        const id = [...new Set(cycle)].sort().join('\u0000');
        if (!reported.has(id)) {
          reported.add(id);
          const first = edges.get(cycle[0]!)?.find((x) => x.to === cycle[1]);
          add(first?.range ?? e.range, `dependency cycle detected: ${cycle.join(' -> ')}`, C.dependencyCycle);
        }
      } else if (st === undefined) visit(e.to);
    }
    path.pop();
    state.set(name, 'done');
  };
  for (const name of [...known].sort()) if (!state.has(name)) visit(name);
}

/** validateEndpointSettings and IPAM: static addresses need a user-defined network, its subnet, and to be free. */
function checkAddresses(
  file: ComposeFileSource,
  networks: ReadonlyMap<string, NetworkSource>,
  facts: SimulationFacts | undefined,
  add: Add,
): void {
  const taken = new Map<string, string>();
  for (const s of file.services) {
    if (s.networkMode) continue;
    for (const n of s.networks?.entries ?? []) {
      const src = networks.get(n.name);
      const predefined = PREDEFINED_NAMES.includes(engineName(src, n.name) ?? '');
      if (predefined && n.aliases.length > 0) {
        add(
          [n.aliases[0]!.range[0], n.aliases[n.aliases.length - 1]!.range[1]],
          'network-scoped aliases are only supported for user-defined networks',
          C.aliasesOnPredefinedNetwork,
          'warning',
        );
      }
      for (const address of [n.ipv4Address, n.ipv6Address]) {
        if (address && predefined)
          add(
            address.range,
            'user-specified IP address is supported on user-defined networks only',
            C.addressOnPredefinedNetwork,
          );
      }
      const v4 = n.ipv4Address;
      if (!v4 || predefined) continue;
      const ip = parseIPv4(v4.value);
      if (ip === undefined) {
        add(v4.range, `invalid IPv4 address: ${v4.value}`, C.invalidAddress);
        continue;
      }
      const declared = (src?.ipam?.config ?? []).flatMap((c) => (c.subnet ? [c.subnet.value] : []));
      const simulated = facts?.networks.find((x) => x.key === n.name)?.subnets ?? [];
      const subnets = (declared.length > 0 ? declared : simulated)
        .map((x) => parseCidr(x))
        .filter((c) => c !== undefined);
      if (subnets.length > 0 && !subnets.some((c) => cidrContains(c, ip))) {
        add(v4.range, `no configured subnet contains IP address ${v4.value}`, C.addressOutsideSubnet);
        continue;
      }
      const key = `${n.name}\u0000${v4.value}`;
      if (taken.has(key)) add(v4.range, 'Address already in use', C.addressInUse);
      else taken.set(key, s.name);
    }
  }
}

/** The port allocator: one host port, protocol and address (0.0.0.0 covers every address) per binding. */
function checkPorts(file: ComposeFileSource, add: Add): void {
  const byPort = new Map<string, Array<{ ip: string }>>();
  for (const s of file.services) {
    const mode = s.networkMode?.value;
    if (mode === 'host' || mode?.startsWith('service:') || (mode !== undefined && isContainerMode(mode))) continue;
    for (const p of s.ports) {
      const range = /^(\d+)(?:-(\d+))?$/.exec(p.published);
      if (!range) continue;
      const first = Number(range[1]);
      const last = range[2] === undefined ? first : Number(range[2]);
      // A range publishes one of its ports (the first free); only a single port can be known to clash.
      if (last !== first) continue;
      const ip = p.hostIp === '' ? '0.0.0.0' : p.hostIp.replace(/^\[|\]$/g, '');
      const key = `${p.protocol}/${first}`;
      const holders = byPort.get(key) ?? [];
      const wild = (x: string) => x === '0.0.0.0' || x === '::';
      if (holders.some((h) => h.ip === ip || wild(h.ip) || wild(ip))) {
        add(
          p.range,
          `Bind for ${ip.includes(':') ? `[${ip}]` : ip}:${first} failed: port is already allocated`,
          C.portAllocated,
        );
        continue;
      }
      holders.push({ ip });
      byPort.set(key, holders);
    }
  }
}

/** moby daemon/names.go validContainerNamePattern. */
function checkContainerNames(file: ComposeFileSource, add: Add): void {
  for (const s of file.services) {
    const name = s.containerName;
    if (name && !/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name.value))
      add(
        name.range,
        `Invalid container name (${name.value}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
        C.invalidContainerName,
      );
  }
}

/** The simulation's failure and notes, as information at the places they are about. */
export function simulationDiagnostics(facts: SimulationFacts): ComposeDiagnostic[] {
  const notes = facts.failure ? [facts.failure, ...facts.notes] : facts.notes;
  return notes.map((n) => {
    const d: ComposeDiagnostic = {
      range: n.range ?? [0, 0],
      severity: 'information',
      message: n.message,
      code: C.simulation,
    };
    if (n.explanation) d.explanation = n.explanation;
    return d;
  });
}
