// What the registry knows of each catalogue image besides how it runs: its size on disk and as
// content (the containerd image store's DISK USAGE and CONTENT SIZE, linux/amd64, approximately
// the current `latest`), how many layers it has, and when it was built. IDs and digests are
// derived from the reference so every lab shows the same ones.
import { imageBaseName } from './images';
import { tagOf } from './imageTags';
import { own } from '../lab/own';

export interface ImageMeta {
  /** Unpacked snapshot plus content, in bytes (`docker images` DISK USAGE, Summary.Size). */
  diskUsage: number;
  /** Compressed content in bytes (CONTENT SIZE). */
  contentSize: number;
  layers: number;
  /** Build time, seconds since the epoch (Created). */
  created: number;
}

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 12, 0, 0) / 1000;

const META: Record<string, ImageMeta> = {
  busybox: { diskUsage: 6_020_000, contentSize: 2_210_000, layers: 1, created: day(2024, 9, 26) },
  alpine: { diskUsage: 12_800_000, contentSize: 3_800_000, layers: 1, created: day(2025, 10, 8) },
  ubuntu: { diskUsage: 117_000_000, contentSize: 29_700_000, layers: 1, created: day(2025, 11, 14) },
  debian: { diskUsage: 186_000_000, contentSize: 48_500_000, layers: 1, created: day(2025, 12, 8) },
  node: { diskUsage: 1_620_000_000, contentSize: 412_000_000, layers: 8, created: day(2025, 12, 10) },
  python: { diskUsage: 1_470_000_000, contentSize: 381_000_000, layers: 7, created: day(2025, 12, 5) },
  'nicolaka/netshoot': { diskUsage: 628_000_000, contentSize: 180_000_000, layers: 12, created: day(2025, 6, 17) },
  'hello-world': { diskUsage: 20_300, contentSize: 3_960, layers: 1, created: day(2025, 8, 8) },
  nginx: { diskUsage: 225_000_000, contentSize: 59_800_000, layers: 7, created: day(2025, 12, 9) },
  httpd: { diskUsage: 174_000_000, contentSize: 45_600_000, layers: 6, created: day(2025, 12, 9) },
  redis: { diskUsage: 200_000_000, contentSize: 49_100_000, layers: 8, created: day(2025, 11, 20) },
  postgres: { diskUsage: 621_000_000, contentSize: 158_000_000, layers: 14, created: day(2025, 12, 9) },
  mysql: { diskUsage: 1_150_000_000, contentSize: 239_000_000, layers: 11, created: day(2025, 10, 22) },
  mariadb: { diskUsage: 456_000_000, contentSize: 112_000_000, layers: 9, created: day(2025, 11, 12) },
  mongo: { diskUsage: 1_160_000_000, contentSize: 291_000_000, layers: 9, created: day(2025, 12, 2) },
  memcached: { diskUsage: 124_000_000, contentSize: 31_500_000, layers: 6, created: day(2025, 11, 18) },
  rabbitmq: { diskUsage: 358_000_000, contentSize: 103_000_000, layers: 10, created: day(2025, 12, 1) },
  traefik: { diskUsage: 226_000_000, contentSize: 53_800_000, layers: 4, created: day(2025, 12, 4) },
  caddy: { diskUsage: 72_100_000, contentSize: 21_500_000, layers: 5, created: day(2025, 11, 26) },
};

const FALLBACK: ImageMeta = { diskUsage: 100_000_000, contentSize: 30_000_000, layers: 3, created: day(2025, 12, 1) };

export function imageMeta(reference: string): ImageMeta {
  return own(META, imageBaseName(reference)) ?? FALLBACK;
}

/** A stable hex string from a seed (FNV-1a with a splitmix finaliser per round). */
export function catalogHex(seed: string, chars: number): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < chars; round++) {
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    let z = (h + Math.imul(round + 1, 0x9e3779b9)) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    out += ((z ^ (z >>> 16)) >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, chars);
}

/** `repository:tag` as Docker Hub familiar names show it: `nginx:latest`, `nicolaka/netshoot:v0.13`. */
export function familiarTagged(reference: string): string {
  return `${imageBaseName(reference)}:${tagOf(reference) ?? 'latest'}`;
}

/**
 * The image's digest: with the containerd image store (Engine 29's default) the image ID is the
 * digest of the index the tag points at, so ID and the pull's `Digest:` line agree.
 */
export function imageDigest(reference: string): string {
  return `sha256:${catalogHex(`image ${familiarTagged(reference)}`, 64)}`;
}

/**
 * The platform's manifest in that index (linux/amd64, the lab's host), which a container records
 * as its ImageManifestDescriptor (moby daemon/create.go, daemon/inspect.go): an OCI manifest of a
 * stable digest and a size of the order real ones have.
 */
export function platformManifest(reference: string): { mediaType: string; digest: string; size: number } {
  const seed = `manifest ${familiarTagged(reference)} linux/amd64`;
  return {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${catalogHex(seed, 64)}`,
    size: 1000 + (parseInt(catalogHex(`${seed} size`, 4), 16) % 1500),
  };
}

/** The layer digests, base layer first. */
export function layerDigests(reference: string): string[] {
  const n = imageMeta(reference).layers;
  return Array.from({ length: n }, (_, i) => `sha256:${catalogHex(`layer ${familiarTagged(reference)} ${i}`, 64)}`);
}
