// `docker compose up [SERVICE...]` (docker/compose cmd/compose/up.go, pkg/compose/create.go and
// start.go): networks and volumes, then containers created per replica in dependency order, orphans warned
// about or removed, existing containers kept (or recreated with --force-recreate), replicas above
// the scale removed, then everything started unless --no-start.
import { withEnvironmentResolved } from '../../../../compose/envFile';
import { ComposeError } from '../../../../compose/errors';
import { ipamPoolError } from '../../../../compose/ipamPool';
import {
  type ComposePlan,
  type ContainerAction,
  LABEL_PROJECT,
  LABEL_SERVICE,
  parsedMounts,
  planProject,
} from '../../../../compose/plan';
import { type Project, withoutUnnecessaryResources } from '../../../../compose/project';
import { createContainer } from '../../../../core/daemon/containerCreate';
import { startContainer } from '../../../../core/daemon/containerLifecycle';
import { removeContainer } from '../../../../core/daemon/containerStop';
import { healthDecidedAt, isEnabled } from '../../../../core/daemon/health';
import { containerMode } from '../../../../core/daemon/networkMode';
import { createNetwork } from '../../../../core/daemon/networkCreate';
import { createVolume } from '../../../../core/daemon/volumes';
import { DockerError } from '../../../../core/lab/errors';
import type { Lab } from '../../../../core/lab/lab';
import type { Container } from '../../../../core/lab/model';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { stopAndRemove } from './containerOps';
import { selectServices } from './selection';
import {
  type Globals,
  type Printer,
  byName,
  daemonText,
  isOneOff,
  load,
  numberOf,
  projectContainers,
  serviceOf,
} from './shared';

/** cmd/compose/up.go validateFlags and create.go's checks, in their order and words. */
const CONFLICTS: Array<[string, string, string]> = [
  ['build', 'no-build', '--build and --no-build are incompatible'],
  ['force-recreate', 'no-recreate', '--force-recreate and --no-recreate are incompatible'],
  ['always-recreate-deps', 'no-recreate', '--always-recreate-deps and --no-recreate are incompatible'],
];

export function checkUpFlags(flags: ParsedFlags): void {
  for (const [a, b, message] of CONFLICTS)
    if (flags.bools.has(a) && flags.bools.has(b)) throw new ComposeError(message);
}

/** create.go applyScaleOpts: `SERVICE=NUM`, each service known to the project. */
export function scaleOptions(project: Project, specs: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? spec : spec.slice(0, eq);
    const value = eq < 0 ? '' : spec.slice(eq + 1);
    if (eq < 0 || value === '') throw new ComposeError(`invalid --scale option "${spec}". Should be SERVICE=NUM`);
    if (!/^[+-]?\d+$/.test(value)) throw new ComposeError(`strconv.Atoi: parsing "${value}": invalid syntax`);
    if (!project.services.some((s) => s.name === name)) throw new ComposeError(`no such service: ${name}: not found`);
    out.set(name, Number(value));
  }
  return out;
}

