// docker system df: docker/cli cli/command/system/df.go and formatter/disk_usage.go over moby
// daemon/disk_usage.go's figures (Engine 29.0.0); whole outputs asserted.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

describe('docker system df', () => {
  const CASES: Array<{ source: string; lines: string[]; stdout: string }> = [
    {
      source: 'formatter/disk_usage.go defaultDiskUsageTableFormat: an empty host',
      lines: ['docker system df'],
      stdout:
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          0         0         0B        0B\nContainers      0         0         0B        0B\nLocal Volumes   0         0         0B        0B\nBuild Cache     0         0         0B        0B\n',
    },
    {
      source:
        'daemon/disk_usage.go imageDiskUsage (29.0.0: an unused image is inactive and its unique size is taken off Reclaimable), containerDiskUsage isActive, localVolumesSize RefCount',
      lines: [
        'docker pull -q nginx',
        'docker run -d --name bb -v /data busybox top',
        'docker run --name once alpine true',
        'docker system df',
      ],
      // nginx 225MB + busybox 6.02MB + alpine 12.8MB = 243.82MB; used: busybox and alpine, 18.82MB, 7%.
      stdout:
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          3         2         243.8MB   18.82MB (7%)\nContainers      2         1         0B        0B\nLocal Volumes   1         1         0B        0B\nBuild Cache     0         0         0B        0B\n',
    },
    {
      source: 'disk_usage.go: one image however many names it has (the containerd store summarises by ID)',
      lines: [
        'docker pull -q nginx',
        'docker tag nginx web',
        'docker system df --format "{{.Type}} {{.TotalCount}} {{.Size}}"',
      ],
      stdout: 'Images 1 225MB\nContainers 0 0B\nLocal Volumes 0 0B\nBuild Cache 0 0B\n',
    },
    {
      source: 'df.go --format table: the header from the same template',
      lines: ['docker system df --format "table {{.Type}}\\t{{.Active}}"'],
      stdout: 'TYPE            ACTIVE\nImages          0\nContainers      0\nLocal Volumes   0\nBuild Cache     0\n',
    },
  ];
  for (const c of CASES) {
    it(`${c.lines[c.lines.length - 1]} (${c.source})`, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      assert.deepEqual(
        { exitCode: step.exitCode, stdout: step.stdout, stderr: step.stderr },
        { exitCode: 0, stdout: c.stdout, stderr: '' },
      );
    });
  }
});
