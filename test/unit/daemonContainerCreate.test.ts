// What the daemon checks before it creates a container (src/core/daemon/containerCreate.ts):
// moby api/types/container ValidateRestartPolicy (as validateHostConfig calls it) and
// daemon/names.go (validContainerNamePattern `^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$`, then the reservation
// that names the container holding a name).
import * as assert from 'node:assert/strict';
import { containerNameError, restartPolicyError } from '../../src/core/daemon/containerCreate';
import { replay } from './transcript';

const ONLY_ON_FAILURE = "invalid restart policy: maximum retry count can only be used with 'on-failure'";

describe('container create checks (daemon/containerCreate)', () => {
  const POLICIES: Array<{ name: string; maxRetries: number; want: string | undefined }> = [
    { name: '', maxRetries: 0, want: undefined },
    { name: '', maxRetries: 3, want: undefined },
    { name: 'no', maxRetries: 0, want: undefined },
    { name: 'always', maxRetries: 0, want: undefined },
    { name: 'unless-stopped', maxRetries: 0, want: undefined },
    { name: 'no', maxRetries: 1, want: ONLY_ON_FAILURE },
    { name: 'always', maxRetries: 2, want: ONLY_ON_FAILURE },
    { name: 'unless-stopped', maxRetries: -1, want: `${ONLY_ON_FAILURE} and cannot be negative` },
    { name: 'on-failure', maxRetries: 0, want: undefined },
    { name: 'on-failure', maxRetries: 5, want: undefined },
    { name: 'on-failure', maxRetries: -1, want: 'invalid restart policy: maximum retry count cannot be negative' },
    {
      name: 'sometimes',
      maxRetries: 0,
      want: "invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
    },
  ];
  for (const p of POLICIES) {
    it(`restart policy ${JSON.stringify(p.name)} with ${p.maxRetries} retries`, () => {
      assert.equal(restartPolicyError(p), p.want);
    });
  }

  const { lab } = replay(['docker create --name web busybox']);
  const webId = lab.containerByName('web')!.id;
  const invalid = (name: string) => `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;
  const conflict = `Conflict. The container name "/web" is already in use by container "${webId}". You have to remove (or rename) that container to be able to reuse that name.`;
  const NAMES: Array<{ name: string; want: string | undefined }> = [
    { name: 'ab', want: undefined },
    { name: '/ab', want: undefined },
    { name: 'a.b_c-d9', want: undefined },
    { name: '9lives', want: undefined },
    { name: 'a', want: invalid('a') },
    { name: '_ab', want: invalid('_ab') },
    { name: '-ab', want: invalid('-ab') },
    { name: 'a b', want: invalid('a b') },
    { name: 'ab/', want: invalid('ab/') },
    { name: 'x/ab', want: invalid('x/ab') },
    { name: 'web', want: conflict },
    { name: '/web', want: conflict },
  ];
  for (const n of NAMES) {
    it(`container name ${JSON.stringify(n.name)}`, () => {
      assert.equal(containerNameError(lab, n.name), n.want);
    });
  }
});
