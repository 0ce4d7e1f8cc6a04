// The lab's read-only documents, addressed by path: a container's /etc files and the JSON that
// `docker inspect` prints. Paths are what the vscode side puts after its URI scheme.
import { etcHostname, etcHosts, resolvConf } from '../core/kernel/etcFiles';
import type { Lab } from '../core/lab/lab';
import type { Container } from '../core/lab/model';

export const ETC_FILES = ['hosts', 'resolv.conf', 'hostname'] as const;
export type EtcFile = (typeof ETC_FILES)[number];

const READERS: Record<EtcFile, (lab: Lab, c: Container) => string> = {
  hosts: etcHosts,
  'resolv.conf': resolvConf,
  hostname: etcHostname,
};

/** `/containers/<name>/etc/<file>`. */
export const etcFilePath = (containerName: string, file: EtcFile): string =>
  `/containers/${encodeURIComponent(containerName)}/etc/${file}`;

/** `/inspect/<name or id>.json`. */
export const inspectPath = (ref: string): string => `/inspect/${encodeURIComponent(ref)}.json`;

export type LabDocument = { kind: 'etc'; container: string; file: EtcFile } | { kind: 'inspect'; ref: string };

export function parseDocumentPath(path: string): LabDocument | undefined {
  const etc = /^\/containers\/([^/]+)\/etc\/([^/]+)$/.exec(path);
  if (etc) {
    const file = ETC_FILES.find((f) => f === etc[2]);
    return file ? { kind: 'etc', container: decodeURIComponent(etc[1]!), file } : undefined;
  }
  const inspect = /^\/inspect\/([^/]+)\.json$/.exec(path);
  return inspect ? { kind: 'inspect', ref: decodeURIComponent(inspect[1]!) } : undefined;
}

/** An /etc file's text as the container sees it now, or undefined when the container is gone. */
export function etcFileText(lab: Lab, containerName: string, file: EtcFile): string | undefined {
  const c = lab.containerByName(containerName);
  return c ? READERS[file](lab, c) : undefined;
}
