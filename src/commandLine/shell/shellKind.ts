// Which shell answers: bash (a login shell) on the host, busybox ash in busybox images, and
// Debian's dash as `sh` in the others; each words its errors its own way.
import { imageContent, isBusybox, lookupImage } from '../../core/catalog/images';
import type { ShellContext } from './context';

export type ShellKind = 'bash' | 'ash' | 'dash';

export function shellKind(sh: ShellContext): ShellKind {
  if (!sh.container) return 'bash';
  return isBusybox(lookupImage(imageContent(sh.container))?.toolset) ? 'ash' : 'dash';
}
