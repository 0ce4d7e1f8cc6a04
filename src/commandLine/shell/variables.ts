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
    const special = parameter(sh, name);
    if (special !== null) return special;
    const own = sh.dir.vars?.get(name);
    if (own) return own.unset ? undefined : own.value;
    env ??= environment(sh);
    return env.get(name);
  };
}

/**
 * $0, $1 ..., $#, $@ and $* (POSIX 2.5.1, 2.5.2); null for any other name. Without args the shell is
 * the interactive one: the host's login bash is `-bash`, a container's shell `sh`.
 */
function parameter(sh: ShellContext, name: string): string | undefined | null {
  const args = sh.args ?? [sh.container ? 'sh' : '-bash'];
  if (/^\d+$/.test(name)) return args[Number(name)];
  if (name === '#') return String(Math.max(0, args.length - 1));
  // Without field splitting, "$@" and $* both join the parameters with a space.
  if (name === '@' || name === '*') return args.slice(1).join(' ');
  return null;
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
