// `docker network create|ls|rm|prune|connect|disconnect|inspect`: cobra's argument checks and
// flag tables, the CLI's own validation, then the daemon operations, printed as docker does.
import { DockerError } from '../../../core/lab/errors';
import { FILTER_FLAG, checkFilterValue } from '../filterFlag';
import { connectContainer, disconnectContainer } from '../../../core/daemon/networkConnect';
import { createNetwork, pruneNetworks, removeNetwork } from '../../../core/daemon/networkCreate';
import { FilterFormatError, parseFilterArgs } from '../../../core/daemon/filterArgs';
import { filterNetworks } from '../../../core/daemon/networkFilter';
import { type JsonValue, indentedArray } from '../../print/json';
import { networkInspectObject } from '../../print/networkInspect';
import { networkLsTable } from '../../print/networkLs';
import type { CommandContext } from '../context';
import type { FlagSpec, ParsedFlags } from '../flags';
import { prologue } from '../prologue';
import { TemplateError, executeTemplate, parseTemplate, templateParsingError } from '../../print/goTemplate';
import { createIpamConfig, goParseCIDR, goParseIP, ipFlagError } from '../networkIpamFlags';
import { type Output, fail, ok } from '../../../core/lab/output';
import { errorText, guard, flagErrorOutput, type Arity } from '../output';
import { own, setOwn } from '../../../core/lab/own';

export interface Sub {
  /** Canonical name (cobra's CommandPath uses it even when an alias was typed). */
  name: string;
  use: string;
  short: string;
  flags: FlagSpec[];
  arity: Arity;
  run(ctx: CommandContext, flags: ParsedFlags, args: string[]): Output;
}

const usageLine = (sub: Sub) => `docker network ${sub.use}`;

/** cli.FlagErrorFunc: the pflag message, the usage line, exit 125. */
const flagFailure = (sub: Sub, message: string) => flagErrorOutput(message, usageLine(sub));

/** pflag's message for a value its typed flag (IP, IPNet, label...) rejects. */
class FlagValueError extends Error {}
const badValue = (value: string, flag: string, why: string) =>
  new FlagValueError(`invalid argument "${value}" for "${flag}" flag: ${why}`);

/** StringSlice / IPSlice / IPNetSlice values: comma-separated within one occurrence. */
const csv = (flags: ParsedFlags, name: string) =>
  (flags.lists.get(name) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());

const daemonFrame = (e: DockerError) => fail(errorText(e), 1);

// --- create ---------------------------------------------------------------------------------

function keyValues(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    out[eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '' : v.slice(eq + 1);
  }
  return out;
}

function runCreate(ctx: CommandContext, flags: ParsedFlags, args: string[], raw: string[]): Output {
  const labels = flags.lists.get('label') ?? [];
  for (const l of labels) {
    const key = (l.includes('=') ? l.slice(0, l.indexOf('=')) : l).trim();
    if (key === '') throw badValue(l, '--label', `invalid label '${l}': empty name`);
  }
  const ipRanges = csv(flags, 'ip-range').map(
    (r) =>
      goParseCIDR(r) ??
      (() => {
        throw badValue(r, '--ip-range', `invalid string being converted to CIDR: ${r}`);
      })(),
  );
  const gateways = csv(flags, 'gateway').map(
    (g) =>
      goParseIP(g) ??
      (() => {
        throw new FlagValueError(ipFlagError(g, '--gateway'));
      })(),
  );
  return guard(
    () => {
      const ipam = createIpamConfig({
        subnets: csv(flags, 'subnet'),
        ipRanges,
        gateways,
        auxAddresses: flags.lists.get('aux-address') ?? [],
      });
      const changed = (name: string) => raw.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
      const net = createNetwork(ctx.lab, {
        name: args[0]!,
        driver: flags.strings.get('driver') ?? 'bridge',
        options: keyValues(flags.lists.get('opt') ?? []),
        labels: keyValues(labels),
        internal: flags.bools.has('internal'),
        attachable: flags.bools.has('attachable'),
        ipv4: changed('ipv4') ? flags.bools.has('ipv4') : undefined,
        ipv6: changed('ipv6') ? flags.bools.has('ipv6') : undefined,
        ipam,
      });
      return ok(`${net.id}\n`);
    },
    (e) => fail(errorText(e), 1),
  );
}

// --- ls -------------------------------------------------------------------------------------

function runLs(ctx: CommandContext, flags: ParsedFlags): Output {
  let byKey: Map<string, string[]>;
  try {
    byKey = parseFilterArgs(flags.lists.get('filter') ?? []);
  } catch (e) {
    if (e instanceof FilterFormatError) throw new FlagValueError(e.message);
    throw e;
  }
  return guard(() => {
    const list = filterNetworks(ctx.lab, [...ctx.lab.networks.values()], byKey);
    try {
      return ok(
        networkLsTable(list, {
          quiet: flags.bools.has('quiet'),
          noTrunc: flags.bools.has('no-trunc'),
          format: flags.strings.get('format'),
        }),
      );
    } catch (e) {
      if (e instanceof TemplateError) return fail(`${templateParsingError(e)}\n`, 64);
      throw e;
    }
  }, daemonFrame);
}

