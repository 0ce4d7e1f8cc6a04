// `docker image inspect`: the daemon's InspectResponse for a catalogue image with the containerd
// image store (moby daemon/containerd/image_inspect.go ImageInspect; api/types/image
// InspectResponse field order; the image config's fields are omitempty as in the OCI spec).
import type { ImageSummary } from '../../core/catalog/hostImages';
import { layerDigests } from '../../core/catalog/imageMeta';
import { lookupImage } from '../../core/catalog/images';
import { goTime } from './goTime';
import { type JsonObject, type JsonValue, NIL_MAP, goSet, isObject, withOmitEmpty, withOrder } from './json';

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function config(i: ImageSummary): JsonObject {
  const info = lookupImage(i.reference);
  const out: JsonObject = {};
  const exposed = info?.exposed ?? [];
  if (exposed.length > 0) out.ExposedPorts = Object.fromEntries(exposed.map((p) => [p, {}]));
  out.Env = [PATH_ENV];
  if (info && info.entrypoint.length > 0) out.Entrypoint = info.entrypoint;
  if (info && info.cmd.length > 0) out.Cmd = info.cmd;
  if (i.repository === 'nginx') out.StopSignal = 'SIGQUIT';
  return out;
}

export function imageInspectObject(i: ImageSummary): JsonValue {
  const layers: JsonValue[] = layerDigests(i.reference);
  return {
    Id: i.id,
    RepoTags: [i.repoTag],
    RepoDigests: [`${i.repository}@${i.id}`],
    Comment: 'buildkit.dockerfile.v0',
    Created: goTime(i.created, `created ${i.repoTag}`),
    Config: config(i),
    Architecture: 'amd64',
    Os: 'linux',
    Size: i.contentSize,
    RootFS: { Type: 'layers', Layers: layers },
    Metadata: { LastTagTime: goTime(i.pulledAt, `tagged ${i.repoTag}`) },
    Descriptor: {
      mediaType: 'application/vnd.oci.image.index.v1+json',
      digest: i.id,
      size: 10229,
    },
  };
}

/**
 * The image config's fields (opencontainers image-spec ImageConfig and docker's DockerOCIImageConfigExt), all
 * `json:",omitempty"`: in the typed InspectResponse the CLI's templates see, an absent map is a nil map (`{{json}}`
 * null, `{{.}}` map[]) and an absent string is "".
 */
const IMAGE_CONFIG_ZERO: JsonObject = {
  User: '',
  ExposedPorts: NIL_MAP,
  Volumes: NIL_MAP,
  WorkingDir: '',
  Labels: NIL_MAP,
  StopSignal: '',
  ArgsEscaped: false,
};
const IMAGE_CONFIG_ORDER = [
  'User',
  'ExposedPorts',
  'Env',
  'Entrypoint',
  'Cmd',
  'Volumes',
  'WorkingDir',
  'Labels',
  'StopSignal',
  'ArgsEscaped',
];

/** What `-f` templates see first: the typed image.InspectResponse, its Config fields at their zero values. */
export function imageTemplateView(i: ImageSummary): JsonValue {
  const json = imageInspectObject(i);
  if (!isObject(json) || !isObject(json['Config'])) return json;
  const config = json['Config'];
  const ports = config['ExposedPorts'];
  const typed = isObject(ports) ? { ...config, ExposedPorts: goSet(Object.keys(ports)) } : config;
  const cfg = withOrder({ ...IMAGE_CONFIG_ZERO, ...typed }, IMAGE_CONFIG_ORDER);
  return { ...json, Config: withOmitEmpty(cfg, IMAGE_CONFIG_ORDER) };
}
