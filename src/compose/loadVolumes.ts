// A compose file's volumes read into the source model: a service's `volumes` entries (short syntax
// through ParseVolume, long syntax key by key), their unicity by target, and top-level `volumes:`.
import { ComposeError } from './errors';
import type { ComposeFileSource, ServiceVolumeSource, VolumeSource } from './model';
import { VolumeSpecError, parseVolumeSpec } from './volumeSpec';
import { boolish, keyValues, located } from './yamlValues';
import { type YamlEntry, type YamlNode, entries, isMapping, nodeRange, scalarText } from './yamlTree';

/**
 * One entry of a service's `volumes` (compose-go transform/volume.go transformVolumeMount): the short
 * syntax through ParseVolume (its errors thrown at the entry), the long one read key by key.
 */
export function serviceVolume(node: YamlNode): ServiceVolumeSource | undefined {
  const range = nodeRange(node);
  if (isMapping(node)) {
    const f = new Map(entries(node).map((x) => [x.key, x.value]));
    const text = (k: string) => scalarText(f.get(k) ?? null) ?? '';
    const sourceNode = f.get('source');
    const v: ServiceVolumeSource = {
      range,
      syntax: 'long',
      type: text('type'),
      source: text('source'),
      sourceRange: sourceNode ? nodeRange(sourceNode) : range,
      target: text('target'),
      readOnly: boolish(f.get('read_only')) ?? false,
    };
    const bind = f.get('bind');
    if (bind && isMapping(bind)) {
      const b = new Map(entries(bind).map((x) => [x.key, x.value]));
      v.bind = {
        // transform/defaults.go defaultVolumeBind: create_host_path defaults to true.
        createHostPath: boolish(b.get('create_host_path')) ?? true,
        propagation: scalarText(b.get('propagation') ?? null) ?? '',
        selinux: scalarText(b.get('selinux') ?? null) ?? '',
      };
    }
    const volume = f.get('volume');
    if (volume && isMapping(volume)) {
      const o = new Map(entries(volume).map((x) => [x.key, x.value]));
      v.volume = { nocopy: boolish(o.get('nocopy')) ?? false, subpath: scalarText(o.get('subpath') ?? null) ?? '' };
    }
    return v;
  }
  const spec = scalarText(node);
  if (spec === undefined) return undefined;
  try {
    const parsed = parseVolumeSpec(spec);
    return { range, syntax: 'short', sourceRange: range, ...parsed };
  } catch (e) {
    if (!(e instanceof VolumeSpecError)) throw e;
    // Kept with its error, so the editor's per-service model reads the rest; loadComposeFile throws it.
    return {
      range,
      syntax: 'short',
      type: '',
      source: '',
      sourceRange: range,
      target: '',
      readOnly: false,
      error: e.message,
    };
  }
}

/** transform/volume.go transformVolumeMount's first refusal in the file (Canonical runs per file). */
export function throwVolumeSpecErrors(file: ComposeFileSource): void {
  for (const s of file.services)
    for (const v of s.volumes ?? []) if (v.error !== undefined) throw new ComposeError(v.error, file.path, v.range);
}

/**
 * override/uncity.go EnforceUnicity with volumeIndexer, which compose-go runs on every file and on the
 * merge: a later entry on the same target takes the earlier one's place (short-syntax targets cleaned).
 */
export function uniqueByTarget(list: readonly ServiceVolumeSource[]): ServiceVolumeSource[] {
  const out: ServiceVolumeSource[] = [];
  const at = new Map<string, number>();
  for (const v of list) {
    // An entry ParseVolume refused stays, so its error is the one thrown.
    const i = v.error === undefined ? at.get(v.target) : undefined;
    if (i !== undefined) out[i] = v;
    else {
      if (v.error === undefined) at.set(v.target, out.length);
      out.push(v);
    }
  }
  return out;
}

/** One entry of top-level `volumes:` read into its source (exported for the editor's model). */
export function volume(file: string, e: YamlEntry): VolumeSource {
  const v: VolumeSource = {
    key: e.key,
    file,
    keyRange: e.keyRange,
    range: e.range,
    driverOpts: [],
    labels: [],
    keys: [],
  };
  for (const f of entries(e.value)) {
    v.keys.push({ key: f.key, keyRange: f.keyRange, value: null, range: f.range });
    const node = f.value;
    if (f.key === 'name' || f.key === 'driver') {
      const l = located(node);
      if (l) v[f.key] = l;
    } else if (f.key === 'driver_opts') v.driverOpts = keyValues(node);
    else if (f.key === 'labels') v.labels = keyValues(node);
    else if (f.key === 'external') {
      if (isMapping(node)) {
        v.external = { value: true, range: f.range };
        const name = located(entries(node).find((x) => x.key === 'name')?.value ?? null);
        if (name) v.externalName = name;
      } else {
        const b = boolish(node);
        if (b !== undefined) v.external = { value: b, range: nodeRange(node) };
      }
    }
  }
  return v;
}
