// The part of compose-spec.json the lab checks, with compose-go's way of reporting the most
// specific violation (schema/schema.go validationError): `<path> additional properties 'x' not
// allowed`, `<path> must be a string`, `<path> missing property 'condition'`. Service keys the lab
// does not model are accepted with any value.
import { ComposeError } from './errors';
import type { Range } from './model';
import { type YamlNode, entries, items, kindOf, nodeRange } from './yamlTree';

type Schema =
  | { type: 'any' }
  | { type: 'types'; of: string[] }
  | {
      type: 'object';
      props?: Record<string, Schema>;
      pattern?: [RegExp, Schema];
      extensions?: boolean;
      additional?: boolean;
      required?: string[];
      nullable?: boolean;
      acceptScalars?: string[];
    }
  | { type: 'array'; items?: Schema }
  | { type: 'oneOf'; of: Schema[] };

const ANY: Schema = { type: 'any' };
const t = (...of: string[]): Schema => ({ type: 'types', of });
const STRING = t('string');
const BOOL = t('boolean');
const NUMBER = t('number');
const obj = (
  props: Record<string, Schema>,
  more: Partial<{ pattern: [RegExp, Schema]; additional: boolean; required: string[]; nullable: boolean }> = {},
): Schema => ({ type: 'object', props, extensions: true, ...more });
const LIST_OF_STRINGS: Schema = { type: 'array', items: STRING };
const STRING_OR_LIST: Schema = { type: 'oneOf', of: [STRING, LIST_OF_STRINGS] };
const LIST_OR_DICT: Schema = {
  type: 'oneOf',
  of: [
    { type: 'object', pattern: [/.+/, t('string', 'number', 'boolean', 'null')], additional: false },
    LIST_OF_STRINGS,
  ],
};

const SERVICE_NETWORK = obj(
  {
    aliases: LIST_OF_STRINGS,
    interface_name: STRING,
    ipv4_address: STRING,
    ipv6_address: STRING,
    link_local_ips: LIST_OF_STRINGS,
    mac_address: STRING,
    driver_opts: { type: 'object', pattern: [/.+/, t('string', 'number')], additional: true },
    priority: NUMBER,
    gw_priority: NUMBER,
  },
  { additional: false },
);

const PORT_LONG = obj(
  {
    name: STRING,
    mode: STRING,
    host_ip: STRING,
    target: t('integer', 'string'),
    published: t('string', 'integer'),
    protocol: STRING,
    app_protocol: STRING,
  },
  { additional: false },
);

const DEPENDS_ON: Schema = {
  type: 'oneOf',
  of: [
    LIST_OF_STRINGS,
    {
      type: 'object',
      additional: false,
      pattern: [
        /^[a-zA-Z0-9._-]+$/,
        obj(
          { restart: t('boolean', 'string'), required: BOOL, condition: STRING },
          { additional: false, required: ['condition'] },
        ),
      ],
    },
  ],
};

/** A service's `volumes` item in the long syntax (compose-spec.json service.volumes.items). */
const SERVICE_VOLUME_LONG = obj(
  {
    type: STRING,
    source: STRING,
    target: STRING,
    read_only: t('boolean', 'string'),
    consistency: STRING,
    bind: obj(
      { propagation: STRING, create_host_path: t('boolean', 'string'), recursive: STRING, selinux: STRING },
      { additional: false },
    ),
    volume: obj({ labels: LIST_OR_DICT, nocopy: t('boolean', 'string'), subpath: STRING }, { additional: false }),
    tmpfs: obj({ size: t('integer', 'string'), mode: t('number', 'string') }, { additional: false }),
    image: obj({ subpath: STRING }, { additional: false }),
  },
  { additional: false, required: ['type'] },
);

