// What the daemon checks before it creates a container (src/core/daemon/containerCreate.ts):
// moby api/types/container ValidateRestartPolicy (as validateHostConfig calls it) and
// daemon/names.go (validContainerNamePattern `^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$`, then the reservation
// that names the container holding a name).
import * as assert from 'node:assert/strict';
import {
  type CreateOptions,
  containerNameError,
  createContainer,
  restartPolicyError,
} from '../../src/core/daemon/containerCreate';
import { Lab } from '../../src/core/lab/lab';
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

/**
 * createContainer called as the API router calls it, for the checks the CLI never lets through
 * (it refuses `--rm --restart` and negative `--health-retries` itself) and for the record it writes.
 */
describe('createContainer: checks and record (daemon/containerCreate)', () => {
  const base = (o: Partial<CreateOptions> = {}): CreateOptions => ({
    image: 'busybox',
    cmd: [],
    networkMode: 'default',
    endpoints: {},
    ...o,
  });
  const create = (lab: Lab, o: Partial<CreateOptions> = {}) => createContainer(lab, base(o));
  const refusal = (o: Partial<CreateOptions>): string | undefined => {
    try {
      create(new Lab({ seed: 0 }), o);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };

  const AUTO_REMOVE = "can't create 'AutoRemove' container with restart policy";
  // moby daemon/container.go validateHealthCheck (MinimumDuration 1ms; Retries < 0) and
  // daemon/container.go validateHostConfig (AutoRemove with a restart policy other than "" or "no").
  const CHECKS: Array<{ id: string; o: Partial<CreateOptions>; want: string | undefined }> = [
    {
      id: 'interval of exactly 1ms is allowed',
      o: { healthcheck: { test: ['NONE'], interval: 0.001 } },
      want: undefined,
    },
    {
      id: 'interval under 1ms',
      o: { healthcheck: { test: ['NONE'], interval: 0.0009 } },
      want: 'Interval in Healthcheck cannot be less than 1ms',
    },
    {
      id: 'negative retries',
      o: { healthcheck: { test: ['NONE'], interval: 0, retries: -1 } },
      want: 'Retries in Healthcheck cannot be negative',
    },
    { id: 'zero retries', o: { healthcheck: { test: ['NONE'], interval: 0, retries: 0 } }, want: undefined },
    {
      id: 'start period under 1ms',
      o: { healthcheck: { test: ['NONE'], interval: 0, startPeriod: 0.0005 } },
      want: 'StartPeriod in Healthcheck cannot be less than 1ms',
    },
    {
      id: 'start period of 1ms',
      o: { healthcheck: { test: ['NONE'], interval: 0, startPeriod: 0.001 } },
      want: undefined,
    },
    {
      id: 'AutoRemove with restart always',
      o: { autoRemove: true, restartPolicy: { name: 'always', maxRetries: 0 } },
      want: AUTO_REMOVE,
    },
    {
      id: 'AutoRemove with restart no',
      o: { autoRemove: true, restartPolicy: { name: 'no', maxRetries: 0 } },
      want: undefined,
    },
    {
      id: 'AutoRemove with an empty policy',
      o: { autoRemove: true, restartPolicy: { name: '', maxRetries: 0 } },
      want: undefined,
    },
    { id: 'AutoRemove without a policy', o: { autoRemove: true }, want: undefined },
    {
      id: 'restart always without AutoRemove',
      o: { restartPolicy: { name: 'always', maxRetries: 0 } },
      want: undefined,
    },
    // daemon/create.go containerCreate (via container.go validateContainerConfig): hostname length.
    { id: 'hostname of 64 bytes', o: { hostname: 'h'.repeat(64) }, want: undefined },
    {
      id: 'hostname of 65 bytes',
      o: { hostname: 'h'.repeat(65) },
      want: `hostname "${'h'.repeat(65)}" is too long (maximum 64 bytes)`,
    },
    // daemon/images GetImage: an unknown reference, normalized (docker.io/library/…:latest).
    { id: 'unknown image', o: { image: 'nosuchimage' }, want: 'No such image: nosuchimage:latest' },
    // daemon/volumes ValidateMountConfig runs on HostConfig.Mounts (--mount); -v binds are parsed, not validated so.
    {
      id: '--mount with a relative target',
      o: { mounts: [{ type: 'volume', source: 'v1', target: 'data', readOnly: false, mode: '' }] },
      want: 'invalid mount config for type "volume": invalid mount path: \'data\' mount path must be absolute',
    },
  ];
  for (const c of CHECKS) {
    it(c.id, () => assert.equal(refusal(c.o), c.want));
  }

  it('a record with nothing asked for has empty lists, no mounts, and no warnings', () => {
    const lab = new Lab({ seed: 0 });
    const { container: c, warnings } = create(lab);
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      [c.dns, c.dnsSearch, c.dnsOptions, c.extraHosts, c.links, c.env, c.binds, c.mounts],
      [[], [], [], [], [], [], undefined, undefined],
    );
    assert.equal(c.networkMode, 'bridge');
    assert.deepEqual(Object.keys(c.networks), ['bridge']);
    // daemon/create.go: the default hostname is the short ID.
    assert.equal(c.hostname, c.id.slice(0, 12));
  });

  it('host networking: no warning without published ports, the host name as hostname', () => {
    const lab = new Lab({ seed: 0 });
    const { container: c, warnings } = create(lab, { networkMode: 'host', portBindings: {} });
    assert.deepEqual(warnings, []);
    assert.equal(c.hostname, lab.hostProfile.hostname);
  });

  it('host networking with published ports warns that they are discarded', () => {
    // daemon/create.go verifyPlatformContainerSettings / api server: the warning in moby's words.
    const { warnings } = create(new Lab({ seed: 0 }), {
      networkMode: 'host',
      portBindings: { '80/tcp': [{ hostIp: '', hostPort: '80' }] },
    });
    assert.deepEqual(warnings, ['Published ports are discarded when using host network mode']);
  });

  it('--uts host takes the host name as hostname', () => {
    const lab = new Lab({ seed: 0 });
    assert.equal(create(lab, { uts: 'host' }).container.hostname, lab.hostProfile.hostname);
  });

  it('container:<name> becomes container:<full id>, with no networks and no hostname of its own', () => {
    // daemon/create.go adaptSharedNamespaceContainer; the joiner gets no endpoint config of its own.
    const lab = new Lab({ seed: 0 });
    const target = create(lab, { name: 'xx' }).container;
    const { container: c } = create(lab, { name: 'jj', networkMode: 'container:xx' });
    assert.equal(c.networkMode, `container:${target.id}`);
    assert.deepEqual(c.networks, {});
    assert.equal(c.hostname, '');
  });

  it('a network mode that is not container:… stays as given even when a container exists', () => {
    const lab = new Lab({ seed: 0 });
    create(lab, { name: 'xx' });
    assert.equal(create(lab, { name: 'yy' }).container.networkMode, 'bridge');
  });

  it('a leading slash is not part of the name (daemon/names.go reserveName)', () => {
    assert.equal(create(new Lab({ seed: 0 }), { name: '/slashed' }).container.name, 'slashed');
  });

  it('a generated name skips names already taken (daemon/names.go generateAndReserveName)', () => {
    // With the same seed the second create draws the same name; here that name is already taken.
    const probe = new Lab({ seed: 0 });
    create(probe, { name: 'zz' });
    const drawn = create(probe).container.name;
    const lab = new Lab({ seed: 0 });
    create(lab, { name: drawn });
    assert.notEqual(create(lab).container.name, drawn);
  });

  it('only -v binds with a source are HostConfig.Binds, in -v spelling', () => {
    const { container: c } = create(new Lab({ seed: 0 }), {
      mounts: [
        { type: 'bind', source: '/srv', target: '/data', readOnly: false, mode: '', raw: '/srv:/data' },
        { type: 'bind', source: '/opt', target: '/opt', readOnly: false, mode: '' },
      ],
    });
    assert.deepEqual(c.binds, ['/srv:/data']);
  });

  it('-e entries without "=" are not in the environment', () => {
    assert.deepEqual(create(new Lab({ seed: 0 }), { env: ['A=1', 'B'] }).container.env, ['A=1']);
  });

  it('tells the lab it changed', () => {
    const lab = new Lab({ seed: 0 });
    const before = lab.revision;
    create(lab);
    assert.ok(lab.revision > before);
  });
});
