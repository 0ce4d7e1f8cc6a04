// "What it means in this file": one compose file brought up alone in a fresh lab (default host
// profile, project name from its folder as compose takes it) by the lab's own `docker compose -f
// FILE up -d`, then read back from the lab: networks, each service's container, addresses and
// ports, and notes where `up` failed or a container stopped at once. Also the lines that bring a
// file up in a real lab, replacing what an earlier run of the same project left.
import { Session, type LineResult } from '../../commandLine/session';
import { LABEL_NETWORK, LABEL_PROJECT, LABEL_SERVICE } from '../../compose/plan';
import { ComposeError } from '../../compose/errors';
import { loadComposeFile } from '../../compose/load';
import { loadProject } from '../../compose/loadProject';
import type { ComposeFileSource, Range, ServiceSource } from '../../compose/model';
import { resolveProjectName } from '../../compose/projectName';
import { sharedService } from '../../compose/project';
import { planMainProcess } from '../../core/daemon/mainProcess';
import { containerModeTarget, isContainerMode } from '../../core/daemon/networkMode';
import { MemoryFiles } from '../../core/files/memoryFiles';
import { dirnameOf } from '../../core/files/posixPath';
import { Lab } from '../../core/lab/lab';
import type { Container, HostProfile } from '../../core/lab/model';
import { formatIPv4 } from '../../core/net/ipv4';
import { SIMULATION_NOTE_TEXT } from '../../knowledge/composeSimulationNotes';
import type {
  SimulatedAttachment,
  SimulatedNetwork,
  SimulatedPort,
  SimulatedService,
  SimulationFacts,
  SimulationNote,
} from './simulationFacts';

export interface SimulateOptions {
  /** The folder the project is named after and runs in; default: the file's folder. */
  projectDir?: string;
  /** Default: the lab's default host (docker-host, 192.168.1.10). */
  hostProfile?: HostProfile;
  /** The file as already loaded (an editor's cached model), so it is not parsed a second time. */
  file?: ComposeFileSource;
}

/** The two lines `netlab.simulateCompose` runs: the project's earlier run goes, then `up -d`. */
export function composeUpArgv(path: string): string[][] {
  return [
    ['docker', 'compose', '-f', path, 'down', '--remove-orphans'],
    ['docker', 'compose', '-f', path, 'up', '-d'],
  ];
}

/**
 * Brings the file's project up in the session's lab with `up -d` semantics, first taking down
 * what an earlier simulation of the same project left: its containers (orphans included), then
 * its networks, also those the file no longer declares (`down` keeps those). Returns the project's
 * name and each line's result; the `up` is the last.
 */
export function simulateComposeIn(session: Session, path: string): { project: string; steps: LineResult[] } {
  const [down, up] = composeUpArgv(path);
  const results = [session.executeArgv(down!)];
  const text = session.files.readText(path);
  const project = text === undefined ? '' : projectOf(undefined, sourceOf(path, text), dirnameOf(path));
  const leftovers = [...session.lab.networks.values()]
    .filter((n) => project !== '' && n.composeProject === project)
    .map((n) => n.name)
    .sort();
  if (leftovers.length > 0) results.push(session.executeArgv(['docker', 'network', 'rm', ...leftovers]));
  results.push(session.executeArgv(up!));
  return { project, steps: results };
}

/** Simulates the file alone in a fresh lab and reports what the lab shows afterwards. */
export function simulateCompose(path: string, text: string, options: SimulateOptions = {}): SimulationFacts {
  const folder = options.projectDir ?? dirnameOf(path);
  const lab = new Lab(options.hostProfile ? { hostProfile: options.hostProfile } : {});
  const session = new Session(lab, { cwd: folder, files: new MemoryFiles({ [path]: text }, [folder]) });
  const file = options.file ?? sourceOf(path, text);
  // The file says its external networks exist; a fresh lab has them too, or up would stop there.
  for (const n of file?.networks ?? []) {
    if (n.external?.value !== true) continue;
    const name = n.name?.value ?? n.externalName?.value ?? n.key;
    if (!lab.findNetwork(name)) session.executeArgv(['docker', 'network', 'create', name]);
  }
  // So do its external volumes (create.go checkExternalVolumes stops `up` at a missing one).
  for (const v of file?.volumes ?? []) {
    if (v.external?.value !== true) continue;
    const name = v.name?.value ?? v.externalName?.value ?? v.key;
    if (!lab.volumes.has(name)) session.executeArgv(['docker', 'volume', 'create', name]);
  }
  const up = session.executeArgv(['docker', 'compose', '-f', path, 'up', '-d']).output;
  const project = projectOf(lab, file, folder);
  const facts: SimulationFacts = {
    project,
    networks: networksOf(lab, project, file),
    services: [],
    notes: [],
  };
  const containers = containersOf(lab, project);
  const services = (file?.services ?? []).filter((s) => (s.profiles ?? []).length === 0);
  for (const s of services) facts.services.push(serviceFacts(lab, project, s, containers.get(s.name)));
  // Addresses on an external network are the real host's to give; the lab's stand-in is no guide.
  const external = new Set(facts.networks.filter((n) => n.external).map((n) => n.name));
  for (const a of facts.services.flatMap((s) => s.attachments)) {
    if (!external.has(a.networkName)) continue;
    delete a.ipv4;
    delete a.ipv6;
    delete a.mac;
  }
  if (up.exitCode !== 0) facts.failure = failureNote(up.stderr, path, text, folder, file, facts);
  facts.notes.push(...stoppedAtOnce(lab, facts, file));
  return facts;
}

