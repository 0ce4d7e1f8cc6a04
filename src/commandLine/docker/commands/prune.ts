// `docker container prune`, `docker image prune` and `docker system prune`: docker/cli
// cli/command/container/prune.go, image/prune.go and system/prune.go (with the pruners of
// system/pruner: container, network, volume with --volumes, image, build cache, in that order).
// Without -f the CLI asks (internal/prompt Confirm); the lab's terminal has no input for it, so the
// prompt reads end of input, which is "no": the warning and a newline, nothing removed, exit 0, as
// `docker network prune` answers. The lab models no writable layers, images without a name, or
// build cache: containers, networks and volumes reclaim 0B, and only -a removes images (their content).
import { DockerError } from '../../../core/lab/errors';
import { type Output, fail, ok } from '../../../core/lab/output';
import { parseFilterArgs } from '../../../core/daemon/filterArgs';
import { pruneNetworks } from '../../../core/daemon/networkCreate';
import {
  type PruneFilter,
  pruneAnonymousVolumes,
  pruneContainers,
  pruneFilter,
  pruneFilterKeeps,
} from '../../../core/daemon/prune';
import type { DeleteRecord } from '../../../core/daemon/imageDelete';
import { type ImagePruneReport, pruneUnusedImages } from '../../../core/daemon/imagePrune';
import { naturalCompare } from '../../../core/text/naturalSort';
import { humanSize } from '../../print/humanSize';
import type { CommandContext } from '../context';
import { checkFilterValue } from '../filterFlag';
import type { FlagSpec } from '../flags';
import { errorText } from '../output';
import { type CommandSpec, prologue } from '../prologue';
import { parseLogTime } from './logTime';

const FILTER: FlagSpec = { name: 'filter', type: 'list', check: checkFilterValue };
const FORCE: FlagSpec = { name: 'force', short: 'f', type: 'bool' };

export const CONTAINER_PRUNE: CommandSpec = {
  usage: 'docker container prune [OPTIONS]',
  arity: { kind: 'none' },
  flags: [FORCE, FILTER],
};
export const IMAGE_PRUNE: CommandSpec = {
  usage: 'docker image prune [OPTIONS]',
  arity: { kind: 'none' },
  flags: [FORCE, { name: 'all', short: 'a', type: 'bool' }, FILTER],
};
export const SYSTEM_PRUNE: CommandSpec = {
  usage: 'docker system prune [OPTIONS]',
  arity: { kind: 'none' },
  flags: [FORCE, { name: 'all', short: 'a', type: 'bool' }, { name: 'volumes', type: 'bool' }, FILTER],
};

/** The keys each prune endpoint accepts (moby daemon/prune.go, network/filter.go, containerd/image_prune.go). */
const CONTAINER_KEYS = ['label', 'label!', 'until'];
const IMAGE_KEYS = ['dangling', 'label', 'label!', 'until'];

/** prompt.Confirm's question, read as "no" at end of input. */
const declined = (warning: string) => ok(`${warning} [y/N] \n`);

/** Containers, networks and volumes free nothing the lab counts (no writable layers, empty volumes). */
const TOTAL = 'Total reclaimed space: 0B\n';

/** `Deleted Containers:` and the like: the heading, one line each, and Fprintln's blank line. */
const listed = (heading: string, items: readonly string[]) =>
  items.length === 0 ? '' : `${heading}\n${items.map((i) => `${i}\n`).join('')}\n`;

function filterOf(ctx: CommandContext, specs: readonly string[], accepted: readonly string[]): PruneFilter {
  return pruneFilter(parseFilterArgs(specs), accepted, (v) => parseLogTime(v, ctx.lab.now));
}

/** A daemon refusal (an invalid filter), framed as every command frames it. */
function daemonStep(step: () => Output): Output {
  try {
    return step();
  } catch (e) {
    if (e instanceof DockerError) return fail(errorText(e), 1);
    throw e;
  }
}

