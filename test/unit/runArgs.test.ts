// What the create and network commands send to docker, as words.
import * as assert from 'node:assert/strict';
import { CREATE_MODES, MODE_OFFERS, runArgv } from '../../src/viewModels/runArgs';
import { networkConnectArgv, networkCreateArgv, networkDisconnectArgv } from '../../src/viewModels/networkArgs';
import { replay } from './transcript';
import { quoteArgv } from '../../src/core/text/shellWords';

describe('docker argv of the commands', () => {
  it('runs each mode with its --network, a terminal only for shell images', () => {
    assert.deepEqual(runArgv({ mode: 'bridge', image: 'nginx', name: 'web', ports: ['8080:80'] }), [
      'docker',
      'run',
      '-d',
      '--name',
      'web',
      '--network',
      'bridge',
      '-p',
      '8080:80',
      'nginx',
    ]);
    assert.deepEqual(runArgv({ mode: 'host', image: 'busybox' }), [
      'docker',
      'run',
      '-dit',
      '--network',
      'host',
      'busybox',
    ]);
    assert.deepEqual(runArgv({ mode: 'none', image: 'alpine', name: 'iso' }), [
      'docker',
      'run',
      '-dit',
      '--name',
      'iso',
      '--network',
      'none',
      'alpine',
    ]);
    assert.deepEqual(runArgv({ mode: 'container', image: 'busybox', name: 'side', target: 'web' }), [
      'docker',
      'run',
      '-dit',
      '--name',
      'side',
      '--network',
      'container:web',
      'busybox',
    ]);
    assert.deepEqual(
      runArgv({
        mode: 'user-defined',
        image: 'redis',
        name: 'db',
        network: 'app',
        aliases: ['cache', 'kv'],
        ip: '10.1.0.5',
      }),
      [
        'docker',
        'run',
        '-d',
        '--name',
        'db',
        '--network',
        'app',
        '--network-alias',
        'cache',
        '--network-alias',
        'kv',
        '--ip',
        '10.1.0.5',
        'redis',
      ],
    );
  });

  it('offers ports where the container has its own namespace, aliases and addresses on user-defined networks', () => {
    assert.deepEqual(
      CREATE_MODES.filter((m) => MODE_OFFERS[m].ports),
      ['bridge', 'user-defined'],
    );
    assert.deepEqual(
      CREATE_MODES.filter((m) => MODE_OFFERS[m].aliases || MODE_OFFERS[m].ip),
      ['user-defined'],
    );
  });

  it('creates every mode in the lab, running', () => {
    const lines = [
      'docker network create --subnet 10.1.0.0/24 app',
      quoteArgv(runArgv({ mode: 'bridge', image: 'nginx', name: 'web', ports: ['8080:80'] })),
      quoteArgv(runArgv({ mode: 'host', image: 'busybox', name: 'hostnet' })),
      quoteArgv(runArgv({ mode: 'none', image: 'busybox', name: 'iso' })),
      quoteArgv(runArgv({ mode: 'container', image: 'busybox', name: 'side', target: 'web' })),
      quoteArgv(
        runArgv({
          mode: 'user-defined',
          image: 'redis',
          name: 'db',
          network: 'app',
          aliases: ['cache'],
          ip: '10.1.0.5',
        }),
      ),
    ];
    const { steps, lab } = replay(lines);
    assert.deepEqual(
      steps.map((s) => s.exitCode),
      [0, 0, 0, 0, 0, 0],
      JSON.stringify(steps.map((s) => s.stderr)),
    );
    for (const name of ['web', 'hostnet', 'iso', 'side', 'db'])
      assert.equal(lab.containerByName(name)?.state, 'running', name);
  });

  it('creates, connects and disconnects networks', () => {
    assert.deepEqual(networkCreateArgv({ name: 'app' }), ['docker', 'network', 'create', 'app']);
    assert.deepEqual(
      networkCreateArgv({ name: 'back', driver: 'bridge', subnet: '10.9.0.0/24', gateway: '10.9.0.1', internal: true }),
      [
        'docker',
        'network',
        'create',
        '--driver',
        'bridge',
        '--subnet',
        '10.9.0.0/24',
        '--gateway',
        '10.9.0.1',
        '--internal',
        'back',
      ],
    );
    assert.deepEqual(networkConnectArgv({ network: 'app', container: 'web', aliases: ['www'], ip: '10.9.0.7' }), [
      'docker',
      'network',
      'connect',
      '--alias',
      'www',
      '--ip',
      '10.9.0.7',
      'app',
      'web',
    ]);
    assert.deepEqual(networkDisconnectArgv({ network: 'app', container: 'web' }), [
      'docker',
      'network',
      'disconnect',
      'app',
      'web',
    ]);
    assert.deepEqual(networkDisconnectArgv({ network: 'app', container: 'web', force: true }), [
      'docker',
      'network',
      'disconnect',
      '--force',
      'app',
      'web',
    ]);
  });
});
