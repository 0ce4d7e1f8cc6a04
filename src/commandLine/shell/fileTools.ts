// Tools that read the container's (or host's) files and identity: cat, hostname, readlink, ls, pwd.
// Relative paths resolve against the shell's working directory.
import { fail, ok } from '../../core/lab/output';
import { resolvePath } from '../../core/files/posixPath';
import { etcHostname, etcHosts, resolvConf } from '../../core/kernel/etcFiles';
import { resolveName } from '../../core/kernel/dns';
import { namespaceInterfaces } from '../../core/kernel/interfaces';
import { formatIPv4 } from '../../core/net/ipv4';
import type { ShellContext, ShellTool } from './context';
import { own } from '../../core/lab/own';

/** A file the lab models (/etc files, /sys/class/net/<if>/address), or on the host one of the session's files. */
export function readFile(sh: ShellContext, relative: string): string | undefined {
  const { lab, container } = sh;
  const path = resolvePath(sh.dir.cwd, relative);
  const files: Record<string, () => string> = container
    ? {
        '/etc/hostname': () => etcHostname(lab, container),
        '/etc/hosts': () => etcHosts(lab, container),
        '/etc/resolv.conf': () => resolvConf(lab, container),
      }
    : {
        '/etc/hostname': () => `${lab.hostProfile.hostname}\n`,
        '/etc/hosts': () => lab.hostProfile.etcHosts,
        '/etc/resolv.conf': () => lab.hostProfile.resolvConf,
      };
  const reader = own(files, path);
  if (reader) return reader();
  if (/^\/sys\/class\/net\/[^/]+\/address$/.test(path)) {
    const name = path.split('/')[4];
    const iface = namespaceInterfaces(lab, sh.netnsId).find((i) => i.name === name);
    return iface ? `${iface.mac}\n` : undefined;
  }
  return container ? undefined : sh.files?.readText(path);
}

export const catTool: ShellTool = (sh, argv) => {
  if (argv.length === 1) return { stdout: sh.stdin ?? '', stderr: '', exitCode: 0 };
  let stdout = '';
  let stderr = '';
  for (const path of argv.slice(1)) {
    const text = readFile(sh, path);
    if (text === undefined) stderr += `cat: can't open '${path}': No such file or directory\n`;
    else stdout += text;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
};

/** busybox hostname: the name, or -s short, -d domain, -f full, -i the name's addresses. */
export const hostnameTool: ShellTool = (sh, argv) => {
  const full = sh.container ? etcHostname(sh.lab, sh.container).trim() : sh.lab.hostProfile.hostname;
  const flag = argv.slice(1).find((a) => a.startsWith('-')) ?? '';
  if (flag.includes('i')) {
    const ips = resolveName(sh.lab, sh.container, full)?.ips ?? [];
    if (ips.length === 0) return fail(`hostname: ${full}: Unknown host\n`);
    return ok(`${ips.map(formatIPv4).join(' ')}\n`);
  }
  const dot = full.indexOf('.');
  if (flag.includes('s')) return ok(`${dot < 0 ? full : full.slice(0, dot)}\n`);
  if (flag.includes('d')) return ok(dot < 0 ? '\n' : `${full.slice(dot + 1)}\n`);
  return ok(`${full}\n`);
};

export const readlinkTool: ShellTool = (sh, argv) => {
  const path = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
  if (/^\/proc\/(self|\d+)\/ns\/net$/.test(path)) return ok(`net:[${sh.netnsId}]\n`);
  return fail('', 1);
};

export const lsTool: ShellTool = (sh, argv) => {
  const path = argv.slice(1).find((a) => !a.startsWith('-')) ?? '.';
  if (resolvePath(sh.dir.cwd, path) === '/sys/class/net') {
    const names = namespaceInterfaces(sh.lab, sh.netnsId)
      .map((i) => i.name)
      .sort();
    return ok(names.map((n) => `${n}\n`).join(''));
  }
  return fail(`ls: ${path}: No such file or directory\n`);
};

/** pwd, the builtin and /bin/pwd alike: the shell's working directory. */
export const pwdTool: ShellTool = (sh) => ok(`${sh.dir.cwd}\n`);
