// The folders the lab models in a root file system, host or container: the top of the tree every
// catalogue image has (the busybox image's bin dev etc home lib proc root sys tmp usr var) and the
// kernel's view the tools read, /sys/class/net/<interface> of the namespace. An image's own tree
// (/usr/share/nginx/html) comes from the folders above its files (catalog/imageFiles.ts).
import type { Lab } from '../lab/lab';
import { namespaceInterfaces } from './interfaces';

export const ROOT_FOLDERS: ReadonlySet<string> = new Set([
  '/',
  '/bin',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/proc',
  '/root',
  '/sys',
  '/sys/class',
  '/sys/class/net',
  '/tmp',
  '/usr',
  '/var',
]);

/** path: absolute and normalised. */
export function isModelledFolder(lab: Lab, netnsId: number, path: string): boolean {
  if (ROOT_FOLDERS.has(path)) return true;
  const iface = /^\/sys\/class\/net\/([^/]+)$/.exec(path);
  return iface !== null && namespaceInterfaces(lab, netnsId).some((i) => i.name === iface[1]);
}
