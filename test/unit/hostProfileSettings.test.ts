// The netlab.hostProfile.* settings to the simulated host's profile: valid values are used and
// the host's files follow them; each invalid one falls back to its default and says which.
import * as assert from 'node:assert/strict';
import { DEFAULT_HOST_PROFILE } from '../../src/core/lab/hostProfile';
import { Lab } from '../../src/core/lab/lab';
import { Session } from '../../src/commandLine/session';
import {
  type HostProfileSettings,
  type HostSettingFault,
  hostProfileFromSettings,
} from '../../src/viewModels/hostProfileSettings';

describe('host profile settings', () => {
  it('nothing set is the default profile', () => {
    assert.deepEqual(hostProfileFromSettings({}), { profile: DEFAULT_HOST_PROFILE, problems: [] });
  });

  it('the defaults spelled out are the default profile too', () => {
    const settings = { hostname: 'docker-host', eth0Address: '192.168.1.10/24', gateway: '192.168.1.1' };
    assert.deepEqual(hostProfileFromSettings(settings), { profile: DEFAULT_HOST_PROFILE, problems: [] });
  });

  it('uses valid values; /etc/hosts and resolv.conf follow the hostname and the gateway', () => {
    const { profile, problems } = hostProfileFromSettings({
      hostname: 'lab1.example',
      eth0Address: '10.20.0.5/16',
      gateway: '10.20.0.254',
    });
    assert.deepEqual(problems, []);
    assert.equal(profile.hostname, 'lab1.example');
    assert.deepEqual(profile.eth0, {
      ...DEFAULT_HOST_PROFILE.eth0,
      address: '10.20.0.5',
      prefix: 16,
      gateway: '10.20.0.254',
    });
    assert.ok(profile.etcHosts.includes('127.0.1.1\tlab1.example\n'), profile.etcHosts);
    assert.ok(!profile.etcHosts.includes('docker-host'));
    assert.ok(profile.etcHosts.startsWith('127.0.0.1\tlocalhost\n'));
    assert.equal(profile.resolvConf, 'nameserver 10.20.0.254\n');
  });

  it('trims spaces around a value', () => {
    const { profile, problems } = hostProfileFromSettings({ hostname: ' box ', gateway: ' 192.168.1.254' });
    assert.deepEqual(problems, []);
    assert.equal(profile.hostname, 'box');
    assert.equal(profile.eth0.gateway, '192.168.1.254');
  });

  it('another subnet without a gateway set gets its first host address as gateway', () => {
    const { profile, problems } = hostProfileFromSettings({ eth0Address: '10.0.0.5/24' });
    assert.deepEqual(problems, []);
    assert.equal(profile.eth0.gateway, '10.0.0.1');
    assert.equal(profile.resolvConf, 'nameserver 10.0.0.1\n');
    assert.equal(hostProfileFromSettings({ eth0Address: '10.0.0.1/24' }).profile.eth0.gateway, '10.0.0.254');
  });

  const invalid: { value: HostProfileSettings; fault: HostSettingFault; fallback: string }[] = [
    { value: { hostname: 'bad_name' }, fault: 'notHostname', fallback: 'docker-host' },
    { value: { hostname: '-lead' }, fault: 'notHostname', fallback: 'docker-host' },
    { value: { hostname: 'a'.repeat(64) }, fault: 'notHostname', fallback: 'docker-host' },
    { value: { hostname: '' }, fault: 'notHostname', fallback: 'docker-host' },
    { value: { hostname: 42 }, fault: 'notHostname', fallback: 'docker-host' },
    { value: { eth0Address: '192.168.1.10' }, fault: 'notCidr', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '192.168.1.300/24' }, fault: 'notCidr', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '192.168.1.10/33' }, fault: 'notCidr', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '192.168.1.0/24' }, fault: 'notHostAddress', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '192.168.1.255/24' }, fault: 'notHostAddress', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '127.0.0.2/8' }, fault: 'notHostAddress', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '10.0.0.1/31' }, fault: 'notHostAddress', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '172.17.5.5/24' }, fault: 'overlapsDocker0', fallback: '192.168.1.10/24' },
    { value: { eth0Address: '172.16.0.5/12' }, fault: 'overlapsDocker0', fallback: '192.168.1.10/24' },
    { value: { gateway: 'router' }, fault: 'notIPv4', fallback: '192.168.1.1' },
    { value: { gateway: ['192.168.1.1'] }, fault: 'notIPv4', fallback: '192.168.1.1' },
    { value: { gateway: '10.0.0.1' }, fault: 'gatewayOffLink', fallback: '192.168.1.1' },
    { value: { gateway: '192.168.1.10' }, fault: 'gatewayOffLink', fallback: '192.168.1.1' },
    { value: { gateway: '192.168.1.255' }, fault: 'gatewayOffLink', fallback: '192.168.1.1' },
  ];
  for (const c of invalid) {
    const [[setting, value]] = Object.entries(c.value) as [[keyof HostProfileSettings, unknown]];
    it(`${setting} ${JSON.stringify(value)}: ${c.fault}, the default is used`, () => {
      const { profile, problems } = hostProfileFromSettings(c.value);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.setting, setting);
      assert.equal(problems[0]!.fault, c.fault);
      assert.equal(problems[0]!.fallback, c.fallback);
      assert.equal(problems[0]!.value, typeof value === 'string' ? value : JSON.stringify(value));
      assert.deepEqual(profile, DEFAULT_HOST_PROFILE);
    });
  }

  it('a gateway is checked against the eth0 actually used', () => {
    const { profile, problems } = hostProfileFromSettings({ eth0Address: '10.0.0.5/24', gateway: '192.168.1.1' });
    assert.deepEqual(
      problems.map((p) => [p.setting, p.fault, p.fallback]),
      [['gateway', 'gatewayOffLink', '10.0.0.1']],
    );
    assert.equal(profile.eth0.gateway, '10.0.0.1');
  });

  it('each wrong setting is reported, the right ones still used', () => {
    const { profile, problems } = hostProfileFromSettings({ hostname: 'ok-name', eth0Address: 'x', gateway: 'y' });
    assert.deepEqual(
      problems.map((p) => p.setting),
      ['eth0Address', 'gateway'],
    );
    assert.equal(profile.hostname, 'ok-name');
    assert.equal(profile.eth0.address, '192.168.1.10');
  });

  it('the lab built on the profile shows it: prompt, ifconfig, /etc files, host-mode hostname', () => {
    const { profile } = hostProfileFromSettings({
      hostname: 'lab1',
      eth0Address: '10.20.0.5/16',
      gateway: '10.20.0.1',
    });
    const session = new Session(new Lab({ hostProfile: profile }));
    assert.equal(session.prompt(), '[root@lab1 ~]# ');
    assert.match(
      session.execute('ifconfig eth0').output.stdout,
      /inet addr:10\.20\.0\.5 {2}Bcast:10\.20\.255\.255 {2}Mask:255\.255\.0\.0/,
    );
    assert.match(session.execute('cat /etc/hosts').output.stdout, /127\.0\.1\.1\tlab1/);
    assert.equal(session.execute('cat /etc/resolv.conf').output.stdout, 'nameserver 10.20.0.1\n');
    assert.equal(session.execute('docker run --rm --network host busybox hostname').output.stdout, 'lab1\n');
  });
});
