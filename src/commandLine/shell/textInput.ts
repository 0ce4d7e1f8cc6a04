// What the text filters (grep, wc, sort, head, tail, uniq, cut, tr) share: which implementation
// answers, their input split into lines, and FILE operands read as `cat` reads them.
import { imageContent, isBusybox, lookupImage } from '../../core/catalog/images';
import type { ShellContext } from './context';
import { readFile } from './fileTools';

/**
 * busybox applets in busybox and alpine images, and in nicolaka/netshoot (Alpine with no coreutils or
 * grep package: its filters are busybox's); GNU grep 3.8 and coreutils 9.1 (Debian 12) on the host
 * and in the Debian-based images. Both answer in the C locale (no LANG in an image): byte order, ASCII quotes.
 */
export type TextFlavour = 'gnu' | 'busybox';

export function textFlavour(sh: ShellContext): TextFlavour {
  if (!sh.container) return 'gnu';
  const toolset = lookupImage(imageContent(sh.container))?.toolset;
  return isBusybox(toolset) || toolset === 'toolbox' ? 'busybox' : 'gnu';
}

/** Lines without their newlines; a last line without one still counts (xmalloc_fgetline, getline). */
export const linesOf = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

export const joinLines = (lines: readonly string[]): string => lines.map((l) => `${l}\n`).join('');

/** A FILE operand's text (`-` is stdin), or undefined when the lab has no such file. */
export function readOperand(sh: ShellContext, name: string): string | undefined {
  return name === '-' ? (sh.stdin ?? '') : readFile(sh, name);
}

/** strerror(ENOENT): the only open error the lab's files give. */
export const NO_SUCH_FILE = 'No such file or directory';

/** Bytes of UTF-8 text: what -c counts (and -m in the C locale). */
export const byteLength = (text: string): number => new TextEncoder().encode(text).length;
