// Which tags the simulated registry has for a catalogue image. Docker Hub's official images tag
// `latest`, versions (`1.27`, `7.4.2`, `v3.1`) and variants (`alpine`, `slim`, `bookworm`) joined
// by `-` (`1.27-alpine`, `3.12-slim-bookworm`); anything else is a tag the registry answers with
// `manifest unknown` (moby daemon/internal/distribution/errors.go, notFoundError.Error; see registry.ts).
import { lookupImage } from './images';

const VARIANTS = new Set([
  'latest',
  'stable',
  'mainline',
  'lts',
  'current',
  'alpine',
  'slim',
  'perl',
  'otel',
  'musl',
  'glibc',
  'uclibc',
  'bookworm',
  'bullseye',
  'buster',
  'trixie',
  'jammy',
  'noble',
  'focal',
  'oracle',
  'management',
  'windowsservercore',
  'nanoserver',
  'builder',
]);

/** One `-`-separated part of a tag: a version (`1`, `1.27.3`, `v3.1`, `3.20.0rc1`), or a variant word with its version (`alpine3.20`). */
const isTagPart = (part: string): boolean =>
  /^v?\d+(\.\d+)*([a-z]+\d*)?$/.test(part) || VARIANTS.has(part.replace(/\d+(\.\d+)*$/, ''));

/** The tag of a reference (`latest` when it names none); undefined for a digest reference. */
export function tagOf(reference: string): string | undefined {
  if (reference.includes('@')) return undefined;
  const lastSlash = reference.lastIndexOf('/');
  const colon = reference.indexOf(':', lastSlash + 1);
  return colon < 0 ? 'latest' : reference.slice(colon + 1);
}

/** Whether the registry has this tag of a catalogue image (a digest reference always resolves). */
export function tagExists(reference: string): boolean {
  if (!lookupImage(reference)) return false;
  const tag = tagOf(reference);
  return tag === undefined || tag.split('-').every(isTagPart);
}
