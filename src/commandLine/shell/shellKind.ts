// Which shell answers: bash (a login shell) on the host, busybox ash in busybox images, and
// Debian's dash as `sh` in the others; each words its errors its own way.
import { imageContent, lookupImage } from '../../core/catalog/images';
import type { ShellContext } from './context';

export type ShellKind = 'bash' | 'ash' | 'dash';

export function shellKind(sh: ShellContext): ShellKind {
  if (!sh.container) return 'bash';
  return lookupImage(imageContent(sh.container))?.toolset === 'busybox' ? 'ash' : 'dash';
}
