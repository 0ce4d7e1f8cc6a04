// The folders the lab models in a root file system, host or container: the top of the tree every
// catalogue image has (the busybox image's bin dev etc home lib proc root sys tmp usr var) and the
// kernel's view the tools read, /sys/class/net/<interface> of the namespace. No image's own tree
// is modelled (no /usr/share/nginx), so `cd` there fails as for a folder that is not there.
import type { Lab } from '../lab/lab';
import { namespaceInterfaces } from './interfaces';

const FOLDERS = new Set([
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
  if (FOLDERS.has(path)) return true;
  const iface = /^\/sys\/class\/net\/([^/]+)$/.exec(path);
  return iface !== null && namespaceInterfaces(lab, netnsId).some((i) => i.name === iface[1]);
}
