// `docker compose create [SERVICE...]` (docker/compose cmd/compose/create.go runCreate): what `up`
// does before it starts anything (pkg/compose/create.go Create: networks, volumes, containers),
// with the same checks; `up --no-start` runs the same code.
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import type { Globals, Printer } from './shared';
import { up } from './up';

export function create(ctx: CommandContext, g: Globals, flags: ParsedFlags, p: Printer): Output {
  return up(ctx, g, { ...flags, bools: new Set([...flags.bools, 'no-start']) }, p);
}
