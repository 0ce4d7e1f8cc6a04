// A volume's "copy up": when a container is created, each volume mounted over a folder of the image
// that is still empty gets the image's files from that folder (moby daemon/create_unix.go
// populateVolumes and populateVolume, container/container_unix.go CopyImagePathContent and
// copyExistingContents: a volume with anything in it is left as it is). Binds are never filled, and
// `nocopy` (`-v name:/path:nocopy`, `--mount ...,volume-nocopy`, compose's `volume.nocopy`) turns the
// copy off (volume/mounts/linux_parser.go, MountPoint.CopyData).
import { imageFile, imageFilePaths, runsImageEntrypoint } from '../catalog/imageFiles';
import { imageContent } from '../catalog/images';
import type { Lab } from '../lab/lab';
import type { Container, LayerEntry } from '../lab/model';
import type { MountRequest } from './volumes';

/** Fills the container's empty volumes from the image; requests are the mounts as asked, index for index with c.mounts. */
export function populateVolumes(lab: Lab, c: Container, requests: readonly MountRequest[]): void {
  const reference = imageContent(c);
  // The entrypoint's edits (nginx's IPv6 listen line) land in the volume when the container first starts.
  const ranEntrypoint = runsImageEntrypoint(c, reference);
  (c.mounts ?? []).forEach((m, i) => {
    if (m.type !== 'volume' || requests[i]?.noCopy) return;
    const volume = m.name ? lab.volumes.get(m.name) : undefined;
    if (!volume || Object.keys(volume.files ?? {}).length > 0) return;
    const below = `${m.destination}/`;
    const files: Record<string, LayerEntry> = {};
    for (const path of imageFilePaths(reference)) {
      const file = path.startsWith(below) ? imageFile(reference, path, ranEntrypoint) : undefined;
      if (file) files[path.slice(m.destination.length)] = { kind: 'file', ...file };
    }
    if (Object.keys(files).length === 0) return;
    volume.files = files;
    lab.markChanged();
  });
}
