// The daemon's volumes and mounts by function (src/core/daemon/volumes.ts), each row citing moby
// docker-v29.0.0: daemon/volume/mounts/linux_parser.go (ParseMountRaw, linuxValidMountMode,
// validateMountConfigImpl), daemon/volume/mounts/validate.go (errMissingField etc.),
// daemon/volume/local/local.go (validateName), daemon/volume/service errors.go (OpErr) and
// daemon/volumes.go registerMountPoints.
import * as assert from 'node:assert/strict';
import {
  ANONYMOUS_LABEL,
  type MountRequest,
  checkMountSpec,
  createVolume,
  mountPoints,
  parseVolumeFlag,
  removeAnonymousVolumes,
  removeVolume,
  volumeUsers,
} from '../../src/core/daemon/volumes';
import { Lab } from '../../src/core/lab/lab';
import { replay } from './transcript';

/** The message a call throws, or '' when it does not throw. */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

describe('daemon volumes: -v parsed as ParseMountRaw does', () => {
  const CASES: Array<{ source: string; raw: string; error?: string; want?: Partial<MountRequest> }> = [
    {
      source: 'linux_parser.go ParseMountRaw: an empty first field is errInvalidSpec',
      raw: ':/data',
      error: "invalid volume specification: ':/data'",
    },
    {
      source: 'linux_parser.go ParseMountRaw: more than three fields is errInvalidSpec',
      raw: 'a:/b:ro:x',
      error: "invalid volume specification: 'a:/b:ro:x'",
    },
    {
      source: 'linux_parser.go ParseMountRaw: DEST:MODE (two fields, the second a valid mode) is errInvalidSpec',
      raw: '/foo:rw',
      error: "invalid volume specification: '/foo:rw'",
    },
    {
      source: 'linux_parser.go ParseMountRaw: errInvalidMode for an unknown mode',
      raw: 'a:/b:bogus',
      error: 'invalid mode: bogus',
    },
    {
      source: 'linux_parser.go linuxValidMountMode: every part must be a known mode',
      raw: 'a:/b:ro,bogus',
      error: 'invalid mode: ro,bogus',
    },
    {
      source: 'linux_parser.go linuxValidMountMode: rw and ro together (rwModeCount > 1)',
      raw: 'a:/b:rw,ro',
      error: 'invalid mode: rw,ro',
    },
    {
      source: 'linux_parser.go linuxValidMountMode: rw twice (rwModeCount > 1)',
      raw: 'a:/b:rw,rw',
      error: 'invalid mode: rw,rw',
    },
    {
      source: 'linux_parser.go linuxValidMountMode: ro twice (rwModeCount > 1)',
      raw: 'a:/b:ro,ro',
      error: 'invalid mode: ro,ro',
    },
    {
      source: 'linux_parser.go linuxValidMountMode: one of rw/ro plus a label mode is valid',
      raw: 'a:/b:ro,z',
      want: { type: 'volume', source: 'a', target: '/b', readOnly: true, mode: 'ro,z' },
    },
    {
      source: 'linux_parser.go ParseMountRaw: SOURCE:DEST, a relative source is a named volume',
      raw: 'data:/data',
      want: { type: 'volume', source: 'data', target: '/data', readOnly: false, mode: '' },
    },
    {
      source: 'linux_parser.go ParseMountRaw: an absolute source is a bind',
      raw: '/src:/dst:rw',
      want: { type: 'bind', source: '/src', target: '/dst', readOnly: false, mode: 'rw' },
    },
    {
      source: 'linux_parser.go validateMountConfigImpl (errMissingField Target), wrapped in errInvalidSpec',
      raw: 'a::ro',
      error: `invalid volume specification: 'a::ro': invalid mount config for type "volume": field Target must not be empty`,
    },
    {
      source: 'linux_parser.go linuxValidateNotRoot: the target path.Clean makes `/` (wrapped in errInvalidSpec)',
      raw: 'data://',
      error: `invalid volume specification: 'data://': invalid mount config for type "volume": invalid specification: destination can't be '/'`,
    },
    {
      source: 'linux_parser.go validateMountConfigImpl: ReadOnly on an anonymous volume',
      raw: '/data:ro',
      error: "invalid volume specification: '/data:ro'",
    },
  ];
  for (const c of CASES) {
    it(`${c.raw} (${c.source})`, () => {
      if (c.error !== undefined)
        assert.equal(
          thrown(() => parseVolumeFlag(c.raw)),
          c.error,
        );
      else {
        const m = parseVolumeFlag(c.raw);
        const { type, source, target, readOnly, mode } = m;
        assert.deepEqual({ type, source, target, readOnly, mode }, c.want);
      }
    });
  }
});

