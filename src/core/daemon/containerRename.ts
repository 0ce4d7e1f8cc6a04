// `docker rename`: moby daemon/rename.go ContainerRename. The name changes in ps and inspect, and on
// a running container the sandbox and every endpoint take it (sb.Rename, ep.UpdateDNSNames), so the
// embedded DNS answers the new name and no longer the old one: the lab derives its DNS records from
// the name (labIndex.ts dnsRecords). The hostname, and the /etc/hosts already written, stay.
import { daemonError } from '../lab/errors';
import type { Lab } from '../lab/lab';
import type { Container } from '../lab/model';
import { containerNameError } from './containerCreate';

/** Renames the container `oldName` finds to `newName`, or throws the daemon's error. */
export function renameContainer(lab: Lab, oldName: string, newName: string): Container {
  const from = oldName.trim();
  let to = newName.trim();
  if (from.replace(/^\//, '') === '' || to.replace(/^\//, '') === '')
    throw daemonError('Neither old nor new names may be empty');
  const c = lab.getContainer(from);
  // Canonicalised with the leading "/" before comparing, reserving and quoting (reserveName).
  if (!to.startsWith('/')) to = `/${to}`;
  if (`/${c.name}` === to) throw daemonError('Renaming a container with the same name as its current name');
  const refused = containerNameError(lab, to);
  if (refused !== undefined) throw daemonError(`Error when allocating new name: ${refused}`);
  lab.batch(() => {
    lab.renameContainer(c, to.slice(1));
    lab.markChanged();
  });
  return c;
}