// --- rm / prune -----------------------------------------------------------------------------

function runRm(ctx: CommandContext, flags: ParsedFlags, args: string[]): Output {
  let stdout = '';
  let stderr = '';
  let failed = false;
  for (const ref of args) {
    try {
      removeNetwork(ctx.lab, ref);
      stdout += `${ref}\n`;
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      if (flags.bools.has('force') && / not found$/.test(e.message)) continue;
      stderr += errorText(e);
      failed = true;
    }
  }
  // cli.StatusError{Status: "exit status 1"} is printed by main after the per-network errors.
  return failed ? { stdout, stderr: `${stderr}exit status 1\n`, exitCode: 1 } : ok(stdout);
}

const PRUNE_WARNING =
  'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';

function runPrune(ctx: CommandContext, flags: ParsedFlags): Output {
  // No terminal input here: the prompt reads EOF, which means "no" (cancelled, exit 0).
  if (!flags.bools.has('force')) return ok(`${PRUNE_WARNING}\n`);
  const deleted = pruneNetworks(ctx.lab);
  return ok(deleted.length > 0 ? `Deleted Networks:\n${deleted.map((n) => `${n}\n`).join('')}\n` : '');
}

// --- connect / disconnect -------------------------------------------------------------------

function runConnect(ctx: CommandContext, flags: ParsedFlags, args: string[]): Output {
  const ip = flags.strings.get('ip') ?? '';
  const ip6 = flags.strings.get('ip6') ?? '';
  if (ip && goParseIP(ip) === undefined)
    throw badValue(ip, '--ip', `invalid string being converted to IP address: ${ip}`);
  if (ip6 && goParseIP(ip6) === undefined)
    throw badValue(ip6, '--ip6', `invalid string being converted to IP address: ${ip6}`);
  for (const a of csv(flags, 'link-local-ip')) {
    if (goParseIP(a) === undefined)
      throw badValue(a, '--link-local-ip', `invalid string being converted to IP address: ${a}`);
  }
  const gw = flags.strings.get('gw-priority');
  if (gw !== undefined && !/^[+-]?\d+$/.test(gw))
    throw badValue(gw, '--gw-priority', `strconv.ParseInt: parsing ${JSON.stringify(gw)}: invalid syntax`);
  // convertDriverOpt: keys and values trimmed, not lower-cased (unlike run's --network driver-opt=).
  const driverOpts: Record<string, string> = {};
  for (const opt of csv(flags, 'driver-opt')) {
    const eq = opt.indexOf('=');
    if (eq < 0 || opt.slice(0, eq).trim() === '') return fail('invalid key/value pair format in driver options\n', 1);
    setOwn(driverOpts, opt.slice(0, eq).trim(), opt.slice(eq + 1).trim());
  }
  return guard(() => {
    connectContainer(ctx.lab, args[0]!, args[1]!, {
      aliases: csv(flags, 'alias').filter((a) => a !== ''),
      ipv4Address: ip,
      ipv6Address: ip6,
      links: flags.lists.get('link') ?? [],
      driverOpts,
      ...(gw !== undefined ? { gwPriority: Number(gw) } : {}),
    });
    return ok();
  }, daemonFrame);
}

function runDisconnect(ctx: CommandContext, flags: ParsedFlags, args: string[]): Output {
  return guard(() => {
    disconnectContainer(ctx.lab, args[0]!, args[1]!, flags.bools.has('force'));
    return ok();
  }, daemonFrame);
}

// --- inspect --------------------------------------------------------------------------------

function runInspect(ctx: CommandContext, flags: ParsedFlags, args: string[]): Output {
  const found: JsonValue[] = [];
  const errors: string[] = [];
  for (const ref of args) {
    try {
      found.push(networkInspectObject(ctx.lab, ctx.lab.getNetwork(ref)));
    } catch (e) {
      if (!(e instanceof DockerError)) throw e;
      errors.push(errorText(e));
    }
  }
  const format = flags.strings.get('format');
  if (!format) return { stdout: indentedArray(found), stderr: errors.join(''), exitCode: errors.length > 0 ? 1 : 0 };
  try {
    const nodes = parseTemplate(format);
    const stdout = found.map((o) => `${executeTemplate(format, nodes, o)}\n`).join('');
    return { stdout, stderr: errors.join(''), exitCode: errors.length > 0 ? 1 : 0 };
  } catch (e) {
    if (e instanceof TemplateError) return fail(`${templateParsingError(e)}\n`, 64);
    throw e;
  }
}

// --- table ----------------------------------------------------------------------------------

const HELP: FlagSpec = { name: 'help', type: 'bool' };

