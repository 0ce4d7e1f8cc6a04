// `env` with no arguments: the process environment. A container's processes get what moby's
// container.CreateDaemonEnvironment builds (PATH, HOSTNAME, TERM=xterm with a TTY, then
// Config.Env), and the runtime appends HOME from /etc/passwd when it is unset.
import { etcHostname } from '../../core/kernel/etcFiles';
import { ok } from '../../core/lab/output';
import type { ShellTool } from './context';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** ReplaceOrAppendEnvValues: a later KEY=value replaces an earlier one in place. */
function replaceOrAppend(base: string[], extra: readonly string[]): string[] {
  const out = [...base];
  for (const entry of extra) {
    const key = entry.split('=')[0]!;
    const at = out.findIndex((e) => e.split('=')[0] === key);
    if (at >= 0) out[at] = entry;
    else out.push(entry);
  }
  return out;
}

export const envTool: ShellTool = (sh) => {
  if (!sh.container) {
    const lines = [
      'SHELL=/bin/bash',
      `PWD=${sh.dir.cwd}`,
      'LOGNAME=root',
      `HOME=${sh.dir.home}`,
      'USER=root',
      'SHLVL=1',
      PATH,
      '_=/usr/bin/env',
    ];
    return ok(lines.map((l) => `${l}\n`).join(''));
  }
  const c = sh.container;
  let env = [PATH, `HOSTNAME=${etcHostname(sh.lab, c).trim()}`, ...(c.tty ? ['TERM=xterm'] : [])];
  env = replaceOrAppend(env, c.env ?? []);
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/root');
  return ok(env.map((l) => `${l}\n`).join(''));
};
