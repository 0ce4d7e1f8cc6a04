// Which shell answers: bash (a login shell) on the host, busybox ash in busybox images, and
// Debian's dash as `sh` in the others; each words its errors its own way.
import { imageContent, isBusybox, lookupImage } from '../../core/catalog/images';
import type { ShellContext } from './context';
import { basenameOf } from '../../core/files/posixPath';
import type { EscapeFlavour } from './backslashEscapes';

export type ShellKind = 'bash' | 'ash' | 'dash';

export function shellKind(sh: ShellContext): ShellKind {
  if (!sh.container) return 'bash';
  return isBusybox(lookupImage(imageContent(sh.container))?.toolset) ? 'ash' : 'dash';
}

/**
 * Whose echo and printf run: the shell's builtins (bash, dash, busybox ash), or without a shell
 * (`docker exec c echo`) the image's own program, coreutils' (bash-like) or busybox's.
 */
export function echoFlavour(sh: ShellContext): EscapeFlavour {
  if (!sh.container) return 'bash';
  const busybox = isBusybox(lookupImage(imageContent(sh.container))?.toolset);
  if (sh.args === undefined) return busybox ? 'busybox' : 'bash';
  const program = sh.shellProgram ?? basenameOf(sh.args[0] ?? 'sh');
  if (program === 'bash') return 'bash';
  return busybox ? 'busybox' : 'dash';
}

/**
 * bash -c's error prolog (error.c error_prolog): `$0: line N: `. Measured on bash 5.2.15, as `bash`
 * itself the line number is left out (`bash -c nosuch`: `bash: nosuch: ...`; `/bin/bash -c` has it).
 */
export const bashErrorName = (name: string): string => (name === 'bash' ? 'bash: ' : `${name}: line 1: `);
