// `docker compose [-f FILE]... [-p NAME] up [-d] | down | ps [-a] | config`: the compose model
// (src/compose) loaded from the session's folder, applied to the lab with docker/compose's plain
// (non-TTY) progress lines on stderr: ` Container demo-web-1 Started ` (pkg/compose, cmd/display/plain.go).
import { canonicalYaml } from '../../../compose/canonical';
import { startOrder } from '../../../compose/dependencies';
import { ComposeError } from '../../../compose/errors';
import { composeEnvironment, resolveComposeFiles } from '../../../compose/files';
import { type LoadedProject, loadProject } from '../../../compose/loadProject';
import {
  type ComposePlan,
  type ContainerAction,
  LABEL_PROJECT,
  LABEL_SERVICE,
  planProject,
} from '../../../compose/plan';
import { checkImperativeName } from '../../../compose/projectName';
import { createContainer } from '../../../core/daemon/containerCreate';
import { startContainer, stopContainer } from '../../../core/daemon/containerLifecycle';
import { removeContainer } from '../../../core/daemon/containerStop';
import type { FileReader } from '../../../core/files/fileReader';
import { dirnameOf } from '../../../core/files/posixPath';
import { DockerError } from '../../../core/lab/errors';
import type { Lab } from '../../../core/lab/lab';
import type { Container } from '../../../core/lab/model';
import { createNetwork, removeNetwork } from '../../../core/daemon/networkCreate';
import { humanDuration } from '../../print/duration';
import { portsColumn } from '../../print/ports';
import { commandColumn, statusColumn } from '../../print/psTable';
import { formatTable } from '../../print/table';
import type { CommandContext } from '../context';
import { FlagError, type FlagSpec, type ParsedFlags, parseFlags } from '../flags';
import type { Output } from '../../../core/lab/output';
import { internalErrorText } from '../output';
import { own } from '../../../core/lab/own';
import { isEnabled } from '../../../core/daemon/health';
import { containerMode } from '../../../core/daemon/networkMode';

export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'file', short: 'f', type: 'list' },
  { name: 'project-name', short: 'p', type: 'string' },
  { name: 'profile', type: 'list' },
  { name: 'env-file', type: 'list' },
  { name: 'progress', type: 'string' },
  { name: 'ansi', type: 'string' },
  { name: 'help', short: 'h', type: 'bool' },
];

export const SUB_FLAGS: Record<string, FlagSpec[]> = {
  up: [
    { name: 'detach', short: 'd', type: 'bool' },
    { name: 'help', short: 'h', type: 'bool' },
  ],
  down: [
    { name: 'remove-orphans', type: 'bool' },
    { name: 'volumes', short: 'v', type: 'bool' },
    { name: 'rmi', type: 'string' },
    { name: 'timeout', short: 't', type: 'string' },
    { name: 'help', short: 'h', type: 'bool' },
  ],
  ps: [
    { name: 'all', short: 'a', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'help', short: 'h', type: 'bool' },
  ],
  config: [
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'services', type: 'bool' },
    { name: 'networks', type: 'bool' },
    { name: 'help', short: 'h', type: 'bool' },
  ],
  logs: [
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'no-log-prefix', type: 'bool' },
    { name: 'tail', short: 'n', type: 'string' },
    { name: 'help', short: 'h', type: 'bool' },
  ],
};

const USAGE = `Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Options:
  -f, --file stringArray           Compose configuration files
  -p, --project-name string        Project name

Commands (in the lab):
  config      Parse, resolve and render compose file in canonical format
  down        Stop and remove containers, networks
  ps          List containers
  up          Create and start containers
`;

