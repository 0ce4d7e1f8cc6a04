// `docker compose run SERVICE [COMMAND...]` (docker/compose cmd/compose/run.go, pkg/compose/run.go
// prepareRun): dependencies created and started first (unless --no-deps), then a one-off container
// `<project>-<service>-run-<slug>` (or --name) labelled oneoff=True with its slug and no number,
// without the service's ports unless --service-ports (`-p` publishes instead), aliases only with
// --use-aliases; attached it prints what the command prints, `-d` prints the container's ID.
import { ComposeError } from '../../../../compose/errors';
import { withEnvironmentResolved } from '../../../../compose/envFile';
import { LABEL_NUMBER, LABEL_ONEOFF, LABEL_SLUG, parsedMounts, planProject } from '../../../../compose/plan';
import { createContainer } from '../../../../core/daemon/containerCreate';
import { startContainer } from '../../../../core/daemon/containerLifecycle';
import { isUserDefined } from '../../../../core/daemon/networkMode';
import { DockerError } from '../../../../core/lab/errors';
import type { Output } from '../../../../core/lab/output';
import { shortId } from '../../../../core/lab/shortId';
import { PortSpecError, parseExpose, parsePublish } from '../../../../core/net/portSpec';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import { selectServices } from './selection';
import { type Globals, type Printer, daemonText, load } from './shared';
import {
  checkExternalVolumes,
  createOne,
  ensureNetworks,
  ensureVolumes,
  readerOf,
  startOne,
  warnUnmanagedVolumes,
} from './up';

/** runCommand's PreRunE checks. */
export function checkRunFlags(flags: ParsedFlags): void {
  if ((flags.lists.get('publish') ?? []).length > 0 && flags.bools.has('service-ports'))
    throw new ComposeError('--service-ports and --publish are incompatible');
  if (flags.bools.has('tty') && flags.bools.has('no-tty'))
    throw new ComposeError("--tty and --no-tty can't be used together");
  for (const l of flags.lists.get('label') ?? [])
    if (!l.includes('=')) throw new ComposeError('label must be set as KEY=VALUE');
}

export function run(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  const [service, ...command] = flags.positionals;
  if (service === undefined) throw new ComposeError('requires at least 1 arg(s), only received 0');
  checkRunFlags(flags);
  const lab = ctx.lab;
  const project = withEnvironmentResolved(load(g, p).project, readerOf(ctx));
  const selected = selectServices(project, [service], !flags.bools.has('no-deps'));
  const plan = planProject(project, { scale: new Map([[service, 1]]) });
  // startDependencies runs Create, which makes the project's networks and volumes.
  checkExternalVolumes(lab, plan);
  warnUnmanagedVolumes(lab, plan, p);
  ensureNetworks(lab, plan, p);
  ensureVolumes(lab, plan, p);
  const deps = plan.containers.filter((a) => a.service !== service && selected.has(a.service));
  for (const a of deps) createOne(lab, plan, a, p, false);
  for (const a of deps) startOne(ctx, plan, a, p);

  const base = plan.containers.find((a) => a.service === service)!;
  const slug = lab.rng.hex(64);
  const name = flags.strings.get('name') ?? `${project.name}-${service}-run-${shortId(slug)}`;
  const s = project.services.find((x) => x.name === service)!;
  const options = { ...base.options, name };
  if (command.length > 0) options.cmd = command;
  // applyRunOptions: only the container's name unless --use-aliases.
  const useAliases = flags.bools.has('use-aliases');
  options.endpoints = Object.fromEntries(
    Object.entries(base.options.endpoints).map(([net, ep]) => [
      net,
      { ...ep, aliases: isUserDefined(net) ? (useAliases ? [name, ...(ep.aliases ?? []).slice(1)] : [name]) : [] },
    ]),
  );
  if (!flags.bools.has('service-ports')) {
    try {
      const exposed = s.expose.flatMap((e) => parseExpose(e));
      const bindings: NonNullable<typeof options.portBindings> = {};
      for (const spec of flags.lists.get('publish') ?? []) {
        const parsed = parsePublish(spec);
        exposed.push(...parsed.exposed);
        for (const [key, list] of Object.entries(parsed.bindings)) (bindings[key] ??= []).push(...list);
      }
      delete options.exposedPorts;
      delete options.portBindings;
      if (exposed.length > 0) options.exposedPorts = exposed;
      if (Object.keys(bindings).length > 0) options.portBindings = bindings;
    } catch (e) {
      if (e instanceof PortSpecError) throw new ComposeError(e.message);
      throw e;
    }
  }
  const env = flags.lists.get('env') ?? [];
  if (env.length > 0) options.env = [...(options.env ?? []), ...env];
  options.tty = !flags.bools.has('no-tty');
  options.openStdin = true;
  if (flags.bools.has('rm')) options.autoRemove = true;
  const labels: Record<string, string> = { ...base.labels, [LABEL_SLUG]: slug, [LABEL_ONEOFF]: 'True' };
  delete labels[LABEL_NUMBER];
  for (const l of flags.lists.get('label') ?? []) {
    const eq = l.indexOf('=');
    labels[l.slice(0, eq)] = l.slice(eq + 1);
  }
  try {
    const { container, warnings } = createContainer(lab, parsedMounts(options));
    lab.batch(() => {
      container.labels = labels;
      lab.markChanged();
    });
    for (const w of warnings) p.warn(w);
    const result = startContainer(lab, container, ctx.runInContainer);
    if (flags.bools.has('detach')) {
      p.stdout += `${container.id}\n`;
      return p.out();
    }
    if (result.interactiveShell) p.stderr += ctx.enterShell(container.id, true);
    p.stdout += result.output.stdout;
    p.stderr += result.output.stderr;
    return p.out(result.output.exitCode);
  } catch (e) {
    if (!(e instanceof DockerError)) throw e;
    throw new ComposeError(daemonText(e));
  }
}
