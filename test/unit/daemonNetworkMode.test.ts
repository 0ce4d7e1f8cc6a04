// HostConfig.NetworkMode as the engine reads it (src/core/daemon/networkMode.ts, after moby
// api/types/container/hostconfig_unix.go NetworkMode methods and daemon/network IsPredefined), and
// `--filter KEY=VALUE` as the CLI parses it (src/core/daemon/filterArgs.ts, moby api/types/filters
// ParseFlag through docker/cli opts.FilterOpt).
import * as assert from 'node:assert/strict';
import {
  containerMode,
  containerModeTarget,
  isContainerMode,
  isDefaultMode,
  isPredefinedName,
  isUserDefined,
  modeKind,
} from '../../src/core/daemon/networkMode';
import { FilterFormatError, parseFilterArgs } from '../../src/core/daemon/filterArgs';

describe('network modes (daemon/networkMode)', () => {
  const MODES: Array<{
    mode: string;
    kind: string;
    userDefined: boolean;
    container: boolean;
    target: string;
    isDefault: boolean;
    predefined: boolean;
  }> = [
    { mode: '', kind: 'bridge', userDefined: false, container: false, target: '', isDefault: true, predefined: false },
    {
      mode: 'default',
      kind: 'bridge',
      userDefined: false,
      container: false,
      target: '',
      isDefault: true,
      predefined: true,
    },
    {
      mode: 'bridge',
      kind: 'bridge',
      userDefined: false,
      container: false,
      target: '',
      isDefault: false,
      predefined: true,
    },
    {
      mode: 'host',
      kind: 'host',
      userDefined: false,
      container: false,
      target: '',
      isDefault: false,
      predefined: true,
    },
    {
      mode: 'none',
      kind: 'none',
      userDefined: false,
      container: false,
      target: '',
      isDefault: false,
      predefined: true,
    },
    {
      mode: 'container',
      kind: 'container',
      userDefined: false,
      container: true,
      target: '',
      isDefault: false,
      predefined: false,
    },
    {
      mode: 'container:web',
      kind: 'container',
      userDefined: false,
      container: true,
      target: 'web',
      isDefault: false,
      predefined: false,
    },
    {
      mode: 'app',
      kind: 'user-defined',
      userDefined: true,
      container: false,
      target: '',
      isDefault: false,
      predefined: false,
    },
    {
      mode: 'containers',
      kind: 'user-defined',
      userDefined: true,
      container: false,
      target: '',
      isDefault: false,
      predefined: false,
    },
    {
      mode: 'Host',
      kind: 'user-defined',
      userDefined: true,
      container: false,
      target: '',
      isDefault: false,
      predefined: false,
    },
  ];
  for (const m of MODES) {
    it(`mode ${JSON.stringify(m.mode)}`, () => {
      assert.deepEqual(
        {
          kind: modeKind(m.mode),
          userDefined: isUserDefined(m.mode),
          container: isContainerMode(m.mode),
          target: containerModeTarget(m.mode),
          isDefault: isDefaultMode(m.mode),
          predefined: isPredefinedName(m.mode),
        },
        {
          kind: m.kind,
          userDefined: m.userDefined,
          container: m.container,
          target: m.target,
          isDefault: m.isDefault,
          predefined: m.predefined,
        },
      );
    });
  }

  it('container:<ref> is built from the reference as given', () => {
    assert.deepEqual([containerMode('web'), containerMode('3f2a')], ['container:web', 'container:3f2a']);
  });
});

describe('--filter KEY=VALUE (daemon/filterArgs)', () => {
  it('keys lower-cased, both sides trimmed, values of one key gathered in order', () => {
    assert.deepEqual(
      [...parseFilterArgs([' Name = web ', 'status=running', 'name=db', 'label=a=b', 'id='])],
      [
        ['name', ['web', 'db']],
        ['status', ['running']],
        ['label', ['a=b']],
        ['id', ['']],
      ],
    );
  });

  it("a value without '=' is pflag's invalid argument, naming the flag", () => {
    assert.throws(
      () => parseFilterArgs(['status=running', 'dangling']),
      (e: unknown) =>
        e instanceof FilterFormatError &&
        e.message === 'invalid argument "dangling" for "-f, --filter" flag: bad format of filter (expected name=value)',
    );
  });
});