/** Accumulates what the command prints. */
class Printer {
  stdout = '';
  stderr = '';
  constructor(private readonly lab: Lab) {}
  /** plainWriter.Event: fmt.Fprintln("", ID, Text, Details). */
  event(id: string, text: string, details = ''): void {
    this.stderr += ` ${id} ${text} ${details}\n`;
  }
  /** logrus' text formatter on a non-terminal, stamped with the lab's clock. */
  warn(message: string): void {
    const time = new Date(this.lab.now * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.stderr += `time="${time}" level=warning msg=${JSON.stringify(message)}\n`;
  }
  out(exitCode = 0): Output {
    return { stdout: this.stdout, stderr: this.stderr, exitCode };
  }
  fail(message: string): Output {
    this.stderr += message.endsWith('\n') ? message : `${message}\n`;
    return this.out(1);
  }
}

interface Globals {
  fileFlags: string[];
  projectName: string | undefined;
  cwd: string;
  home: string;
  files: FileReader;
  /** The simulated host's name, for $HOSTNAME in interpolation. */
  hostname: string;
  profiles: string[];
}

function load(g: Globals, p: Printer): LoadedProject {
  const resolved = resolveComposeFiles(g.files, g.cwd, g.fileFlags);
  for (const w of resolved.warnings) p.warn(w);
  const projectDir = dirnameOf(resolved.inputs[0]!.path);
  const shell = new Map([
    ['HOME', g.home],
    ['USER', 'root'],
    ['HOSTNAME', g.hostname],
    ['PWD', g.cwd],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ]);
  const environment = composeEnvironment(g.files, projectDir, shell);
  const profiles =
    g.profiles.length > 0 ? g.profiles : (environment('COMPOSE_PROFILES') ?? '').split(',').filter((x) => x !== '');
  const loaded = loadProject(resolved.inputs, {
    ...(g.projectName === undefined ? {} : { projectName: g.projectName }),
    environment,
    profiles,
  });
  for (const w of loaded.warnings) p.warn(w.message);
  return loaded;
}

const daemonText = (e: DockerError) => (e.source === 'daemon' ? `Error response from daemon: ${e.message}` : e.message);

const projectContainers = (lab: Lab, project: string): Container[] =>
  [...lab.containers.values()].filter((c) => c.labels?.[LABEL_PROJECT] === project);

// --- up -------------------------------------------------------------------------------------

function ensureNetworks(lab: Lab, plan: ComposePlan, p: Printer): void {
  for (const n of plan.networks) {
    if (n.external && !lab.findNetwork(n.name))
      throw new ComposeError(`network ${n.name} declared as external, but could not be found`);
  }
  for (const n of plan.networks) {
    if (n.external || !n.request) continue;
    const existing = [...lab.networks.values()].find((x) => x.name === n.name);
    if (existing) {
      if (existing.composeProject === '')
        p.warn(
          `a network with name ${n.name} exists but was not created by compose.\nSet \`external: true\` to use an existing network`,
        );
      else if (existing.composeProject !== plan.project)
        p.warn(
          `a network with name ${n.name} exists but was not created for project "${plan.project}".\nSet \`external: true\` to use an existing network`,
        );
      continue;
    }
    const id = `Network ${n.name}`;
    p.event(id, 'Creating');
    try {
      createNetwork(lab, n.request);
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      p.event(id, 'Error', daemonText(e));
      throw new ComposeError(`failed to create network ${n.name}: ${daemonText(e)}`);
    }
    p.event(id, 'Created');
  }
}

/** The plan's container for a service, through an index built once per plan (not a search per call). */
const planIndex = new WeakMap<ComposePlan, Map<string, ContainerAction>>();
function containerOf(plan: ComposePlan, service: string): ContainerAction | undefined {
  let index = planIndex.get(plan);
  if (!index) {
    index = new Map();
    for (const c of plan.containers) if (!index.has(c.service)) index.set(c.service, c);
    planIndex.set(plan, index);
  }
  return index.get(service);
}

function createOne(lab: Lab, plan: ComposePlan, a: ContainerAction, p: Printer): void {
  const existing = lab.containerByName(a.name);
  if (existing && existing.labels?.[LABEL_PROJECT] === plan.project && existing.labels[LABEL_SERVICE] === a.service)
    return;
  const id = `Container ${a.name}`;
  p.event(id, 'Creating');
  const options = { ...a.options };
  if (a.shareNamespaceWith !== undefined) {
    const target = containerOf(plan, a.shareNamespaceWith);
    const ctr = target ? lab.containerByName(target.name) : undefined;
    if (!ctr) {
      const message = `cannot share network namespace with service ${a.shareNamespaceWith}: container missing`;
      p.event(id, message);
      throw new ComposeError(message);
    }
    options.networkMode = containerMode(ctr.id);
  }
  try {
    const { container, warnings } = createContainer(lab, options);
    lab.batch(() => {
      container.labels = { ...a.labels };
      lab.markChanged();
    });
    for (const w of warnings) p.warn(w);
  } catch (e) {
    if (!(e instanceof DockerError)) throw e;
    p.event(id, daemonText(e));
    throw new ComposeError(daemonText(e));
  }
  p.event(id, 'Created');
}

/** waitDependencies: healthy (the lab clock runs until the first check) or completed successfully. */
function waitForDependencies(ctx: CommandContext, plan: ComposePlan, a: ContainerAction, p: Printer): void {
  for (const dep of a.waitFor) {
    const name = containerOf(plan, dep.service)?.name;
    const c = name ? ctx.lab.containerByName(name) : undefined;
    if (!c || !name) continue;
    const id = `Container ${name}`;
    p.event(id, 'Waiting');
    if (dep.condition === 'service_healthy') {
      if (!isEnabled(c.healthcheck)) {
        p.event(id, `Error dependency ${dep.service} failed to start`);
        throw new ComposeError(`dependency failed to start: container ${name} has no healthcheck configured`);
      }
      if (c.state !== 'running')
        throw new ComposeError(`dependency failed to start: container ${name} exited (${c.exitCode})`);
      const remaining = c.startedAt + c.healthcheck.interval - ctx.lab.now;
      if (remaining > 0) ctx.lab.tick(Math.ceil(remaining));
      p.event(id, 'Healthy');
    } else if (dep.condition === 'service_completed_successfully') {
      if (c.state === 'running')
        throw new ComposeError(`service "${dep.service}" didn't complete successfully: it is still running`);
      if (c.exitCode !== 0)
        throw new ComposeError(`service "${dep.service}" didn't complete successfully: exit ${c.exitCode}`);
      p.event(id, 'Exited');
    }
  }
}

function startOne(ctx: CommandContext, plan: ComposePlan, a: ContainerAction, p: Printer): void {
  const c = ctx.lab.containerByName(a.name);
  if (!c) return;
  const id = `Container ${a.name}`;
  if (c.state === 'running') {
    p.event(id, 'Running');
    return;
  }
  waitForDependencies(ctx, plan, a, p);
  p.event(id, 'Starting');
  try {
    startContainer(ctx.lab, c, ctx.runInContainer);
  } catch (e) {
    if (!(e instanceof DockerError)) throw e;
    // compose v5's startServiceContainer returns the engine's error without an event of its own.
    throw new ComposeError(daemonText(e));
  }
  p.event(id, 'Started');
}

function up(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const loaded = load(g, p);
  const plan = planProject(loaded.project);
  ensureNetworks(ctx.lab, plan, p);
  for (const a of plan.containers) createOne(ctx.lab, plan, a, p);
  for (const a of plan.containers) startOne(ctx, plan, a, p);
  if (!flags.bools.has('detach')) {
    p.stderr += `The lab cannot attach to containers: project ${plan.project} was started detached, as with \`up -d\`.\n`;
  }
  return p.out();
}

// --- down -----------------------------------------------------------------------------------

function down(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const lab = ctx.lab;
  let loaded: LoadedProject | undefined;
  try {
    loaded = load(g, p);
  } catch (e) {
    // Without a file, `-p NAME` alone names the project to take down.
    if (!(
      e instanceof ComposeError &&
      g.projectName !== undefined &&
      /^no configuration file provided/.test(e.message)
    ))
      throw e;
  }
  const name = loaded?.project.name ?? g.projectName!;
  const containers = projectContainers(lab, name);
  let serviceOrder: string[];
  if (loaded) serviceOrder = startOrder(loaded.project).reverse();
  else serviceOrder = [...new Set([...containers].reverse().map((c) => c.labels?.[LABEL_SERVICE] ?? ''))];
  // Grouped once: a filter of all containers per service is quadratic in a large project.
  const byService = new Map<string, Container[]>();
  for (const c of containers) {
    const service = c.labels?.[LABEL_SERVICE] ?? '';
    const list = byService.get(service);
    if (list) list.push(c);
    else byService.set(service, [c]);
  }
  if (loaded && flags.bools.has('remove-orphans')) {
    // Containers of services the file no longer has (docker/compose down.go, RemoveOrphans).
    const known = new Set(serviceOrder);
    serviceOrder.unshift(...[...byService.keys()].filter((s) => !known.has(s)).sort());
  }
  let removed = 0;
  for (const service of serviceOrder) {
    for (const c of (byService.get(service) ?? []).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const id = `Container ${c.name}`;
      p.event(id, 'Stopping');
      stopContainer(lab, c);
      p.event(id, 'Stopped');
      p.event(id, 'Removing');
      removeContainer(lab, c.id, true);
      p.event(id, 'Removed');
      removed++;
    }
  }
  const networks = loaded
    ? [...loaded.project.networks]
        .filter((n) => !n.external)
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map((n) => n.name)
    : [...lab.networks.values()]
        .filter((n) => n.composeProject === name)
        .map((n) => n.name)
        .sort();
  for (const netName of networks) {
    const net = [...lab.networks.values()].find((n) => n.name === netName && n.composeProject === name);
    if (!net) continue;
    const id = `Network ${netName}`;
    p.event(id, 'Removing');
    try {
      removeNetwork(lab, net.id);
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      p.event(id, 'Resource is still in use');
      continue;
    }
    p.event(id, 'Removed');
    removed++;
  }
  if (removed === 0) p.warn(`Warning: No resource found to remove for project "${name}".`);
  return p.out();
}

// --- ps / config ----------------------------------------------------------------------------

function ps(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  let name = g.projectName;
  let services: string[] | undefined;
  if (name === undefined) {
    const loaded = load(g, p);
    name = loaded.project.name;
    services = loaded.project.services.map((s) => s.name);
  }
  const rows = projectContainers(ctx.lab, name)
    .filter((c) => services === undefined || services.includes(c.labels?.[LABEL_SERVICE] ?? ''))
    .filter((c) => flags.bools.has('all') || c.state === 'running')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (flags.bools.has('quiet')) {
    p.stdout += rows.map((c) => `${c.id}\n`).join('');
    return p.out();
  }
  const now = ctx.lab.now;
  p.stdout += formatTable([
    ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
    ...rows.map((c) => [
      c.name,
      c.image,
      commandColumn(c, true),
      c.labels?.[LABEL_SERVICE] ?? '',
      `${humanDuration(now - c.createdAt)} ago`,
      statusColumn(c, now),
      portsColumn(c),
    ]),
  ]);
  return p.out();
}

/** `compose logs [SERVICE...]`: each container's lines behind `name  | `, names padded to one width. */
function logs(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const loaded = load(g, p);
  const wanted = flags.positionals;
  const rows = projectContainers(ctx.lab, loaded.project.name)
    .filter((c) => wanted.length === 0 || wanted.includes(c.labels?.[LABEL_SERVICE] ?? ''))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const width = Math.max(0, ...rows.map((c) => c.name.length));
  const tail = Number(flags.strings.get('tail') ?? -1);
  for (const c of rows) {
    const lines = tail >= 0 ? c.logs.slice(Math.max(0, c.logs.length - tail)) : c.logs;
    for (const line of lines)
      p.stdout += flags.bools.has('no-log-prefix') ? `${line}\n` : `${c.name.padEnd(width)}  | ${line}\n`;
  }
  return p.out();
}

function config(g: Globals, flags: ParsedFlags, p: Printer): Output {
  const loaded = load(g, p);
  if (flags.bools.has('services')) p.stdout += loaded.project.services.map((s) => `${s.name}\n`).join('');
  else if (flags.bools.has('networks')) p.stdout += loaded.project.networks.map((n) => `${n.key}\n`).join('');
  else if (!flags.bools.has('quiet')) p.stdout += canonicalYaml(loaded.project);
  return p.out();
}

// --- entry ----------------------------------------------------------------------------------

export function composeCommand(ctx: CommandContext, args: string[]): Output {
  const p = new Printer(ctx.lab);
  let globals: ParsedFlags;
  try {
    globals = parseFlags(GLOBAL_FLAGS, args, false);
  } catch (e) {
    if (e instanceof FlagError) return p.fail(e.message);
    throw e;
  }
  const [sub, ...rest] = globals.positionals;
  if (sub === undefined || globals.bools.has('help')) return { stdout: USAGE, stderr: '', exitCode: 0 };
  const specs = own(SUB_FLAGS, sub);
  if (!specs) return p.fail(`unknown docker command: "compose ${sub}"`);
  let flags: ParsedFlags;
  try {
    flags = parseFlags(specs, rest, true);
  } catch (e) {
    if (e instanceof FlagError) return p.fail(e.message);
    throw e;
  }
  if (flags.bools.has('help')) return { stdout: USAGE, stderr: '', exitCode: 0 };
  const g: Globals = {
    fileFlags: globals.lists.get('file') ?? [],
    projectName: globals.strings.get('project-name'),
    cwd: ctx.cwd,
    home: ctx.home,
    files: ctx.files,
    hostname: ctx.lab.hostProfile.hostname,
    profiles: globals.lists.get('profile') ?? [],
  };
  try {
    if (g.projectName !== undefined) checkImperativeName(g.projectName);
    return ctx.lab.batch(() => {
      switch (sub) {
        case 'up':
          return up(ctx, g, flags, p);
        case 'down':
          return down(ctx, g, flags, p);
        case 'ps':
          return ps(ctx, g, flags, p);
        case 'logs':
          return logs(ctx, g, flags, p);
        default:
          return config(g, flags, p);
      }
    });
  } catch (e) {
    if (e instanceof ComposeError) return p.fail(e.message);
    // A bug in the lab's compose must not end the session, nor pass for compose's own answer.
    return p.fail(internalErrorText('docker compose', e));
  }
}
