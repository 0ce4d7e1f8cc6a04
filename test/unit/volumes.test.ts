// Volumes and mounts, in Docker's words: `-v` parsed as moby's Linux parser does (daemon/volume/mounts
// linux_parser.go ParseMountRaw), `--mount` as docker/cli opts/mount.go reads it, named volumes created on the way
// with mode "z" (daemon/volumes.go registerMountPoints, volumes_unix.go setBindModeIfNull), anonymous ones with
// com.docker.volume.anonymous, the store's errors (volume/service errors.go OpErr), `docker volume` (docker/cli
// cli/command/volume), inspect's Mounts (api/types/container MountPoint) and `ps --filter volume` (daemon/list.go).
import * as assert from 'node:assert/strict';
import { replay } from './transcript';

const CASES: Array<{ source: string; lines: string[]; stdout?: string; stderr?: string; exitCode?: number }> = [
  {
    source: 'volume/create.go: prints the name; list.go: sorted by name, table {{.Driver}}\\t{{.Name}}',
    lines: ['docker volume create zeta', 'docker volume create alpha', 'docker volume ls'],
    stdout: 'DRIVER    VOLUME NAME\nlocal     alpha\nlocal     zeta\n',
  },
  {
    source: 'volume/list.go -q: names only',
    lines: ['docker volume create data', 'docker run -d --name db -v logs:/logs busybox top', 'docker volume ls -q'],
    stdout: 'data\nlogs\n',
  },
  {
    source: 'api/types/volume Volume: CreatedAt RFC 3339, local driver, _data mountpoint',
    lines: ['docker volume create data', 'docker volume inspect data'],
    stdout:
      '[\n    {\n        "CreatedAt": "2026-01-01T09:00:01Z",\n        "Driver": "local",\n        "Labels": {},\n' +
      '        "Mountpoint": "/var/lib/docker/volumes/data/_data",\n        "Name": "data",\n        "Options": {},\n' +
      '        "Scope": "local"\n    }\n]\n',
  },
  {
    source: 'docker/cli inspect/inspector.go NewTemplateInspectorFromString: -f json is the compact JSON inspector',
    lines: ['docker volume create data', 'docker volume inspect -f json data'],
    stdout:
      '[{"CreatedAt":"2026-01-01T09:00:01Z","Driver":"local","Labels":{},"Mountpoint":"/var/lib/docker/volumes/data/_data","Name":"data","Options":{},"Scope":"local"}]\n',
  },
  {
    source: 'docker/cli inspect/inspector.go TemplateInspector.Flush: an empty result is a newline',
    lines: ['docker volume create data', "docker volume inspect -f '{{if false}}x{{end}}' data"],
    stdout: '\n',
  },
  {
    source: 'volume/service errors.go OpErr: remove of a volume in use names the container IDs',
    lines: ['docker run -d --name db -v data:/data busybox top', 'docker volume rm data'],
    stderr:
      'Error response from daemon: remove data: volume is in use - [33469494a65d9b7a57dcb96b1b486183e411ddc13e2cf2419e2ea24fb7fbe3e5]\n',
    exitCode: 1,
  },
  {
    source: 'volume/service: get of a missing volume is "no such volume"',
    lines: ['docker volume rm nope'],
    stderr: 'Error response from daemon: get nope: no such volume\n',
    exitCode: 1,
  },
  {
    source: 'volume/remove.go: each removed name printed, after its container is gone',
    lines: ['docker run -d --name db -v data:/data busybox top', 'docker rm -f db', 'docker volume rm data'],
    stdout: 'data\n',
  },
  {
    source: 'registerMountPoints + setBindModeIfNull: -v NAME:/path is a volume with mode "z"; a bind is rprivate',
    lines: [
      'docker run -d --name db -v data:/var/lib/data -v /srv/www:/www:ro busybox top',
      "docker inspect -f '{{json .Mounts}}' db",
    ],
    stdout:
      '[{"Type":"volume","Name":"data","Source":"/var/lib/docker/volumes/data/_data","Destination":"/var/lib/data",' +
      '"Driver":"local","Mode":"z","RW":true,"Propagation":""},' +
      '{"Type":"bind","Source":"/srv/www","Destination":"/www","Mode":"ro","RW":false,"Propagation":"rprivate"}]\n',
  },
  {
    source: 'HostConfig.Binds: the -v values with a source',
    lines: [
      'docker run -d --name db -v data:/data -v /anon busybox top',
      "docker inspect -f '{{json .HostConfig.Binds}}' db",
    ],
    stdout: '["data:/data"]\n',
  },
  {
    source: 'opts/mount.go: --mount type=volume,source=,target=,readonly',
    lines: [
      'docker run -d --name db --mount type=volume,source=data,target=/data,readonly busybox top',
      "docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.Mode}} {{.RW}}{{end}}' db",
    ],
    stdout: 'volume data /data z false\n',
  },
  {
    source: 'daemon/list.go: --filter volume= matches a mount Name or Destination',
    lines: [
      'docker run -d --name db -v data:/data busybox top',
      'docker run -d --name web -v /srv:/srv nginx',
      'docker run -d --name other busybox top',
      "docker ps --filter volume=data --filter volume=/srv --format '{{.Names}}'",
    ],
    stdout: 'web\ndb\n',
  },
  {
    source: 'daemon/list.go: a bind is matched by its Source',
    lines: [
      'docker run -d --name web -v /srv/site:/usr/share/nginx/html nginx',
      'docker ps --filter volume=/srv/site -q',
    ],
    stdout: '33469494a65d\n',
  },
  {
    source: 'local.go validateName: invalid characters, wrapped by the store as create NAME',
    lines: ["docker run --rm -v 'bad name:/x' busybox true"],
    stderr:
      'docker: Error response from daemon: create bad name: "bad name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n',
    exitCode: 125,
  },
  {
    source: 'linux_parser.go ParseMountRaw: DEST:MODE is not a volume',
    lines: ['docker run --rm -v /data:rw busybox true'],
    stderr: "docker: Error response from daemon: invalid volume specification: '/data:rw'\n",
    exitCode: 125,
  },
  {
    source: 'linux_parser.go validateMountConfigImpl: the destination must be absolute',
    lines: ['docker run --rm -v data:rel busybox true'],
    stderr:
      "docker: Error response from daemon: invalid volume specification: 'data:rel': invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute\n",
    exitCode: 125,
  },
  {
    source: 'parser.go ErrVolumeTargetIsRoot',
    lines: ['docker run --rm -v data:/ busybox true'],
    stderr:
      "docker: Error response from daemon: invalid volume specification: 'data:/': invalid mount config for type \"volume\": invalid specification: destination can't be '/'\n",
    exitCode: 125,
  },
  {
    source: 'opts/mount.go: target is required',
    lines: ['docker run --rm --mount type=volume,source=data busybox true'],
    stderr: 'invalid argument "type=volume,source=data" for "--mount" flag: target is required\n',
    exitCode: 125,
  },
  {
    source: 'daemon/volumes.go duplicateMountPointError',
    lines: ['docker run --rm -v a1:/data -v b2:/data busybox true'],
    stderr: 'docker: Error response from daemon: Duplicate mount point: /data\n',
    exitCode: 125,
  },
  {
    source: 'rm -v (RemoveVolume): the anonymous volume goes, the named one stays',
    lines: [
      'docker run -d --name db -v data:/data -v /scratch busybox top',
      'docker rm -f -v db',
      'docker volume ls -q',
    ],
    stdout: 'data\n',
  },
  {
    source: 'monitor.go autoRemove: --rm removes the anonymous volumes too',
    lines: ['docker run --rm -v /scratch busybox true', 'docker volume ls -q'],
    stdout: '',
  },
];

