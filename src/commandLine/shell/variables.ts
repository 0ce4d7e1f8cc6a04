// Shell variables a command line can expand: the usual environment of a busybox shell in a
// container (or root's login shell on the host), the container's -e values, and $?.
import { etcHostname } from '../../core/kernel/etcFiles';
import type { Variables } from '../../core/text/shellWords';
import type { ShellContext } from './context';

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Built on the first `$` a line actually expands, since most lines have none. */
export function shellVariables(sh: ShellContext, lastExit: number): Variables {
  let env: Map<string, string> | undefined;
  return (name) => {
    if (name === '?') return String(lastExit);
    const own = sh.dir.vars?.get(name);
    if (own) return own.unset ? undefined : own.value;
    env ??= environment(sh);
    return env.get(name);
  };
}

function environment(sh: ShellContext): Map<string, string> {
  const env = new Map<string, string>([
    ['PATH', PATH],
    ['HOME', sh.dir.home],
    ['PWD', sh.dir.cwd],
    ['SHLVL', '1'],
  ]);
  if (sh.dir.oldPwd !== undefined) env.set('OLDPWD', sh.dir.oldPwd);
  env.set('HOSTNAME', sh.container ? etcHostname(sh.lab, sh.container).trim() : sh.lab.hostProfile.hostname);
  if (!sh.container) env.set('USER', 'root');
  for (const entry of sh.container?.env ?? []) {
    const eq = entry.indexOf('=');
    if (eq > 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return env;
}
