// Which shell answers: bash (a login shell) on the host, busybox ash in busybox images, and
// Debian's dash as `sh` in the others; each words its errors its own way.
import { lookupImage } from '../../core/catalog/images';
import type { ShellContext } from './context';

export type ShellKind = 'bash' | 'ash' | 'dash';

export function shellKind(sh: ShellContext): ShellKind {
  if (!sh.container) return 'bash';
  return lookupImage(sh.container.image)?.toolset === 'busybox' ? 'ash' : 'dash';
}