const CREATE_FLAGS: FlagSpec[] = [
  { name: 'driver', short: 'd', type: 'string' },
  { name: 'opt', short: 'o', type: 'list' },
  { name: 'label', type: 'list' },
  { name: 'internal', type: 'bool' },
  { name: 'ipv4', type: 'bool' },
  { name: 'ipv6', type: 'bool' },
  { name: 'attachable', type: 'bool' },
  { name: 'ipam-driver', type: 'string' },
  { name: 'subnet', type: 'list' },
  { name: 'ip-range', type: 'list' },
  { name: 'gateway', type: 'list' },
  { name: 'aux-address', type: 'list' },
  { name: 'ipam-opt', type: 'list' },
  // Swarm and config-only networks (cli/command/network/create.go): accepted, not modelled.
  { name: 'scope', type: 'string' },
  { name: 'config-only', type: 'bool' },
  { name: 'config-from', type: 'string' },
  { name: 'ingress', type: 'bool' },
  HELP,
];

export const SUBS: Sub[] = [
  {
    name: 'connect',
    use: 'connect [OPTIONS] NETWORK CONTAINER',
    short: 'Connect a container to a network',
    arity: { kind: 'exact', n: 2 },
    run: runConnect,
    flags: [
      { name: 'ip', type: 'string' },
      { name: 'ip6', type: 'string' },
      { name: 'link', type: 'list' },
      { name: 'alias', type: 'list' },
      { name: 'link-local-ip', type: 'list' },
      { name: 'driver-opt', type: 'list' },
      { name: 'gw-priority', type: 'string' },
      HELP,
    ],
  },
  {
    name: 'create',
    use: 'create [OPTIONS] NETWORK',
    short: 'Create a network',
    arity: { kind: 'exact', n: 1 },
    flags: CREATE_FLAGS,
    run: () => ok(),
  },
  {
    name: 'disconnect',
    use: 'disconnect [OPTIONS] NETWORK CONTAINER',
    short: 'Disconnect a container from a network',
    arity: { kind: 'exact', n: 2 },
    run: runDisconnect,
    flags: [{ name: 'force', short: 'f', type: 'bool' }, HELP],
  },
  {
    name: 'inspect',
    use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
    short: 'Display detailed information on one or more networks',
    arity: { kind: 'min', n: 1 },
    run: runInspect,
    flags: [{ name: 'format', short: 'f', type: 'string' }, { name: 'verbose', short: 'v', type: 'bool' }, HELP],
  },
  {
    name: 'ls',
    use: 'ls [OPTIONS]',
    short: 'List networks',
    arity: { kind: 'none' },
    run: (ctx, flags) => runLs(ctx, flags),
    flags: [
      { name: 'quiet', short: 'q', type: 'bool' },
      { name: 'no-trunc', type: 'bool' },
      { name: 'format', type: 'string' },
      FILTER_FLAG,
      HELP,
    ],
  },
  {
    name: 'prune',
    use: 'prune [OPTIONS]',
    short: 'Remove all unused networks',
    arity: { kind: 'none' },
    run: (ctx, flags) => runPrune(ctx, flags),
    flags: [
      { name: 'force', short: 'f', type: 'bool' },
      { name: 'filter', type: 'list', check: checkFilterValue },
      HELP,
    ],
  },
  {
    name: 'rm',
    use: 'rm NETWORK [NETWORK...]',
    short: 'Remove one or more networks',
    arity: { kind: 'min', n: 1 },
    run: runRm,
    flags: [{ name: 'force', short: 'f', type: 'bool' }, HELP],
  },
];

export const ALIASES: Record<string, string> = { list: 'ls', remove: 'rm' };

const NETWORK_HELP = `\nUsage:  docker network COMMAND\n\nManage networks\n\nCommands:\n${SUBS.map((s) => `  ${s.name.padEnd(11)} ${s.short}\n`).join('')}\nRun 'docker network COMMAND --help' for more information on a command.\n`;

const subHelp = (sub: Sub) => `\nUsage:  ${usageLine(sub)}\n\n${sub.short}\n`;

export function networkCommand(ctx: CommandContext, args: string[]): Output {
  const [word, ...rest] = args;
  if (word === undefined) return { stdout: '', stderr: NETWORK_HELP, exitCode: 0 };
  if (word === '--help' || word === '-h') return ok(NETWORK_HELP);
  if (word.startsWith('-')) {
    const flag = word.startsWith('--')
      ? `unknown flag: ${word.split('=')[0]}`
      : `unknown shorthand flag: '${word[1]}' in ${word}`;
    return fail(`${flag}\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n`, 125);
  }
  const sub = SUBS.find((s) => s.name === (own(ALIASES, word) ?? word));
  if (!sub)
    return fail(
      `docker: unknown command: docker network ${word}\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n`,
      1,
    );
  const p = prologue({ usage: usageLine(sub), flags: sub.flags, arity: sub.arity, help: subHelp(sub) }, rest);
  if (p.output) return p.output;
  const { flags } = p;
  try {
    if (sub.name === 'create') return runCreate(ctx, flags, flags.positionals, rest);
    return sub.run(ctx, flags, flags.positionals);
  } catch (e) {
    if (e instanceof FlagValueError) return flagFailure(sub, e.message);
    throw e;
  }
}