describe('volumes and mounts (moby daemon/volume, docker/cli volume and opts/mount.go)', () => {
  for (const c of CASES) {
    it(c.source, () => {
      const { steps } = replay(c.lines);
      const step = steps[steps.length - 1]!;
      assert.equal(step.exitCode, c.exitCode ?? 0, step.stderr);
      if (c.stdout !== undefined) assert.equal(step.stdout, c.stdout);
      if (c.stderr !== undefined) assert.ok(step.stderr.startsWith(c.stderr), `stderr was:\n${step.stderr}`);
    });
  }

  it('an anonymous volume: a 64-hex name with com.docker.volume.anonymous', () => {
    const { steps } = replay(['docker run -d --name db -v /scratch busybox top', 'docker volume ls -q']);
    const name = steps[1]!.stdout.trim();
    assert.match(name, /^[0-9a-f]{64}$/);
    const { steps: more } = replay([
      'docker run -d --name db -v /scratch busybox top',
      `docker volume inspect -f '{{json .Labels}}' ${name}`,
    ]);
    assert.equal(more[1]!.stdout, '{"com.docker.volume.anonymous":""}\n');
  });

  it('a saved lab keeps its volumes and mounts', async () => {
    const { saveLab, loadLab } = await import('../../src/core/lab/serialize');
    const { lab } = replay(['docker volume create data', 'docker run -d --name db -v data:/data busybox top']);
    const again = loadLab(JSON.parse(JSON.stringify(saveLab(lab))));
    assert.deepEqual([...again.volumes.keys()], ['data']);
    assert.equal(again.containerByName('db')!.mounts![0]!.name, 'data');
  });
});
