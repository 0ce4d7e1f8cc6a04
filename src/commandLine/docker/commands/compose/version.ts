// `docker compose version [--short] [-f json]` (docker/compose cmd/compose/version.go runVersion):
// the version the lab's compose follows, the one its labels carry (com.docker.compose.version).
import { COMPOSE_VERSION } from '../../../../compose/plan';
import { ComposeError } from '../../../../compose/errors';
import type { Output } from '../../../../core/lab/output';
import type { CommandContext } from '../../context';
import type { ParsedFlags } from '../../flags';
import type { Globals, Printer } from './shared';

export function composeVersion(_ctx: CommandContext, _g: Globals, flags: ParsedFlags, p: Printer): Output {
  // cobra.NoArgs.
  const [extra] = flags.positionals;
  if (extra !== undefined) throw new ComposeError(`unknown command "${extra}" for "docker compose version"`);
  if (flags.bools.has('short')) p.stdout += `${COMPOSE_VERSION}\n`;
  else if (flags.strings.get('format') === 'json') p.stdout += `{"version":"v${COMPOSE_VERSION}"}\n`;
  else p.stdout += `Docker Compose version v${COMPOSE_VERSION}\n`;
  return p.out();
}
