// What every docker subcommand does before its own work (cobra's Command.execute in docker/cli):
// parse the flags with the command's table, show help if asked, then check the number of
// positional arguments. A failure at any step is the command's whole output.
import type { Output } from '../../core/lab/output';
import { ok } from '../../core/lab/output';
import { FlagError, type FlagSpec, type ParsedFlags, parseFlags } from './flags';
import { type Arity, arityError, flagErrorOutput } from './output';

export interface CommandSpec {
  /** The usage line, e.g. `docker logs [OPTIONS] CONTAINER`. */
  usage: string;
  /** A module constant: the parser indexes each table once. */
  flags: readonly FlagSpec[];
  arity: Arity;
  /** False where the first positional ends the flags (`docker run IMAGE CMD...`, `docker exec`). */
  interspersed?: boolean;
  /** Exit status of a wrong argument count (run and create wrap every error in 125). */
  arityExitCode?: number;
  /** Printed for `--help` when the table has a help flag. */
  help?: string;
}

export type Prologue = { flags: ParsedFlags; output?: undefined } | { output: Output };

export function prologue(spec: CommandSpec, args: readonly string[]): Prologue {
  let flags: ParsedFlags;
  try {
    flags = parseFlags(spec.flags, args, spec.interspersed ?? true);
  } catch (e) {
    if (e instanceof FlagError) return { output: flagErrorOutput(e.message, spec.usage) };
    throw e;
  }
  if (spec.help !== undefined && flags.bools.has('help')) return { output: ok(spec.help) };
  const wrongCount = arityError(spec.usage, spec.arity, flags.positionals.length, spec.arityExitCode);
  return wrongCount ? { output: wrongCount } : { flags };
}
