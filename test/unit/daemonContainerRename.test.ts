// `docker rename` in the daemon (src/core/daemon/containerRename.ts), called directly so that what the
// CLI refuses first (docker/cli cli/command/container/rename.go: blank names) still reaches it: moby
// docker-v29.0.0 daemon/rename.go ContainerRename trims both names, refuses one that is empty once its
// leading "/" is gone, then looks the old one up and reserves the new one.
import * as assert from 'node:assert/strict';
import { renameContainer } from '../../src/core/daemon/containerRename';
import { replay } from './transcript';

interface Row {
  id: string;
  from: string;
  to: string;
  /** The daemon's refusal, or the container's name afterwards. */
  want: { error: string } | { name: string };
}

const EMPTY = 'Neither old nor new names may be empty';

const ROWS: Row[] = [
  // rename.go: strings.TrimPrefix(oldName, "/") == "" || strings.TrimPrefix(newName, "/") == "".
  { id: 'old name "/" is empty without its slash', from: '/', to: 'bb', want: { error: EMPTY } },
  { id: 'new name "/" is empty without its slash', from: 'web', to: '/', want: { error: EMPTY } },
  { id: 'new name of blanks is empty once trimmed', from: 'web', to: '   ', want: { error: EMPTY } },
  { id: 'old name " / " is empty once trimmed', from: ' / ', to: 'bb', want: { error: EMPTY } },
  // rename.go: strings.TrimSpace on both names before anything else.
  { id: 'both names are trimmed', from: ' web ', to: ' site ', want: { name: 'site' } },
  // rename.go: "Canonicalize name for comparing": a leading "/" is the same name.
  { id: 'a new name with its leading slash', from: 'web', to: '/site', want: { name: 'site' } },
  {
    id: 'the same name, with a slash',
    from: 'web',
    to: '/web',
    want: { error: 'Renaming a container with the same name as its current name' },
  },
];

describe('docker rename in the daemon (daemon/containerRename)', () => {
  for (const r of ROWS) {
    it(r.id, () => {
      const { lab } = replay(['docker run -d --name web busybox top']);
      const c = lab.getContainer('web');
      if ('error' in r.want) {
        assert.throws(() => renameContainer(lab, r.from, r.to), { message: r.want.error });
        assert.equal(c.name, 'web');
      } else {
        renameContainer(lab, r.from, r.to);
        assert.equal(c.name, r.want.name);
        assert.equal(lab.getContainer(r.want.name), c);
      }
    });
  }

  it('tells the views the lab changed (the explorer shows the new name)', () => {
    const { lab } = replay(['docker run -d --name web busybox top']);
    let changes = 0;
    lab.onDidChange(() => changes++);
    renameContainer(lab, 'web', 'site');
    assert.equal(changes, 1);
  });
});