describe('daemon volumes: --mount checked as validateMountConfigImpl does', () => {
  const base: MountRequest = { type: 'volume', source: 'v', target: '/t', readOnly: false, mode: '' };
  const CASES: Array<{ source: string; m: Partial<MountRequest>; error: string }> = [
    {
      source: 'validateMountConfigImpl: errMissingField("Target")',
      m: { target: '' },
      error: 'invalid mount config for type "volume": field Target must not be empty',
    },
    {
      source: 'validateMountConfigImpl: linuxValidateNotRoot (ErrVolumeTargetIsRoot)',
      m: { target: '/' },
      error: `invalid mount config for type "volume": invalid specification: destination can't be '/'`,
    },
    {
      source: 'validateMountConfigImpl: linuxValidateNotRoot cleans the target first (path.Clean)',
      m: { target: '/tmp/..' },
      error: `invalid mount config for type "volume": invalid specification: destination can't be '/'`,
    },
    {
      source: 'validateMountConfigImpl: linuxValidateAbsolute of the target',
      m: { target: 'rel' },
      error: `invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute`,
    },
    {
      source: 'validateMountConfigImpl TypeBind: errMissingField("Source")',
      m: { type: 'bind', source: '' },
      error: 'invalid mount config for type "bind": field Source must not be empty',
    },
    {
      source: 'validateMountConfigImpl TypeBind: errExtraField("VolumeOptions")',
      m: { type: 'bind', source: '/s', noCopy: true },
      error: 'invalid mount config for type "bind": field VolumeOptions must not be specified',
    },
    {
      source: 'validateMountConfigImpl TypeBind: linuxValidateAbsolute of the source',
      m: { type: 'bind', source: 'rel' },
      error: `invalid mount config for type "bind": invalid mount path: 'rel' mount path must be absolute`,
    },
    {
      source: 'validateMountConfigImpl TypeVolume: anonymous and ReadOnly',
      m: { source: '', readOnly: true },
      error: 'invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes',
    },
    {
      source: 'validateMountConfigImpl TypeVolume: a read-only named volume is fine',
      m: { readOnly: true },
      error: '',
    },
    { source: 'validateMountConfigImpl TypeVolume: an anonymous volume is fine', m: { source: '' }, error: '' },
    {
      source: 'validateMountConfigImpl TypeBind: a read-only bind with an absolute source is fine',
      m: { type: 'bind', source: '/s', readOnly: true },
      error: '',
    },
  ];
  for (const c of CASES) {
    it(`${JSON.stringify(c.m)} (${c.source})`, () => {
      assert.equal(
        thrown(() => checkMountSpec({ ...base, ...c.m })),
        c.error,
      );
    });
  }
});

