// `docker ps --format` {{.Mounts}} and {{.LocalVolumes}} (docker/cli cli/command/formatter/container.go
// ContainerContext Mounts, LocalVolumes): each mount's volume name, or a bind's host path, cut to 15
// runes unless --no-trunc; local volumes counted, binds not.
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const RUN = 'docker run -d --name web -v data:/data -v /srv/site:/usr/share/nginx/html -v /cache nginx';

describe("docker ps's Mounts and LocalVolumes (docker/cli formatter ContainerContext)", () => {
  it('names each mount: a volume by its name, a bind by its host path, an anonymous volume cut with an ellipsis', () => {
    const { steps, lab } = replay([RUN, "docker ps --format '{{.Mounts}} | {{.LocalVolumes}}'"]);
    const anonymous = lab.containerByName('web')!.mounts!.find((m) => m.destination === '/cache')!.name!;
    assert.equal(steps[1]!.stdout, `data,/srv/site,${anonymous.slice(0, 14)}… | 2\n`);
  });

  it('--no-trunc keeps the whole name', () => {
    const { steps, lab } = replay([RUN, "docker ps --no-trunc --format '{{.Mounts}}'"]);
    const anonymous = lab.containerByName('web')!.mounts!.find((m) => m.destination === '/cache')!.name!;
    assert.equal(steps[1]!.stdout, `data,/srv/site,${anonymous}\n`);
  });

  it('a container without mounts: empty, and no local volume', () => {
    const { steps } = replay([
      'docker run -d --name web nginx',
      "docker ps --format '[{{.Mounts}}] {{.LocalVolumes}}'",
    ]);
    assert.equal(steps[1]!.stdout, '[] 0\n');
  });
});
