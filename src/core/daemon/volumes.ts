// Volumes of the local driver and container mounts: `-v` parsed as the daemon's Linux parser does
// (moby daemon/volume/mounts/linux_parser.go ParseMountRaw), `--mount` specs validated there too
// (validateMountConfigImpl), named volumes created on the way with mode "z" (daemon/volumes.go
// registerMountPoints, volumes_unix.go setBindModeIfNull), anonymous ones with their label
// (volume/service AnonymousLabel), and the volume store's errors (volume/service errors.go OpErr).
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Container, MountPoint, Volume } from '../lab/model';

export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** A mount as asked for: `-v` (raw) or `--mount` (spec), before volumes exist. */
export interface MountRequest {
  type: 'volume' | 'bind';
  /** Volume name or host path; '' for an anonymous volume. */
  source: string;
  target: string;
  readOnly: boolean;
  /** The -v mode field ("ro", "rw,z", ...), '' for --mount. */
  mode: string;
  /** Came from -v (HostConfig.Binds) rather than --mount. */
  raw?: string;
  /** `nocopy` / `volume-nocopy`: an empty volume is not filled with the image's files (MountPoint.CopyData false). */
  noCopy?: boolean;
}

/** /var/lib/docker/volumes/NAME/_data (local driver Root.Create). */
export const volumeMountpoint = (name: string): string => `/var/lib/docker/volumes/${name}/_data`;

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const MODES = new Set(['rw', 'ro', 'z', 'Z', 'nocopy', 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave']);

/** linuxValidMountMode: comma-separated known modes, at most one of rw/ro. */
function validMode(mode: string): boolean {
  if (mode === '') return true;
  const parts = mode.split(',');
  return parts.every((p) => MODES.has(p)) && parts.filter((p) => p === 'rw' || p === 'ro').length <= 1;
}

const invalidSpec = (raw: string) => `invalid volume specification: '${raw}'`;
const isAbs = (p: string) => p.startsWith('/');

/** path.Clean for an absolute path: repeated slashes, `.` and `..` resolved (parseMountSpec cleans Destination and a bind's Source). */
function cleanAbs(p: string): string {
  const kept: string[] = [];
  for (const part of p.split('/')) {
    if (part === '..') kept.pop();
    else if (part !== '' && part !== '.') kept.push(part);
  }
  return `/${kept.join('/')}`;
}

/** validateMountConfigImpl's target and source checks, as `invalid mount config for type "T": ...`. */
function validate(m: MountRequest): string | undefined {
  const bad = (why: string) => `invalid mount config for type "${m.type}": ${why}`;
  if (m.target === '') return bad('field Target must not be empty');
  // linuxValidateNotRoot: the target as path.Clean leaves it (backslashes as slashes), so `//` and `/tmp/..` too.
  const slashed = m.target.replace(/\\/g, '/');
  if (isAbs(slashed) && cleanAbs(slashed) === '/') return bad("invalid specification: destination can't be '/'");
  if (!isAbs(m.target)) return bad(`invalid mount path: '${m.target}' mount path must be absolute`);
  if (m.type === 'bind') {
    if (m.source === '') return bad('field Source must not be empty');
    // `nocopy` sets VolumeOptions, which a bind must not have.
    if (m.noCopy) return bad('field VolumeOptions must not be specified');
    if (!isAbs(m.source)) return bad(`invalid mount path: '${m.source}' mount path must be absolute`);
  }
  if (m.type === 'volume' && m.readOnly && m.source === '')
    return bad('must not set ReadOnly mode when using anonymous volumes');
  return undefined;
}

/** ParseMountRaw: DEST, SOURCE:DEST or SOURCE:DEST:MODE; an absolute source is a bind. Throws the daemon's error. */
export function parseVolumeFlag(raw: string): MountRequest {
  const arr = raw.split(':');
  if (arr[0] === '' || arr.length > 3) throw daemonError(invalidSpec(raw));
  let source = '';
  let target = arr[0]!;
  let mode = '';
  if (arr.length === 2) {
    // Destination + Mode is not a valid volume (e.g. /foo:rw).
    if (validMode(arr[1]!)) throw daemonError(invalidSpec(raw));
    [source, target] = [arr[0]!, arr[1]!];
  } else if (arr.length === 3) [source, target, mode] = [arr[0]!, arr[1]!, arr[2]!];
  if (!validMode(mode)) throw daemonError(`invalid mode: ${mode}`);
  const m: MountRequest = {
    type: isAbs(source) ? 'bind' : 'volume',
    source,
    target,
    readOnly: mode.split(',').includes('ro'),
    mode,
    raw,
    // getCopyMode: `nocopy` in the mode turns the copy off (it means nothing for a bind).
    ...(mode.split(',').includes('nocopy') ? { noCopy: true } : {}),
  };
  const why = validate(m);
  if (why) throw daemonError(`${invalidSpec(raw)}: ${why}`);
  return m;
}

/** The daemon's check of a --mount spec (ParseMountSpec), for a request the CLI already parsed. */
export function checkMountSpec(m: MountRequest): void {
  const why = validate(m);
  if (why) throw daemonError(why);
}

/** Creates a volume, or returns the one of that name (the store's Create is idempotent for the local driver). */
export function createVolume(
  lab: Lab,
  name: string,
  labels: Record<string, string> | null,
  options?: Record<string, string> | null,
): Volume {
  const existing = lab.volumes.get(name);
  if (existing) return existing;
  if (name.length === 1)
    throw daemonError(`create ${name}: volume name is too short, names should be at least two alphanumeric characters`);
  if (!VOLUME_NAME.test(name))
    throw daemonError(
      `create ${name}: ${JSON.stringify(name)} includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
    );
  const v: Volume = { name, createdAt: lab.now, labels };
  if (options !== undefined) v.options = options;
  lab.volumes.set(name, v);
  lab.markChanged();
  return v;
}

/** The containers referencing a volume (the store's refs), in creation order. */
export function volumeUsers(lab: Lab, name: string): Container[] {
  return [...lab.containers.values()].filter((c) => (c.mounts ?? []).some((m) => m.name === name));
}

/** `docker volume rm`: not found is `get NAME: no such volume`; in use names the containers (unless forced). */
export function removeVolume(lab: Lab, name: string, force: boolean): void {
  if (!lab.volumes.has(name)) {
    if (force) return;
    throw daemonError(`get ${name}: no such volume`, 1);
  }
  const users = volumeUsers(lab, name);
  if (users.length > 0)
    throw daemonError(`remove ${name}: volume is in use - [${users.map((c) => c.id).join(', ')}]`, 1);
  lab.volumes.delete(name);
  lab.markChanged();
}

/**
 * The container's mount points (registerMountPoints): a duplicate destination fails, named volumes are created
 * (or reused) with mode "z" when none was given, anonymous ones get a random name and the anonymous label.
 */
export function mountPoints(lab: Lab, requests: readonly MountRequest[]): MountPoint[] {
  const seen = new Set<string>();
  for (const r of requests) {
    const dest = cleanAbs(r.target);
    if (seen.has(dest)) throw daemonError(`Duplicate mount point: ${dest}`);
    seen.add(dest);
  }
  return requests.map((r) => {
    const destination = cleanAbs(r.target);
    if (r.type === 'bind')
      return {
        type: 'bind',
        source: cleanAbs(r.source),
        destination,
        mode: r.mode,
        rw: !r.readOnly,
        propagation: 'rprivate',
      };
    const anonymous = r.source === '';
    const v = anonymous ? createVolume(lab, lab.newId(), { [ANONYMOUS_LABEL]: '' }) : createVolume(lab, r.source, null);
    return {
      type: 'volume',
      name: v.name,
      source: volumeMountpoint(v.name),
      destination,
      // setBindModeIfNull runs for -v named volumes and every --mount volume; a -v anonymous one (Config.Volumes)
      // keeps its empty mode.
      mode: anonymous && r.raw !== undefined ? r.mode : r.mode || 'z',
      rw: !r.readOnly,
      propagation: '',
    };
  });
}

/** `docker rm -v` and --rm: the container's anonymous volumes go with it (named ones stay). */
export function removeAnonymousVolumes(lab: Lab, c: Container): void {
  for (const m of c.mounts ?? []) {
    const v = m.name ? lab.volumes.get(m.name) : undefined;
    if (v && v.labels !== null && ANONYMOUS_LABEL in v.labels && volumeUsers(lab, v.name).length === 0)
      lab.volumes.delete(v.name);
  }
}