export function containerPruneCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(CONTAINER_PRUNE, args);
  if (p.output) return p.output;
  if (!p.flags.bools.has('force'))
    return declined('WARNING! This will remove all stopped containers.\nAre you sure you want to continue?');
  const specs = p.flags.lists.get('filter') ?? [];
  return daemonStep(() => {
    const deleted = pruneContainers(ctx.lab, filterOf(ctx, specs, CONTAINER_KEYS));
    return ok(listed('Deleted Containers:', deleted) + TOTAL);
  });
}

/** image/prune.go runPrune's report: `untagged:` / `deleted:` lines under Deleted Images. */
function imageReport(records: readonly DeleteRecord[]): string {
  return listed(
    'Deleted Images:',
    records.map((r) => ('untagged' in r ? `untagged: ${r.untagged}` : `deleted: ${r.deleted}`)),
  );
}

/** The image pruner: nothing without -a (no image of the lab is dangling), unused names with it. */
function pruneImages(ctx: CommandContext, all: boolean, specs: readonly string[]): ImagePruneReport {
  const f = filterOf(ctx, specs, IMAGE_KEYS);
  return all ? pruneUnusedImages(ctx.lab, f) : { records: [], reclaimed: 0 };
}

const total = (bytes: number) => `Total reclaimed space: ${humanSize(bytes, 4)}\n`;

export function imagePruneCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(IMAGE_PRUNE, args);
  if (p.output) return p.output;
  const all = p.flags.bools.has('all');
  if (!p.flags.bools.has('force'))
    return declined(
      all
        ? 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?'
        : 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?',
    );
  const specs = p.flags.lists.get('filter') ?? [];
  return daemonStep(() => {
    const report = pruneImages(ctx, all, specs);
    return ok(imageReport(report.records) + total(report.reclaimed));
  });
}

/** system/prune.go confirmationTemplate: the pruners' lines, then the label/until filters, naturally sorted. */
function systemWarning(volumes: boolean, all: boolean, specs: readonly string[]): string {
  const warnings = [
    'all stopped containers',
    'all networks not used by at least one container',
    ...(volumes ? ['all anonymous volumes not used by at least one container'] : []),
    all ? 'all images without at least one container associated to them' : 'all dangling images',
    all ? 'all build cache' : 'unused build cache',
  ];
  const byKey = parseFilterArgs(specs);
  const filters = ['label', 'label!', 'until']
    .flatMap((key) => [...new Set(byKey.get(key) ?? [])].map((v) => `${key}=${v}`))
    .sort(naturalCompare);
  const filterText =
    filters.length > 0
      ? `\n  Items to be pruned will be filtered with:${filters.map((f) => `\n  - ${f}`).join('')}\n`
      : '';
  return `WARNING! This will remove:${warnings.map((w) => `\n  - ${w}`).join('')}\n${filterText}\nAre you sure you want to continue?`;
}

export function systemPruneCommand(ctx: CommandContext, args: string[]): Output {
  const p = prologue(SYSTEM_PRUNE, args);
  if (p.output) return p.output;
  const { flags } = p;
  const specs = flags.lists.get('filter') ?? [];
  const volumes = flags.bools.has('volumes');
  // dryRun: the volume pruner refuses `until` before anything is asked.
  if (volumes && parseFilterArgs(specs).has('until'))
    return fail('ERROR: The "until" filter is not supported with "--volumes"\n', 1);
  const all = flags.bools.has('all');
  if (!flags.bools.has('force')) return declined(systemWarning(volumes, all, specs));
  let stdout = '';
  return daemonStep(() => {
    // Each pruner asks its endpoint in turn; the first refusal ends the command.
    const containers = pruneContainers(ctx.lab, filterOf(ctx, specs, CONTAINER_KEYS));
    stdout += listed('Deleted Containers:', containers);
    const f = filterOf(ctx, specs, CONTAINER_KEYS);
    stdout += listed(
      'Deleted Networks:',
      pruneNetworks(ctx.lab, (n) => pruneFilterKeeps(f, n.labels, n.createdAt)),
    );
    if (volumes) stdout += listed('Deleted Volumes:', pruneAnonymousVolumes(ctx.lab, f));
    const images = pruneImages(ctx, all, specs);
    return ok(stdout + imageReport(images.records) + total(images.reclaimed));
  });
}
