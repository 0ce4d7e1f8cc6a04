// The bridge driver's `-o` options as the daemon parses them (src/core/daemon/bridgeOptions.ts):
// moby daemon/libnetwork/drivers/bridge bridge_linux.go networkConfiguration.fromLabels, which reads
// booleans with Go's strconv.ParseBool and the MTU with strconv.Atoi, and names the option and value
// it cannot parse; and the MTU the network's interfaces take (bridge CreateEndpoint, setupMTU).
import * as assert from 'node:assert/strict';
import {
  type BridgeConfig,
  DRIVER_MTU,
  ENABLE_ICC,
  ENABLE_IP_MASQUERADE,
  GATEWAY_MODE_IPV4,
  GATEWAY_MODE_IPV6,
  HOST_BINDING_IPV4,
  INHIBIT_IPV4,
  BRIDGE_NAME,
  parseBridgeOptions,
  networkMtu,
  bridgeConfig,
} from '../../src/core/daemon/bridgeOptions';
import type { Network } from '../../src/core/lab/model';
import { replay } from './transcript';

const DEFAULTS: BridgeConfig = {
  bridgeName: '',
  mtu: 0,
  enableIcc: true,
  enableIpMasquerade: true,
  gwModeIpv4: 'nat',
  gwModeIpv6: 'nat',
  inhibitIpv4: false,
  defaultBindingIp: '0.0.0.0',
};

describe('bridge driver options (daemon/bridgeOptions)', () => {
  it('no options: the driver defaults', () => {
    assert.deepEqual(parseBridgeOptions({}), DEFAULTS);
  });

  // strconv.ParseBool accepts exactly these spellings (Go src/strconv/atob.go).
  const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
  const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];
  const FIELDS: Array<[string, 'enableIcc' | 'enableIpMasquerade' | 'inhibitIpv4']> = [
    [ENABLE_ICC, 'enableIcc'],
    [ENABLE_IP_MASQUERADE, 'enableIpMasquerade'],
    [INHIBIT_IPV4, 'inhibitIpv4'],
  ];
  for (const [label, field] of FIELDS) {
    it(`${label}: every spelling strconv.ParseBool takes, and its error for others`, () => {
      for (const v of TRUE) assert.deepEqual(parseBridgeOptions({ [label]: v }), { ...DEFAULTS, [field]: true }, v);
      for (const v of FALSE) assert.deepEqual(parseBridgeOptions({ [label]: v }), { ...DEFAULTS, [field]: false }, v);
      for (const v of ['yes', 'tRUE', '']) {
        assert.equal(
          parseBridgeOptions({ [label]: v }),
          `failed to parse ${label} value: ${v} (strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax)`,
        );
      }
    });
  }

  // strconv.Atoi: an optional sign, decimal digits, within int64 (Go src/strconv/atoi.go).
  const MTU: Array<{ value: string; want: number | string }> = [
    { value: '1400', want: 1400 },
    { value: '+9000', want: 9000 },
    { value: '0', want: 0 },
    { value: '1e3', want: 'strconv.Atoi: parsing "1e3": invalid syntax' },
    { value: '14 00', want: 'strconv.Atoi: parsing "14 00": invalid syntax' },
    { value: '', want: 'strconv.Atoi: parsing "": invalid syntax' },
    { value: '99999999999999999999', want: 'strconv.Atoi: parsing "99999999999999999999": value out of range' },
  ];
  for (const m of MTU) {
    it(`${DRIVER_MTU}=${JSON.stringify(m.value)}`, () => {
      assert.deepEqual(
        parseBridgeOptions({ [DRIVER_MTU]: m.value }),
        typeof m.want === 'number'
          ? { ...DEFAULTS, mtu: m.want }
          : `failed to parse ${DRIVER_MTU} value: ${m.value} (${m.want})`,
      );
    });
  }

  it('gateway modes for each family (bridge newGwMode), and the error for one it does not know', () => {
    assert.deepEqual(parseBridgeOptions({ [GATEWAY_MODE_IPV4]: 'routed', [GATEWAY_MODE_IPV6]: 'isolated' }), {
      ...DEFAULTS,
      gwModeIpv4: 'routed',
      gwModeIpv6: 'isolated',
    });
    assert.deepEqual(parseBridgeOptions({ [GATEWAY_MODE_IPV6]: 'nat-unprotected' }), {
      ...DEFAULTS,
      gwModeIpv6: 'nat-unprotected',
    });
    assert.equal(
      parseBridgeOptions({ [GATEWAY_MODE_IPV6]: 'NAT' }),
      `failed to parse ${GATEWAY_MODE_IPV6} value: NAT (unknown gateway mode NAT)`,
    );
  });

  it('host_binding_ipv4 takes any address net.ParseIP takes, IPv6 included', () => {
    assert.deepEqual(parseBridgeOptions({ [HOST_BINDING_IPV4]: '::1' }), { ...DEFAULTS, defaultBindingIp: '::1' });
    assert.deepEqual(parseBridgeOptions({ [HOST_BINDING_IPV4]: '127.0.0.1' }), {
      ...DEFAULTS,
      defaultBindingIp: '127.0.0.1',
    });
    assert.equal(
      parseBridgeOptions({ [HOST_BINDING_IPV4]: 'localhost' }),
      `failed to parse ${HOST_BINDING_IPV4} value: localhost (nil ip)`,
    );
  });

  it('the bridge name as given; options of other drivers and labels are ignored', () => {
    assert.deepEqual(
      parseBridgeOptions({
        [BRIDGE_NAME]: 'br-lab',
        'com.example.other': 'x',
        'com.docker.network.bridge.unknown': 'y',
      }),
      { ...DEFAULTS, bridgeName: 'br-lab' },
    );
  });

  it('the first option it cannot parse is the one named, in the order given', () => {
    assert.equal(
      parseBridgeOptions({ [ENABLE_ICC]: 'maybe', [DRIVER_MTU]: 'x' }),
      `failed to parse ${ENABLE_ICC} value: maybe (strconv.ParseBool: parsing "maybe": invalid syntax)`,
    );
  });

  it("a saved lab's network whose options no longer parse gets the defaults", () => {
    const { lab } = replay(['docker network create app']);
    const net = lab.findNetwork('app')!;
    const stale: Network = { ...net, options: { [ENABLE_ICC]: 'maybe' } };
    assert.deepEqual(bridgeConfig(stale), DEFAULTS);
    assert.deepEqual(bridgeConfig({ ...net, options: { [ENABLE_ICC]: 'false' } }), { ...DEFAULTS, enableIcc: false });
  });

  it("interfaces' MTU: the bridge option when positive, 1500 otherwise and for other drivers", () => {
    const { lab } = replay([
      `docker network create -o ${DRIVER_MTU}=1400 small`,
      'docker network create -d macvlan -o parent=eth0 --subnet 10.40.0.0/24 mv',
    ]);
    const small = lab.findNetwork('small')!;
    assert.deepEqual(
      [
        networkMtu(small),
        networkMtu({ ...small, options: { [DRIVER_MTU]: '0' } }),
        networkMtu({ ...small, options: { [DRIVER_MTU]: '-5' } }),
        networkMtu({ ...small, options: { [DRIVER_MTU]: '1400.5' } }),
        networkMtu({ ...lab.findNetwork('mv')!, options: { [DRIVER_MTU]: '9000' } }),
        networkMtu(undefined),
        networkMtu(lab.findNetwork('bridge')),
      ],
      [1400, 1500, 1500, 1500, 1500, 1500, 1500],
    );
  });
});
