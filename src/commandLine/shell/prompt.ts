// Each shell's prompt: the host's bash `[\u@\h \W]\$ `, busybox ash's default
// `\w \$ ` (shell/ash.c, for root), and Debian's bash `\u@\h:\w\$ `. \w is the working directory
// with $HOME as ~, \W only its last part (bash parse.y decode_prompt_string, busybox libbb/lineedit.c).
import { imageContent, isBusybox, lookupImage } from '../../core/catalog/images';
import { basenameOf } from '../../core/files/posixPath';
import { etcHostname } from '../../core/kernel/etcFiles';
import type { Lab } from '../../core/lab/lab';
import type { Container } from '../../core/lab/model';
import type { WorkingDirectory } from './context';

function fullDir(dir: WorkingDirectory): string {
  if (dir.cwd === dir.home) return '~';
  return dir.home !== '/' && dir.cwd.startsWith(`${dir.home}/`) ? `~${dir.cwd.slice(dir.home.length)}` : dir.cwd;
}

const lastDir = (dir: WorkingDirectory): string => (dir.cwd === dir.home ? '~' : basenameOf(dir.cwd));

export function shellPrompt(lab: Lab, c: Container | undefined, dir: WorkingDirectory): string {
  if (!c) return `[root@${lab.hostProfile.hostname} ${lastDir(dir)}]# `;
  return isBusybox(lookupImage(imageContent(c))?.toolset)
    ? `${fullDir(dir)} # `
    : `root@${etcHostname(lab, c).trim()}:${fullDir(dir)}# `;
}