/** Keys of `service` in compose-spec.json; the ones the lab reads are typed. */
const SERVICE_KEYS =
  'develop deploy annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs container_name cpu_count cpu_percent cpu_shares cpu_quota cpu_period cpu_rt_period cpu_rt_runtime cpus cpuset credential_spec depends_on device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file label_file environment expose extends provider external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation labels links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit network_mode models networks oom_kill_disable oom_score_adj pid pids_limit platform ports pre_start post_start pre_stop privileged profiles pull_policy pull_refresh_after read_only restart runtime scale security_opt shm_size secrets sysctls stdin_open stop_grace_period stop_signal storage_opt tmpfs tty ulimits use_api_socket user uts userns_mode volumes volumes_from working_dir'.split(
    ' ',
  );

const SERVICE_TYPED: Record<string, Schema> = {
  image: STRING,
  command: { type: 'oneOf', of: [t('null'), STRING, LIST_OF_STRINGS] },
  container_name: STRING,
  network_mode: STRING,
  hostname: STRING,
  domainname: STRING,
  mac_address: STRING,
  dns: STRING_OR_LIST,
  dns_search: STRING_OR_LIST,
  dns_opt: LIST_OF_STRINGS,
  expose: { type: 'array', items: t('string', 'number') },
  ports: { type: 'array', items: { type: 'oneOf', of: [NUMBER, STRING, PORT_LONG] } },
  extra_hosts: {
    type: 'oneOf',
    of: [
      { type: 'object', pattern: [/.+/, { type: 'oneOf', of: [STRING, LIST_OF_STRINGS] }], additional: false },
      LIST_OF_STRINGS,
    ],
  },
  links: LIST_OF_STRINGS,
  external_links: LIST_OF_STRINGS,
  depends_on: DEPENDS_ON,
  networks: {
    type: 'oneOf',
    of: [
      LIST_OF_STRINGS,
      {
        type: 'object',
        pattern: [/^[a-zA-Z0-9._-]+$/, { type: 'oneOf', of: [SERVICE_NETWORK, t('null')] }],
        additional: false,
      },
    ],
  },
  labels: LIST_OR_DICT,
  volumes: { type: 'array', items: { type: 'oneOf', of: [STRING, SERVICE_VOLUME_LONG] } },
};

const SERVICE: Schema = obj(Object.fromEntries(SERVICE_KEYS.map((k) => [k, SERVICE_TYPED[k] ?? ANY])), {
  additional: false,
});

const NETWORK: Schema = obj(
  {
    name: STRING,
    driver: STRING,
    driver_opts: { type: 'object', pattern: [/.+/, t('string', 'number')], additional: true },
    ipam: obj(
      {
        driver: STRING,
        config: {
          type: 'array',
          items: obj(
            {
              subnet: STRING,
              ip_range: STRING,
              gateway: STRING,
              aux_addresses: { type: 'object', pattern: [/.+/, STRING], additional: false },
            },
            { additional: false },
          ),
        },
        options: { type: 'object', pattern: [/.+/, STRING], additional: false },
      },
      { additional: false },
    ),
    external: {
      type: 'object',
      props: { name: STRING },
      extensions: true,
      additional: false,
      acceptScalars: ['boolean', 'string'],
    },
    internal: BOOL,
    enable_ipv4: BOOL,
    enable_ipv6: BOOL,
    attachable: BOOL,
    labels: LIST_OR_DICT,
  },
  { additional: false, nullable: true },
);

/** A top-level `volumes` entry (compose-spec.json $defs.volume). */
const VOLUME: Schema = obj(
  {
    name: STRING,
    driver: STRING,
    driver_opts: { type: 'object', pattern: [/.+/, t('string', 'number')], additional: true },
    external: {
      type: 'object',
      props: { name: STRING },
      extensions: true,
      additional: false,
      acceptScalars: ['boolean', 'string'],
    },
    labels: LIST_OR_DICT,
  },
  { additional: false, nullable: true },
);