function sourceOf(path: string, text: string): ComposeFileSource | undefined {
  try {
    return loadComposeFile(path, text);
  } catch (e) {
    if (e instanceof ComposeError) return undefined;
    throw e;
  }
}

/**
 * In a fresh lab (`fresh` given): the lab's own record when `up` got as far as creating
 * something; else (and in a shared lab) compose-go's rule from the file's `name:` and the folder.
 */
function projectOf(fresh: Lab | undefined, file: ComposeFileSource | undefined, folder: string): string {
  for (const n of fresh?.networks.values() ?? []) if (n.composeProject !== '') return n.composeProject;
  for (const c of fresh?.containers.values() ?? []) {
    const p = c.labels?.[LABEL_PROJECT];
    if (p !== undefined) return p;
  }
  try {
    return resolveProjectName(undefined, [{ file: file?.path ?? '', name: file?.name }], folder).name;
  } catch (e) {
    if (e instanceof ComposeError) return '';
    throw e;
  }
}

function networksOf(lab: Lab, project: string, file: ComposeFileSource | undefined): SimulatedNetwork[] {
  const out: SimulatedNetwork[] = [];
  for (const n of lab.networks.values()) {
    if (n.composeProject !== project || project === '') continue;
    out.push({
      key: n.labels[LABEL_NETWORK] ?? n.name,
      name: n.name,
      driver: n.driver,
      subnets: n.subnets.map((s) => s.subnet),
      gateways: n.subnets.map((s) => s.gateway).filter((g) => g !== ''),
      external: false,
    });
  }
  for (const src of file?.networks ?? []) {
    if (src.external?.value !== true) continue;
    const name = src.name?.value ?? src.externalName?.value ?? src.key;
    // The lab made it only so that up could go on: its subnet says nothing of the real one.
    out.push({
      key: src.key,
      name,
      driver: lab.findNetwork(name)?.driver ?? '',
      subnets: [],
      gateways: [],
      external: true,
    });
  }
  return out;
}

/** The project's containers by service: one pass over the lab, not one per service. */
function containersOf(lab: Lab, project: string): Map<string, Container> {
  const out = new Map<string, Container>();
  for (const c of lab.containers.values()) {
    const service = c.labels?.[LABEL_SERVICE];
    if (c.labels?.[LABEL_PROJECT] === project && service !== undefined) out.set(service, c);
  }
  return out;
}

/** The namespace owner of a `container:<id>` mode, whose interfaces a joiner has. */
function ownerOf(lab: Lab, c: Container): Container | undefined {
  return isContainerMode(c.networkMode) ? lab.findContainer(containerModeTarget(c.networkMode)) : undefined;
}

function attachmentsOf(lab: Lab, c: Container, own: boolean): SimulatedAttachment[] {
  const out: SimulatedAttachment[] = [];
  for (const [netName, ep] of Object.entries(c.endpoints)) {
    const net = lab.networks.get(ep.networkId);
    const a: SimulatedAttachment = {
      network: net?.labels[LABEL_NETWORK] ?? netName,
      networkName: netName,
      // A joiner has the owner's interfaces but no DNS names of its own.
      aliases: own ? (c.networks[netName]?.aliases ?? []) : [],
    };
    if (ep.ip !== null) a.ipv4 = formatIPv4(ep.ip);
    if (ep.ipv6 !== undefined) a.ipv6 = ep.ipv6;
    if (ep.mac !== '') a.mac = ep.mac;
    out.push(a);
  }
  return out;
}

function portsOf(c: Container): SimulatedPort[] {
  const out: SimulatedPort[] = [];
  for (const [key, bindings] of Object.entries(c.ports)) {
    const [containerPort = '', protocol = 'tcp'] = key.split('/');
    for (const b of bindings) out.push({ hostIp: b.hostIp, hostPort: b.hostPort, containerPort, protocol });
  }
  return out;
}