describe('daemon volumes: the store (local driver, volume/service)', () => {
  it('local.go validateName: a one-character name is too short', () => {
    assert.equal(
      thrown(() => createVolume(new Lab(), 'a', null)),
      'create a: volume name is too short, names should be at least two alphanumeric characters',
    );
  });
  it('local.go validateName: characters outside [a-zA-Z0-9][a-zA-Z0-9_.-]', () => {
    assert.equal(
      thrown(() => createVolume(new Lab(), 'a b', null)),
      'create a b: "a b" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path',
    );
  });
  it('service.go Create: a new volume is recorded (no Options unless given) and the lab changes', () => {
    const lab = new Lab();
    const before = lab.revision;
    const v = createVolume(lab, 'data', null);
    assert.deepEqual(v, { name: 'data', createdAt: lab.now, labels: null });
    assert.equal(lab.volumes.get('data'), v);
    assert.ok(lab.revision > before);
    assert.deepEqual(createVolume(lab, 'opts', null, { type: 'tmpfs' }).options, { type: 'tmpfs' });
  });
  it('service.go Remove: a missing volume is "no such volume", ignored when forced', () => {
    const lab = new Lab();
    assert.equal(
      thrown(() => removeVolume(lab, 'nope', false)),
      'get nope: no such volume',
    );
    assert.equal(
      thrown(() => removeVolume(lab, 'nope', true)),
      '',
    );
  });
  it('service.go Remove: a removed volume is gone and the lab changes', () => {
    const lab = new Lab();
    createVolume(lab, 'data', null);
    const before = lab.revision;
    removeVolume(lab, 'data', false);
    assert.equal(lab.volumes.has('data'), false);
    assert.ok(lab.revision > before);
  });
  it('errors.go OpErr/errVolumeInUse: every container using it, joined with ", "', () => {
    const { lab } = replay([
      'docker run -d --name plain busybox top',
      'docker run -d --name one -v data:/d busybox top',
      'docker run -d --name other -v other:/o busybox top',
      'docker run -d --name two -v data:/e busybox top',
    ]);
    const id = (n: string) => [...lab.containers.values()].find((c) => c.name === n)!.id;
    assert.deepEqual(
      volumeUsers(lab, 'data').map((c) => c.name),
      ['one', 'two'],
    );
    assert.equal(
      thrown(() => removeVolume(lab, 'data', true)),
      `remove data: volume is in use - [${id('one')}, ${id('two')}]`,
    );
  });
});

describe('daemon volumes: registerMountPoints', () => {
  it('daemon/volumes.go registerMountPoints: a duplicate destination, trailing slashes cleaned', () => {
    const req = (target: string): MountRequest => ({ type: 'volume', source: 'v1', target, readOnly: false, mode: '' });
    assert.equal(
      thrown(() => mountPoints(new Lab(), [req('/data'), req('/data//')])),
      'Duplicate mount point: /data',
    );
  });
  it('parseMountSpec path.Clean: the destination loses its trailing slashes', () => {
    const lab = new Lab();
    const [m] = mountPoints(lab, [{ type: 'volume', source: 'v1', target: '/data//', readOnly: false, mode: '' }]);
    assert.equal(m!.destination, '/data');
    assert.equal(m!.mode, 'z');
  });
  it('parseMountSpec: Destination and a bind Source are path.Clean-ed (., .. and repeated slashes)', () => {
    const [m] = mountPoints(new Lab(), [
      { type: 'bind', source: '/src//sub/..', target: '/data/./x/../y//', readOnly: false, mode: '' },
    ]);
    assert.equal(m!.destination, '/data/y');
    assert.equal(m!.source, '/src');
  });
  it('volumes_unix.go setBindModeIfNull: not for a -v anonymous volume (Config.Volumes), yes for --mount', () => {
    const lab = new Lab();
    const [raw, spec] = mountPoints(lab, [
      { type: 'volume', source: '', target: '/a', readOnly: false, mode: '', raw: '/a' },
      { type: 'volume', source: '', target: '/b', readOnly: false, mode: '' },
    ]);
    assert.equal(raw!.mode, '');
    assert.equal(spec!.mode, 'z');
    assert.deepEqual(lab.volumes.get(raw!.name!)!.labels, { [ANONYMOUS_LABEL]: '' });
  });
  it('daemon/delete.go removeMountPoints: an anonymous volume another container still uses stays', () => {
    const { lab } = replay(['docker run -d --name one -v /data busybox top']);
    const a = [...lab.containers.values()].find((c) => c.name === 'one')!;
    const name = a.mounts![0]!.name!;
    const { lab: lab2 } = replay([
      'docker run -d --name one -v /data busybox top',
      `docker run -d --name two -v ${name}:/data busybox top`,
      'docker rm -f -v one',
    ]);
    assert.ok(lab2.volumes.has(name));
    const b = [...lab2.containers.values()].find((c) => c.name === 'two')!;
    removeAnonymousVolumes(lab2, b);
    assert.ok(lab2.volumes.has(name), 'two still references it');
  });
});
