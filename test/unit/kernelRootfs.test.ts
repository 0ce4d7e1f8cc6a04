// The folders a root file system has (src/core/kernel/rootfs.ts), through busybox ash's `cd` in a
// container: /sys/class/net holds one folder per interface of the container's own namespace (the
// kernel's net class, drivers/base/core.c device_add under /sys/class/net), nothing deeper.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

/** busybox ash's cd failure (shell/ash.c, cdcmd: "can't cd to %s"). */
const cantCd = (path: string) => `sh: cd: can't cd to ${path}: No such file or directory\n`;

describe('the root file system (kernel/rootfs)', () => {
  const CASES: Array<{ path: string; ok: boolean; why: string }> = [
    { path: '/sys/class/net/eth0', ok: true, why: "the container's own eth0" },
    { path: '/sys/class/net/lo/', ok: true, why: 'its loopback, a trailing slash normalised away' },
    { path: '/sys/class/net', ok: true, why: 'the class folder itself' },
    { path: '/sys/class/net/eth1', ok: false, why: 'an interface the namespace does not have' },
    { path: '/sys/class/net/docker0', ok: false, why: "the host's bridge, in another namespace" },
    { path: '/sys/class/net/e', ok: false, why: 'a prefix of an interface name' },
    { path: '/sys/class/net/eth0/x', ok: false, why: 'below an interface: not modelled' },
    { path: '/x/sys/class/net/eth0', ok: false, why: 'the same tail under another folder' },
    { path: '/usr/share/nginx', ok: false, why: "another image's tree: busybox has no nginx" },
  ];
  for (const c of CASES) {
    it(`cd ${c.path} in a busybox container ${c.ok ? 'succeeds' : 'fails'}: ${c.why}`, () => {
      const { steps } = replay(['docker run -d --name box busybox top', `docker exec box sh -c 'cd ${c.path} && pwd'`]);
      const step = steps[1]!;
      const shown = c.path.replace(/\/$/, '');
      assert.deepEqual(
        [step.exitCode, step.stdout, step.stderr],
        c.ok ? [0, `${shown}\n`, ''] : [2, '', cantCd(c.path)],
      );
    });
  }

  it("the host's /sys/class/net has the bridge a network creates, and not a container's eth0", () => {
    const { steps } = replay(['cd /sys/class/net/docker0 && pwd', 'cd /sys/class/net/eth1 && pwd']);
    assert.deepEqual(
      steps.map((s) => [s.exitCode, s.stdout, s.stderr]),
      [
        [0, '/sys/class/net/docker0\n', ''],
        [1, '', '-bash: cd: /sys/class/net/eth1: No such file or directory\n'],
      ],
    );
  });
});
