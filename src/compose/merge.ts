// Several `-f` files into one source model, later files overriding earlier ones (a simplified
// compose-go override.Merge): a service, network or volume defined again has each key it sets
// replaced, `networks` and `depends_on` of a service are merged by name, its `volumes` by target,
// other list keys are replaced.
import { uniqueByTarget } from './loadVolumes';
import type { ComposeFileSource, NetworkSource, ServiceSource, VolumeSource } from './model';

function mergeService(base: ServiceSource, over: ServiceSource): ServiceSource {
  const set = new Set(over.keys.map((k) => k.key));
  const pick = <K extends keyof ServiceSource>(key: K, yamlKey: string): ServiceSource[K] =>
    set.has(yamlKey) ? over[key] : base[key];
  const networks =
    base.networks && over.networks
      ? {
          ...over.networks,
          entries: [
            ...base.networks.entries.filter((b) => !over.networks!.entries.some((o) => o.name === b.name)),
            ...over.networks.entries,
          ],
        }
      : (over.networks ?? base.networks);
  const dependsOn = [
    ...base.dependsOn.filter((b) => !over.dependsOn.some((o) => o.service === b.service)),
    ...over.dependsOn,
  ];
  const merged: ServiceSource = {
    ...base,
    file: over.file,
    keyRange: over.keyRange,
    range: over.range,
    keys: [...base.keys.filter((k) => !set.has(k.key)), ...over.keys],
    hasBuild: base.hasBuild || over.hasBuild,
    ports: pick('ports', 'ports'),
    expose: pick('expose', 'expose'),
    dns: pick('dns', 'dns'),
    dnsSearch: pick('dnsSearch', 'dns_search'),
    dnsOpt: pick('dnsOpt', 'dns_opt'),
    extraHosts: pick('extraHosts', 'extra_hosts'),
    links: pick('links', 'links'),
    externalLinks: pick('externalLinks', 'external_links'),
    dependsOn,
  };
  const optional = [
    'image',
    'command',
    'networkMode',
    'hostname',
    'domainname',
    'macAddress',
    'containerName',
    'scale',
    'replicas',
    'envFiles',
  ] as const;
  const yamlKey: Record<(typeof optional)[number], string> = {
    image: 'image',
    command: 'command',
    networkMode: 'network_mode',
    hostname: 'hostname',
    domainname: 'domainname',
    macAddress: 'mac_address',
    containerName: 'container_name',
    scale: 'scale',
    replicas: 'deploy',
    envFiles: 'env_file',
  };
  for (const k of optional) {
    if (set.has(yamlKey[k])) {
      const v = over[k];
      if (v === undefined) delete merged[k];
      else (merged as unknown as Record<string, unknown>)[k] = v;
    }
  }
  if (networks) merged.networks = networks;
  // Sequences are appended, then made unique by target (override/uncity.go volumeIndexer).
  if (base.volumes || over.volumes) merged.volumes = uniqueByTarget([...(base.volumes ?? []), ...(over.volumes ?? [])]);
  return merged;
}

function mergeNetwork(base: NetworkSource, over: NetworkSource): NetworkSource {
  return {
    ...base,
    ...Object.fromEntries(
      Object.entries(over).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
    ),
  };
}

function mergeVolume(base: VolumeSource, over: VolumeSource): VolumeSource {
  return {
    ...base,
    ...Object.fromEntries(
      Object.entries(over).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
    ),
    keys: [...base.keys.filter((k) => !over.keys.some((o) => o.key === k.key)), ...over.keys],
  };
}

/** Files in command-line order into one model; `path`/`text` are the last file's. */
export function mergeFiles(files: readonly ComposeFileSource[]): ComposeFileSource {
  const [first, ...rest] = files;
  if (!first) throw new Error('mergeFiles needs at least one file');
  let out: ComposeFileSource = {
    ...first,
    services: [...first.services],
    networks: [...first.networks],
    volumes: [...first.volumes],
    keys: [...first.keys],
  };
  for (const f of rest) {
    const services = [...out.services];
    for (const s of f.services) {
      const i = services.findIndex((x) => x.name === s.name);
      if (i < 0) services.push(s);
      else services[i] = mergeService(services[i]!, s);
    }
    const networks = [...out.networks];
    for (const n of f.networks) {
      const i = networks.findIndex((x) => x.key === n.key);
      if (i < 0) networks.push(n);
      else networks[i] = mergeNetwork(networks[i]!, n);
    }
    const volumes = [...out.volumes];
    for (const v of f.volumes) {
      const i = volumes.findIndex((x) => x.key === v.key);
      if (i < 0) volumes.push(v);
      else volumes[i] = mergeVolume(volumes[i]!, v);
    }
    out = {
      ...out,
      path: f.path,
      text: f.text,
      keys: [...out.keys, ...f.keys],
      services,
      networks,
      volumes,
      ...(f.name ? { name: f.name } : {}),
    };
  }
  return out;
}