export function ensureNetworks(lab: Lab, plan: ComposePlan, p: Printer): void {
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
    for (const pool of n.request.ipam ?? []) {
      const poolError = ipamPoolError(pool);
      if (poolError) throw new ComposeError(poolError.message);
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

/** create.go checkExternalVolumes: an external volume must exist before anything is created. */
export function checkExternalVolumes(lab: Lab, plan: ComposePlan): void {
  for (const v of plan.volumes)
    if (v.external && !lab.volumes.has(v.name)) throw new ComposeError(`external volume "${v.name}" not found`);
}

/**
 * create.go warnUnmanagedVolumes, before anything is created: a volume of that name is reused as it
 * is, with a warning when compose did not create it for this project.
 */
export function warnUnmanagedVolumes(lab: Lab, plan: ComposePlan, p: Printer): void {
  for (const v of plan.volumes) {
    const owner = v.external ? undefined : lab.volumes.get(v.name)?.labels?.[LABEL_PROJECT];
    if (v.external || !lab.volumes.has(v.name) || owner === plan.project) continue;
    if (owner === undefined || owner === '')
      p.warn(
        `volume ${JSON.stringify(v.name)} already exists but was not created by Docker Compose. Use \`external: true\` to use an existing volume`,
      );
    else
      p.warn(
        `volume ${JSON.stringify(v.name)} already exists but was created for project ${JSON.stringify(owner)} (expected ${JSON.stringify(plan.project)}). Use \`external: true\` to use an existing volume`,
      );
  }
}

/**
 * reconcileVolumes' creations, by key (createVolume: `Volume NAME` Creating, Created); an existing
 * volume of that name is kept. The driver is not modelled: every volume is the local driver's.
 */
export function ensureVolumes(lab: Lab, plan: ComposePlan, p: Printer): void {
  for (const v of plan.volumes) {
    if (v.external || !v.request || lab.volumes.has(v.name)) continue;
    const id = `Volume ${v.name}`;
    p.event(id, 'Creating');
    try {
      // DriverOpts is compose-go's map as loaded: nil (Options null) when the file sets none.
      const opts = v.request.driverOpts;
      createVolume(lab, v.name, { ...v.request.labels }, Object.keys(opts).length > 0 ? { ...opts } : null);
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      p.event(id, 'Error', daemonText(e));
      throw new ComposeError(daemonText(e));
    }
    p.event(id, 'Created');
  }
}

/** The plan's first container for a service, through an index built once per plan. */
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

/**
 * create.go buildContainerMountOptions: a recreated container keeps its predecessor's anonymous
 * volumes (an anonymous service volume on the same target mounts the old volume by name).
 */
function inheritAnonymous(options: ContainerAction['options'], previous: Container | undefined): void {
  if (!previous || !options.mounts) return;
  options.mounts = options.mounts.map((m) => {
    if (m.type !== 'volume' || m.source !== '') return m;
    const old = (previous.mounts ?? []).find((x) => x.type === 'volume' && x.destination === m.target);
    return old?.name ? { ...m, source: old.name } : m;
  });
}

function create(lab: Lab, plan: ComposePlan, a: ContainerAction, p: Printer, id: string, previous?: Container): void {
  const options = { ...a.options };
  inheritAnonymous(options, previous);
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
    const { container, warnings } = createContainer(lab, parsedMounts(options));
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
}

/** One container of the plan: kept when it exists, recreated when forced (one Recreate/Recreated group), else created. */
export function createOne(lab: Lab, plan: ComposePlan, a: ContainerAction, p: Printer, force: boolean): void {
  const existing = lab.containerByName(a.name);
  const id = `Container ${a.name}`;
  const ours = existing?.labels?.[LABEL_PROJECT] === plan.project && existing.labels[LABEL_SERVICE] === a.service;
  if (existing && ours && !force) return;
  if (existing && ours) {
    p.event(id, 'Recreate');
    removeContainer(lab, existing.id, true);
    create(lab, plan, a, p, id, existing);
    p.event(id, 'Recreated');
    return;
  }
  p.event(id, 'Creating');
  create(lab, plan, a, p, id);
  p.event(id, 'Created');
}

/**
 * waitDependencies (docker/compose pkg/compose/convergence.go): for service_healthy the lab clock
 * runs until the dependency's health leaves `starting` (isServiceHealthy), which fails on
 * unhealthy; or completed successfully.
 */
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
      const decided = healthDecidedAt(ctx.lab, c, c.healthcheck);
      const remaining = decided.at - ctx.lab.now;
      if (remaining > 0) ctx.lab.tick(Math.ceil(remaining));
      if (decided.status === 'unhealthy') {
        p.event(id, `Error dependency ${dep.service} failed to start`);
        throw new ComposeError(`dependency failed to start: container ${name} is unhealthy`);
      }
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

export function startOne(ctx: CommandContext, plan: ComposePlan, a: ContainerAction, p: Printer): void {
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

/** isOrphaned: a service the project does not declare, or a one-off container that has exited. */
function orphans(lab: Lab, project: Project): Container[] {
  const declared = new Set(project.services.map((s) => s.name));
  return projectContainers(lab, project.name)
    .filter((c) => (isOneOff(c) ? c.state === 'exited' || c.state === 'dead' : !declared.has(serviceOf(c))))
    .sort(byName);
}

/** The environment files each service names, read through the session's FileReader. */
export const readerOf =
  (ctx: CommandContext) =>
  (path: string): string | undefined =>
    ctx.files.isDirectory(path) ? undefined : ctx.files.readText(path);

export function up(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  checkUpFlags(flags);
  const loaded = load(g, p);
  const project = withEnvironmentResolved(loaded.project, readerOf(ctx));
  const scale = scaleOptions(project, flags.lists.get('scale') ?? []);
  const selected = selectServices(project, flags.positionals, !flags.bools.has('no-deps'));
  const planned = planProject(project, { scale });
  // WithServices (cmd/compose/compose.go): `up SERVICE` loads the named services and their
  // dependencies, and WithoutUnnecessaryResources keeps only their networks and volumes.
  const withDependencies = selectServices(project, flags.positionals, true);
  const needed = g.allResources
    ? project
    : withoutUnnecessaryResources({
        ...project,
        services: project.services.filter((s) => withDependencies.has(s.name)),
      });
  const keys = (list: ReadonlyArray<{ key: string }>) => new Set(list.map((x) => x.key));
  const [networks, volumes] = [keys(needed.networks), keys(needed.volumes)];
  const plan = {
    ...planned,
    networks: planned.networks.filter((n) => networks.has(n.key)),
    volumes: planned.volumes.filter((v) => volumes.has(v.key)),
  };
  const lab = ctx.lab;
  const stale = orphans(lab, project);
  const removeOrphans = flags.bools.has('remove-orphans');
  if (stale.length > 0 && !removeOrphans)
    p.warn(
      `Found orphan containers (${stale.map((c) => c.name).join(', ')}) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`,
    );
  checkExternalVolumes(lab, plan);
  warnUnmanagedVolumes(lab, plan, p);
  ensureNetworks(lab, plan, p);
  ensureVolumes(lab, plan, p);
  if (removeOrphans) for (const c of stale) stopAndRemove(lab, c, p, undefined);
  const actions = plan.containers.filter((a) => selected.has(a.service));
  const targeted = new Set(flags.positionals.length > 0 ? flags.positionals : selected);
  const force = flags.bools.has('force-recreate');
  for (const a of actions) createOne(lab, plan, a, p, force && targeted.has(a.service));
  // Replicas above the scale (the highest numbers first) are stopped and removed.
  for (const service of selected) {
    const wanted = plan.containers.filter((a) => a.service === service).length;
    const extra = projectContainers(lab, project.name)
      .filter((c) => serviceOf(c) === service && !isOneOff(c) && numberOf(c) > wanted)
      .sort((a, b) => numberOf(b) - numberOf(a));
    for (const c of extra) stopAndRemove(lab, c, p, undefined);
  }
  if (flags.bools.has('no-start')) return p.out();
  for (const a of actions) startOne(ctx, plan, a, p);
  if (!flags.bools.has('detach')) {
    p.stderr += `The lab cannot attach to containers: project ${plan.project} was started detached, as with \`up -d\`.\n`;
  }
  return p.out();
}
