// `env` with no arguments: the process environment. A container's processes get what moby's
// container.CreateDaemonEnvironment builds (PATH, HOSTNAME, TERM=xterm with a TTY, then
// Config.Env), and the runtime appends HOME from /etc/passwd when it is unset.
import { etcHostname } from '../../core/kernel/etcFiles';
import { ok } from '../../core/lab/output';
import type { ShellContext, ShellTool } from './context';
import { exportedEnv } from './assignments';

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

/** The environment a process started from this shell gets: the inherited one, less what `unset` removed, plus what `export` added. */
export function processEnvironment(sh: ShellContext): string[] {
  const vars = sh.dir.vars;
  const base = inherited(sh).filter((e) => !vars?.get(e.slice(0, e.indexOf('=')))?.unset);
  return replaceOrAppend(base, exportedEnv(sh));
}

export const envTool: ShellTool = (sh) =>
  ok(
    processEnvironment(sh)
      .map((l) => `${l}\n`)
      .join(''),
  );

function inherited(sh: ShellContext): string[] {
  if (!sh.container) {
    return [
      'SHELL=/bin/bash',
      `PWD=${sh.dir.cwd}`,
      'LOGNAME=root',
      `HOME=${sh.dir.home}`,
      'USER=root',
      'SHLVL=1',
      PATH,
      '_=/usr/bin/env',
    ];
  }
  const c = sh.container;
  let env = [PATH, `HOSTNAME=${etcHostname(sh.lab, c).trim()}`, ...(c.tty ? ['TERM=xterm'] : [])];
  env = replaceOrAppend(env, c.env ?? []);
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/root');
  return env;
}
