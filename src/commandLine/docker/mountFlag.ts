// `--mount type=volume,source=NAME,target=/path[,readonly]` as docker/cli opts/mount.go MountOpt.Set reads it
// (type defaults to volume, keys are case-insensitive, `ro`/`readonly` alone means true), and the -v values.
import { FlagValueError } from '../../core/lab/errors';
import { type MountRequest, parseVolumeFlag } from '../../core/daemon/volumes';

/** Keys the lab reads, and the volume-/bind-/tmpfs- options it accepts without modelling them. */
const IGNORED =
  /^(consistency|bind-propagation|bind-recursive|volume-subpath|volume-label|volume-driver|volume-opt|image-subpath|tmpfs-size|tmpfs-mode)$/;

export function parseMountFlag(value: string): MountRequest | undefined {
  const bad = (why: string) => new FlagValueError(value, '--mount', why);
  let type = 'volume';
  let source = '';
  let target = '';
  let readOnly = false;
  let noCopy = false;
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') readOnly = true;
      else if (key === 'volume-nocopy') noCopy = true;
      else throw bad(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    if (key === 'type') type = val.toLowerCase();
    else if (key === 'source' || key === 'src') source = val;
    else if (key === 'target' || key === 'dst' || key === 'destination') target = val;
    else if (key === 'readonly' || key === 'ro') {
      // strconv.ParseBool
      if (/^(1|t|T|TRUE|true|True)$/.test(val)) readOnly = true;
      else if (/^(0|f|F|FALSE|false|False)$/.test(val)) readOnly = false;
      else throw bad(`invalid value for ${key}: ${val}`);
    } else if (key === 'volume-nocopy') {
      if (/^(1|t|T|TRUE|true|True)$/.test(val)) noCopy = true;
      else if (/^(0|f|F|FALSE|false|False)$/.test(val)) noCopy = false;
      else throw bad(`invalid value for volume-nocopy: ${val}`);
    } else if (!IGNORED.test(key)) throw bad(`unexpected key '${key}' in '${field}'`);
  }
  if (type === '') throw bad('type is required');
  if (target === '') throw bad('target is required');
  // tmpfs, image, npipe and cluster mounts are not modelled: the lab keeps volumes and binds.
  if (type !== 'volume' && type !== 'bind') return undefined;
  return { type, source, target, readOnly, mode: '', ...(noCopy && type === 'volume' ? { noCopy } : {}) };
}

/** Every -v and --mount of a run/create, -v first (HostConfig.Binds, then HostConfig.Mounts). */
export function mountRequests(volumes: readonly string[], mounts: readonly string[]): MountRequest[] {
  const fromMount = mounts.map(parseMountFlag).filter((m): m is MountRequest => m !== undefined);
  return [...volumes.map(parseVolumeFlag), ...fromMount];
}