function serviceFacts(lab: Lab, project: string, s: ServiceSource, c: Container | undefined): SimulatedService {
  const container = s.containerName?.value ?? `${project}-${s.name}-1`;
  const mode = s.networkMode?.value;
  const joins = sharedService(mode) ?? (mode !== undefined && isContainerMode(mode) ? containerModeTarget(mode) : '');
  const out: SimulatedService = {
    name: s.name,
    container,
    state: 'missing',
    hostname: '',
    networkMode: mode ?? '',
    attachments: [],
    ports: [],
  };
  if (joins !== '') out.joins = joins;
  if (!c) return out;
  out.state = c.state === 'running' || c.state === 'exited' || c.state === 'created' ? c.state : 'exited';
  if (c.state === 'exited') out.exitCode = c.exitCode;
  out.hostname = c.hostname;
  const owner = ownerOf(lab, c);
  out.networkMode = owner ? `container:${owner.name}` : c.networkMode;
  if (c.state === 'running') {
    const source = owner ?? c;
    out.attachments = attachmentsOf(lab, source, source === c);
    out.ports = portsOf(source);
  } else {
    // Not running: the networks it asked for, without addresses.
    out.attachments = Object.entries(c.networks).map(([netName, cfg]) => ({
      network: [...lab.networks.values()].find((n) => n.name === netName)?.labels[LABEL_NETWORK] ?? netName,
      networkName: netName,
      aliases: cfg.aliases,
    }));
  }
  return out;
}

/** compose's progress lines name what it was working on when the error came. */
const EVENT = /^ (Container|Network) (\S+) /;

function failureNote(
  stderr: string,
  path: string,
  text: string,
  folder: string,
  file: ComposeFileSource | undefined,
  facts: SimulationFacts,
): SimulationNote {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('time='));
  const message = lines[lines.length - 1]?.trim() ?? '';
  let subject: { kind: string; name: string } | undefined;
  for (const l of lines.slice(0, -1)) {
    const m = EVENT.exec(l);
    if (m) subject = { kind: m[1]!, name: m[2]! };
  }
  const note: SimulationNote = {
    message,
    explanation: /cannot join network namespace/.test(message)
      ? SIMULATION_NOTE_TEXT.joinerCannotStart
      : SIMULATION_NOTE_TEXT.upFailed,
  };
  if (subject?.kind === 'Container') {
    const svc = facts.services.find((s) => s.container === subject.name);
    const src = file?.services.find((s) => s.name === svc?.name);
    if (svc && src) {
      note.service = svc.name;
      note.range = serviceRange(src, message);
    }
  } else if (subject?.kind === 'Network') {
    const net = facts.networks.find((n) => n.name === subject.name);
    const src = file?.networks.find((n) => n.key === net?.key);
    if (src) note.range = src.keyRange;
  } else {
    // A load error: compose-go's own check says where.
    const range = loadErrorRange(path, text, folder);
    if (range) note.range = range;
  }
  return note;
}

/** Where in the service an engine error points: the port it names, the mode it joins, else the service. */
function serviceRange(s: ServiceSource, message: string): Range {
  const bind = /Bind for (\S+):(\d+) failed/.exec(message) ?? /bind host port (\S+):(\d+)\//.exec(message);
  if (bind) {
    const port = s.ports.find((p) => p.published === bind[2] || p.published.split('-')[0] === bind[2]);
    if (port) return port.range;
  }
  if (/network namespace|network mode|container type network/.test(message) && s.networkMode)
    return s.networkMode.range;
  return s.keyRange;
}

function loadErrorRange(path: string, text: string, folder: string): Range | undefined {
  try {
    loadProject([{ path, text }], { workingDir: folder });
  } catch (e) {
    if (e instanceof ComposeError && e.range && (e.file === undefined || e.file === path)) return e.range;
  }
  return undefined;
}

/** Containers that exited as soon as they started, with what their log says about it. */
function stoppedAtOnce(lab: Lab, facts: SimulationFacts, file: ComposeFileSource | undefined): SimulationNote[] {
  const notes: SimulationNote[] = [];
  for (const s of facts.services) {
    if (s.state !== 'exited') continue;
    const c = lab.containerByName(s.container);
    if (!c) continue;
    const src = file?.services.find((x) => x.name === s.name);
    const reason = c.logs.find((l) => /emerg|error|fatal|failed|in use|cannot/i.test(l));
    const shell = planMainProcess(c).kind === 'shell';
    const status = `${s.container} Exited (${c.exitCode})`;
    const note: SimulationNote = {
      service: s.name,
      message: reason === undefined ? status : `${status}: ${reason}`,
      explanation:
        reason !== undefined && /in use/i.test(reason)
          ? SIMULATION_NOTE_TEXT.portInUse
          : shell
            ? SIMULATION_NOTE_TEXT.shellExits
            : SIMULATION_NOTE_TEXT.exitedAtOnce,
    };
    if (src) note.range = (reason !== undefined && src.networkMode?.range) || src.image?.range || src.keyRange;
    notes.push(note);
  }
  return notes;
}
