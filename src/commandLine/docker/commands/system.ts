// `docker system <verb>`: docker/cli cli/command/system/cmd.go newSystemCommand (`Short: "Manage
// Docker"`, NoArgs, ShowHelp; dial-stdio is hidden), for the verbs the lab runs.
import { own } from '../../../core/lab/own';
import type { Output } from '../../../core/lab/output';
import type { CommandContext, DockerHandler } from '../context';
import { type ManagementGroup, groupAnswer } from '../managementGroup';
import { systemPruneCommand } from './prune';
import { systemDfCommand } from './systemDf';
import { systemInfoCommand } from './info';

export const SYSTEM_GROUP: ManagementGroup = {
  path: 'docker system',
  short: 'Manage Docker',
  verbs: [
    { name: 'df', short: 'Show docker disk usage' },
    { name: 'events', short: 'Get real time events from the server' },
    { name: 'info', short: 'Display system-wide information' },
    { name: 'prune', short: 'Remove unused data' },
  ],
};

export const SYSTEM_VERBS: Record<string, DockerHandler> = {
  df: systemDfCommand,
  info: systemInfoCommand,
  prune: systemPruneCommand,
};

export function systemCommand(ctx: CommandContext, args: string[]): Output {
  const [verb, ...rest] = args;
  const handler = verb === undefined ? undefined : own(SYSTEM_VERBS, verb);
  const answer = groupAnswer(SYSTEM_GROUP, verb, handler !== undefined);
  if (answer) return answer;
  return handler!(ctx, rest);
}
