// What a management command (`docker container`, `docker image`) answers on its own, as docker/cli
// builds them: `Args: cli.NoArgs` and `RunE: command.ShowHelp(dockerCLI.Err())` (cli/command/cli.go
// ShowHelp: the help on stderr, exit 0), cli/required.go NoArgs for a verb it does not have, and
// cli/cobra.go FlagErrorFunc for a flag.
import { type Output, fail, ok } from '../../core/lab/output';

export interface GroupVerb {
  name: string;
  /** The verb's cobra `Short`. */
  short: string;
}

export interface ManagementGroup {
  /** `docker container`. */
  path: string;
  /** The group's cobra `Short`, e.g. `Manage containers`. */
  short: string;
  /** Every verb the CLI lists (cobra sorts them by name), whether or not the lab runs it. */
  verbs: readonly GroupVerb[];
}

/** cobra's minNamePadding: names are padded to 11 unless one is longer. */
const MIN_NAME_PADDING = 11;

/** cli/cobra.go usageTemplate for a command with subcommands and no flags of its own. */
export function groupHelp(group: ManagementGroup): string {
  const pad = Math.max(MIN_NAME_PADDING, ...group.verbs.map((v) => v.name.length));
  const verbs = [...group.verbs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `\nUsage:  ${group.path} COMMAND\n\n${group.short}\n\nCommands:\n${verbs.map((v) => `  ${v.name.padEnd(pad)} ${v.short}\n`).join('')}\nRun '${group.path} COMMAND --help' for more information on a command.\n`;
}

/**
 * The group typed alone, with `--help`, with a flag, or with a verb it lacks; undefined when the
 * first word is a verb for the caller to run.
 */
export function groupAnswer(group: ManagementGroup, word: string | undefined, known: boolean): Output | undefined {
  if (word === undefined) return { stdout: '', stderr: groupHelp(group), exitCode: 0 };
  if (word === '--help') return ok(groupHelp(group));
  // The root's `-h` is a deprecated shorthand (cli/cobra.go MarkShorthandDeprecated): pflag says so, then help.
  if (word === '-h') return ok(groupHelp(group), 'Flag shorthand -h has been deprecated, use --help\n');
  if (word.startsWith('-')) {
    const flag = word.startsWith('--')
      ? `unknown flag: ${word.split('=')[0]}`
      : `unknown shorthand flag: '${word[1]}' in ${word}`;
    return fail(`${flag}\n\nUsage:  ${group.path}\n\nRun '${group.path} --help' for more information\n`, 125);
  }
  if (known) return undefined;
  return fail(
    `docker: unknown command: ${group.path} ${word}\n\nUsage:  ${group.path}\n\nRun '${group.path} --help' for more information\n`,
    1,
  );
}