const ROOT: Schema = obj(
  {
    version: STRING,
    name: STRING,
    include: ANY,
    services: { type: 'object', pattern: [/^[a-zA-Z0-9._-]+$/, SERVICE], additional: false },
    models: ANY,
    networks: { type: 'object', pattern: [/^[a-zA-Z0-9._-]+$/, NETWORK] },
    volumes: { type: 'object', pattern: [/^[a-zA-Z0-9._-]+$/, VOLUME], additional: false },
    secrets: ANY,
    configs: ANY,
  },
  { additional: false },
);

interface Violation {
  path: string[];
  message: string;
  range: Range;
  specificity: number;
}

const human = (want: string): string => (want === 'object' ? 'mapping' : want);

function humanTypes(want: string[]): string {
  if (want.length === 1) return human(want[0]!);
  const names = want.map(human).sort();
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`;
}

function typeMatches(kind: string, want: string): boolean {
  return kind === want || (want === 'number' && kind === 'integer');
}

const typeViolation = (path: string[], node: YamlNode, want: string[]): Violation => ({
  path,
  message: `must be a ${humanTypes(want)}`,
  range: nodeRange(node),
  specificity: path.length,
});

const quoted = (names: string[]) => names.map((n) => `'${n}'`).join(', ');

/** Violations found in node; the empty list means it is valid. */
function check(node: YamlNode, schema: Schema, path: string[]): Violation[] {
  const kind = kindOf(node);
  switch (schema.type) {
    case 'any':
      return [];
    case 'types':
      return schema.of.some((w) => typeMatches(kind, w)) ? [] : [typeViolation(path, node, schema.of)];
    case 'array': {
      if (kind !== 'array') return [typeViolation(path, node, ['array'])];
      if (!schema.items) return [];
      const itemSchema = schema.items;
      return items(node).flatMap((item, i) => check(item, itemSchema, [...path, String(i)]));
    }
    case 'oneOf': {
      const causes: Violation[] = [];
      for (const s of schema.of) {
        const v = check(node, s, path);
        if (v.length === 0) return [];
        causes.push(...v);
      }
      return causes;
    }
    case 'object': {
      if (schema.acceptScalars?.includes(kind)) return [];
      if (kind === 'null' && schema.nullable) return [];
      if (kind !== 'object') {
        const want = ['object', ...(schema.acceptScalars ?? []), ...(schema.nullable ? ['null'] : [])];
        return [typeViolation(path, node, want)];
      }
      const out: Violation[] = [];
      const unknown: { key: string; range: Range }[] = [];
      const present = new Set<string>();
      for (const e of entries(node)) {
        present.add(e.key);
        const prop = schema.props?.[e.key];
        if (prop) {
          out.push(...check(e.value, prop, [...path, e.key]));
          continue;
        }
        if (schema.pattern && schema.pattern[0].test(e.key)) {
          out.push(...check(e.value, schema.pattern[1], [...path, e.key]));
          continue;
        }
        if (schema.extensions && e.key.startsWith('x-')) continue;
        if (schema.additional === false) unknown.push({ key: e.key, range: e.range });
      }
      if (unknown.length > 0) {
        const names = unknown.map((u) => u.key);
        out.push({
          path,
          message: `additional properties ${quoted(names)} not allowed`,
          range: unknown[0]!.range,
          specificity: path.length + 1,
        });
      }
      const missing = (schema.required ?? []).filter((r) => !present.has(r));
      if (missing.length > 0) {
        out.push({
          path,
          message: `missing ${missing.length === 1 ? 'property' : 'properties'} ${quoted(missing)}`,
          range: nodeRange(node),
          specificity: path.length,
        });
      }
      return out;
    }
  }
}

/** Throws compose-go's `validating FILE: <path> <message>` for the most specific violation. */
export function validateSchema(file: string, root: YamlNode): void {
  const violations = check(root, ROOT, []);
  if (violations.length === 0) return;
  let best = violations[0]!;
  for (const v of violations) if (v.specificity > best.specificity) best = v;
  throw new ComposeError(`validating ${file}: ${best.path.join('.')} ${best.message}`, file, best.range);
}
