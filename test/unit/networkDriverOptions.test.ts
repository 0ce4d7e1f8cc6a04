// Bridge driver options, --aux-address, macvlan/ipvlan links and reach, IPv6-only networks, endpoint driver options
// and --gw-priority, replayed through command lines. Each row names the moby (or docker/cli) file and function it
// follows; paths are relative to the moby repository unless they say docker/cli.
import * as assert from 'node:assert/strict';
import { type ReplayCase, itReplaysLast, replay } from './transcript';

interface Row extends ReplayCase {
  /** Upstream file and function the row follows. */
  source: string;
}

const PREFIX = 'Error response from daemon: ';
const BR = 'daemon/libnetwork/drivers/bridge/bridge_linux.go';
const TOP = 'busybox top';
const opt = (key: string, value: string) => `-o com.docker.network.${key}=${value}`;

const CREATE_ERRORS: Row[] = [
  {
    id: 'bridge name of a link that is not a bridge',
    source: 'daemon/libnetwork/drivers/bridge/setup_verify_linux.go bridgeInterfaceExists',
    lines: [`docker network create ${opt('bridge.name', 'eth0')} x`],
    exitCode: 1,
    stderr: `${PREFIX}existing interface eth0 is not a bridge\n`,
  },
  {
    id: 'bridge name another network has',
    source: `${BR} checkConflict, networkConfiguration.Conflicts`,
    lines: [`docker network create ${opt('bridge.name', 'docker0')} x`],
    exitCode: 1,
    stderr: '(docker0): networks have same bridge name\n',
  },
  {
    id: 'bridge name of a VLAN link a macvlan network created',
    source: 'daemon/libnetwork/drivers/bridge/setup_verify_linux.go bridgeInterfaceExists',
    lines: [
      'docker network create -d macvlan -o parent=eth0.10 mv',
      `docker network create ${opt('bridge.name', 'eth0.10')} x`,
    ],
    exitCode: 1,
    stderr: `${PREFIX}existing interface eth0.10 is not a bridge\n`,
  },
  {
    id: 'bridge name longer than 15 characters',
    source: 'daemon/libnetwork/drivers/bridge/setup_device_linux.go setupDevice (netlink LinkAdd: ERANGE)',
    lines: [`docker network create ${opt('bridge.name', 'averyveryverylongname')} x`],
    exitCode: 1,
    stderr: `${PREFIX}numerical result out of range\n`,
  },
  {
    id: 'mtu that is not a number',
    source: `${BR} networkConfiguration.fromLabels, parseErr`,
    lines: [`docker network create ${opt('driver.mtu', 'abc')} x`],
    exitCode: 1,
    stderr: `${PREFIX}failed to parse com.docker.network.driver.mtu value: abc (strconv.Atoi: parsing "abc": invalid syntax)\n`,
  },
  {
    id: 'negative mtu',
    source: `${BR} networkConfiguration.Validate`,
    lines: [`docker network create ${opt('driver.mtu', '-5')} x`],
    exitCode: 1,
    stderr: `${PREFIX}invalid MTU number: -5\n`,
  },
  {
    id: 'mtu below the minimum',
    source: 'daemon/libnetwork/drivers/bridge/setup_device_linux.go setupMTU (netlink LinkSetMTU: EINVAL)',
    lines: [`docker network create ${opt('driver.mtu', '20')} x`],
    exitCode: 1,
    stderr: `${PREFIX}invalid argument\n`,
  },
  {
    id: 'unknown gateway mode',
    source: `${BR} newGwMode`,
    lines: [`docker network create ${opt('bridge.gateway_mode_ipv4', 'bogus')} x`],
    exitCode: 1,
    stderr: `${PREFIX}failed to parse com.docker.network.bridge.gateway_mode_ipv4 value: bogus (unknown gateway mode bogus)\n`,
  },
  {
    id: 'isolated on a network that is not internal',
    source: `${BR} parseNetworkOptions`,
    lines: [`docker network create ${opt('bridge.gateway_mode_ipv4', 'isolated')} x`],
    exitCode: 1,
    stderr: `${PREFIX}gateway mode 'isolated' can only be used for an internal network\n`,
  },
  {
    id: 'enable_icc that is not a bool',
    source: `${BR} networkConfiguration.fromLabels (strconv.ParseBool)`,
    lines: [`docker network create ${opt('bridge.enable_icc', 'maybe')} x`],
    exitCode: 1,
    stderr: `${PREFIX}failed to parse com.docker.network.bridge.enable_icc value: maybe (strconv.ParseBool: parsing "maybe": invalid syntax)\n`,
  },
  {
    id: 'enable_ip_masquerade that is not a bool',
    source: `${BR} networkConfiguration.fromLabels (strconv.ParseBool)`,
    lines: [`docker network create ${opt('bridge.enable_ip_masquerade', 'yes')} x`],
    exitCode: 1,
    stderr: 'failed to parse com.docker.network.bridge.enable_ip_masquerade value: yes',
  },
  {
    id: 'host_binding_ipv4 that is not an address',
    source: `${BR} networkConfiguration.fromLabels (net.ParseIP)`,
    lines: [`docker network create ${opt('bridge.host_binding_ipv4', 'nope')} x`],
    exitCode: 1,
    stderr: `${PREFIX}failed to parse com.docker.network.bridge.host_binding_ipv4 value: nope (nil ip)\n`,
  },
  {
    id: 'option errors come before IPAM errors',
    source: 'daemon/libnetwork/controller.go NewNetwork (GetSkipGwAlloc before ipamAllocate)',
    lines: ['docker network create --subnet 172.17.0.0/16 -o com.docker.network.driver.mtu=x x'],
    exitCode: 1,
    stderr: 'failed to parse com.docker.network.driver.mtu value: x',
  },
  {
    id: 'aux-address holding the gateway',
    source: 'daemon/libnetwork/network.go ipamAllocateVersion',
    lines: ['docker network create --subnet 10.6.0.0/24 --aux-address r1=10.6.0.1 x'],
    exitCode: 1,
    stderr: `${PREFIX}failed to allocate secondary ip address (r1:10.6.0.1): Address already in use\n`,
  },
  {
    id: 'aux-address outside every subnet',
    source: 'docker/cli cli/command/network/create.go createIPAMConfig',
    lines: ['docker network create --subnet 10.7.0.0/24 --aux-address r1=10.8.0.1 x'],
    exitCode: 1,
    stderr: 'no matching subnet for aux-address 10.8.0.1\n',
  },
  {
    id: 'endpoint sysctl without IFNAME',
    source: 'daemon/container_operations.go validateEndpointSettings',
    lines: [
      'docker network create n1',
      'docker run --rm --network name=n1,driver-opt=com.docker.network.endpoint.sysctls=net.ipv4.conf.eth0.forwarding=1 busybox true',
    ],
    exitCode: 125,
    stderr:
      "invalid endpoint settings:\nunrecognised network interface sysctl 'net.ipv4.conf.eth0.forwarding=1'; represent 'net.X.Y.ethN.Z=V' as 'net.X.Y.IFNAME.Z=V', 'X' must be 'ipv4', 'ipv6' or 'mpls'",
  },
  {
    id: 'gw-priority that is not a number',
    source: 'docker/cli opts/network.go NetworkOpt.Set',
    lines: ['docker network create n1', 'docker run --rm --network name=n1,gw-priority=x busybox true'],
    exitCode: 125,
    stderr: 'invalid gw-priority (x): invalid syntax',
  },
];

const ACCEPTED: Row[] = [
  {
    id: 'isolated on an internal network',
    source: `${BR} parseNetworkOptions`,
    lines: [`docker network create --internal ${opt('bridge.gateway_mode_ipv4', 'isolated')} x`],
    exitCode: 0,
  },
  {
    id: 'an endpoint sysctl with IFNAME',
    source: 'daemon/container_operations.go validateEndpointSettings',
    lines: [
      'docker network create n1',
      'docker run --rm --network name=n1,driver-opt=com.docker.network.endpoint.sysctls=net.ipv4.conf.IFNAME.forwarding=1 busybox true',
    ],
    exitCode: 0,
  },
];

/** A row whose last line's whole stdout is checked. */
interface OutputRow {
  id: string;
  source: string;
  lines: string[];
  stdout: string;
}

const OUTPUTS: OutputRow[] = [
  {
    id: 'the bridge takes the name given',
    source: `${BR} parseNetworkOptions (BridgeName)`,
    lines: [`docker network create ${opt('bridge.name', 'mybr0')} x`, 'ip link show | grep -c "mybr0:"'],
    stdout: '1\n',
  },
  {
    id: 'mtu on the bridge',
    source: 'daemon/libnetwork/drivers/bridge/setup_device_linux.go setupMTU',
    lines: [
      `docker network create ${opt('bridge.name', 'mtubr')} ${opt('driver.mtu', '1400')} x`,
      'ip link | grep mtubr',
    ],
    stdout: '4: mtubr: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1400 qdisc noqueue state DOWN \n',
  },
  {
    id: "mtu on the container's interface",
    source: `${BR} CreateEndpoint (LinkSetMTU on both veth ends)`,
    lines: [
      `docker network create ${opt('driver.mtu', '1400')} x`,
      'docker run --rm --network x busybox ifconfig eth0 | grep MTU',
    ],
    stdout: '          UP BROADCAST RUNNING MULTICAST  MTU:1400  Metric:1\n',
  },
  {
    id: 'host_binding_ipv4 is the default host address of -p',
    source: 'daemon/libnetwork/drivers/bridge/port_mapping_linux.go configurePortBindingIPv4',
    lines: [
      `docker network create ${opt('bridge.host_binding_ipv4', '127.0.0.1')} hb`,
      'docker run -d --name web1 --network hb -p 8080:80 nginx',
      'docker port web1',
    ],
    stdout: '80/tcp -> 127.0.0.1:8080\n',
  },
  {
    id: 'routed: the IPv4 binding has no host port, IPv6 stays NATed',
    source: 'daemon/libnetwork/portmappers/routed/mapper_linux.go MapPorts; port_mapping_linux.go sortAndNormPBs',
    lines: [
      `docker network create ${opt('bridge.gateway_mode_ipv4', 'routed')} rt`,
      'docker run -d --name web2 --network rt -p 8081:80 nginx',
      'docker port web2',
    ],
    stdout: '80/tcp -> 0.0.0.0:\n80/tcp -> [::]:8081\n',
  },
  {
    id: 'aux addresses are skipped by IPAM',
    source: 'daemon/libnetwork/network.go ipamAllocateVersion (RequestAddress of each aux address)',
    lines: [
      'docker network create --subnet 10.5.0.0/24 --aux-address r1=10.5.0.2 --aux-address r2=10.5.0.3 an',
      'docker run -d --name c1 --network an busybox top',
      "docker inspect -f '{{.NetworkSettings.Networks.an.IPAddress}}' c1",
    ],
    stdout: '10.5.0.4\n',
  },
  {
    id: 'aux addresses in inspect',
    source: 'api/types/network/ipam.go IPAMConfig (AuxiliaryAddresses)',
    lines: [
      'docker network create --subnet 10.5.0.0/24 --aux-address r2=10.5.0.3 --aux-address r1=10.5.0.2 an',
      "docker network inspect -f '{{json .IPAM.Config}}' an",
    ],
    stdout: '[{"Subnet":"10.5.0.0/24","Gateway":"10.5.0.1","AuxiliaryAddresses":{"r1":"10.5.0.2","r2":"10.5.0.3"}}]\n',
  },
  {
    id: 'isolated: no gateway allocated',
    source: `${BR} GetSkipGwAlloc`,
    lines: [
      `docker network create --internal --subnet 10.9.0.0/24 ${opt('bridge.gateway_mode_ipv4', 'isolated')} iso`,
      "docker network inspect -f '{{json .IPAM.Config}}' iso",
    ],
    stdout: '[{"Subnet":"10.9.0.0/24"}]\n',
  },
  {
    id: 'a VLAN sub-interface appears on the host',
    source: 'daemon/libnetwork/drivers/macvlan/macvlan_setup.go createVlanLink',
    lines: ['docker network create -d macvlan -o parent=eth0.10 mv', 'ip link | grep eth0.10'],
    stdout: '4: eth0.10@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP qlen 1000\n',
  },
  {
    id: 'two networks on one VLAN share its link',
    source: 'daemon/libnetwork/drivers/macvlan/macvlan_network.go createNetwork (parentExists)',
    lines: [
      'docker network create -d macvlan -o parent=eth0.10 mv1',
      'docker network create -d ipvlan -o parent=eth0.10 iv1',
      'ip link | grep -c eth0.10@',
    ],
    stdout: '1\n',
  },
  {
    id: 'no parent: a dummy link',
    source: 'daemon/libnetwork/drivers/macvlan/macvlan_setup.go createDummyLink, getDummyName',
    lines: ['docker network create -d macvlan mv', 'ip link | grep -c ": dm-"'],
    stdout: '1\n',
  },
  {
    id: 'endpoint ifname names the interface (lower-cased by the CLI)',
    source: 'daemon/libnetwork/endpoint_info.go SetNames; docker/cli opts/network.go parseDriverOpt',
    lines: [
      'docker network create n1',
      'docker run -d --name g1 --network name=n1,driver-opt=com.docker.network.endpoint.ifname=Foo busybox top',
      'docker exec g1 ls /sys/class/net',
    ],
    stdout: 'foo\nlo\n',
  },
  {
    id: 'network connect --driver-opt ifname',
    source: 'docker/cli cli/command/network/connect.go convertDriverOpt',
    lines: [
      'docker network create n1',
      'docker run -d --name g1 busybox top',
      'docker network connect --driver-opt com.docker.network.endpoint.ifname=bar n1 g1',
      "docker exec g1 ip route | grep ' bar '",
    ],
    stdout: '172.18.0.0/16 dev bar scope link  src 172.18.0.2 \n',
  },
  {
    id: 'gw-priority gives the default route',
    source: 'daemon/libnetwork/sandbox.go Endpoint.Less',
    lines: [
      'docker network create n1',
      'docker network create n2',
      'docker run -d --name g1 --network n1 --network name=n2,gw-priority=10 busybox top',
      'docker exec g1 ip route | grep default',
    ],
    stdout: 'default via 172.19.0.1 dev eth1 \n',
  },
  {
    id: 'without gw-priority the name order gives it',
    source: 'daemon/libnetwork/sandbox.go Endpoint.Less',
    lines: [
      'docker network create n1',
      'docker network create n2',
      'docker run -d --name g1 --network n1 --network n2 busybox top',
      'docker exec g1 ip route | grep default',
    ],
    stdout: 'default via 172.18.0.1 dev eth0 \n',
  },
  {
    id: 'connect --gw-priority moves the default route',
    source: 'daemon/libnetwork/sandbox.go updateGwPriorityOrdering',
    lines: [
      'docker network create n1',
      'docker network create n2',
      'docker run -d --name g1 --network n1 busybox top',
      'docker network connect --gw-priority 5 n2 g1',
      'docker exec g1 ip route | grep default',
    ],
    stdout: 'default via 172.19.0.1 dev eth1 \n',
  },
  {
    id: 'IPv6-only network: inspect says EnableIPv4 false',
    source: 'daemon/network.go createNetwork (EnableIPv4)',
    lines: [
      'docker network create --ipv4=false --ipv6 v6',
      "docker network inspect -f '{{.EnableIPv4}} {{.EnableIPv6}}' v6",
    ],
    stdout: 'false true\n',
  },
  {
    id: 'IPv6-only network: a ULA /64 from fd00::/8 and no IPv4 on the endpoint',
    source: 'daemon/libnetwork/ipams/defaultipam (deriveULABaseNetwork); bridge CreateEndpoint',
    lines: [
      'docker network create --ipv4=false --ipv6 v6',
      'docker run -d --name s6 --network v6 busybox top',
      "docker inspect -f '[{{.NetworkSettings.Networks.v6.IPAddress}}] {{.NetworkSettings.Networks.v6.GlobalIPv6PrefixLen}}' s6",
    ],
    // A zero netip.Addr prints as Addr.String's "invalid IP" (CLI 29 decodes into moby api v1.52 types).
    stdout: '[invalid IP] 64\n',
  },
];

/** Reachability rows: the last line's exit code and the line that says why. */
const REACH: Row[] = [
  {
    id: 'enable_icc=false: containers of the network cannot reach each other',
    source: 'daemon/libnetwork/drivers/bridge/internal/iptabler (icc rules)',
    lines: [
      `docker network create ${opt('bridge.enable_icc', 'false')} noicc`,
      `docker run -d --name i1 --network noicc ${TOP}`,
      `docker run -d --name i2 --network noicc ${TOP}`,
      'docker exec i1 ping -c1 -W1 i2',
    ],
    exitCode: 1,
    stdout: '0 packets received',
  },
  {
    id: 'enable_icc=false: the internet is still reachable',
    source: 'daemon/libnetwork/drivers/bridge/internal/iptabler (icc rules)',
    lines: [
      `docker network create ${opt('bridge.enable_icc', 'false')} noicc`,
      `docker run -d --name i1 --network noicc ${TOP}`,
      'docker exec i1 ping -c1 8.8.8.8',
    ],
    exitCode: 0,
    stdout: '1 packets received',
  },
  {
    id: 'enable_icc=true (default): containers reach each other',
    source: `${BR} parseNetworkGenericOptions (EnableICC: true)`,
    lines: [
      'docker network create icc',
      `docker run -d --name i1 --network icc ${TOP}`,
      `docker run -d --name i2 --network icc ${TOP}`,
      'docker exec i1 ping -c1 -W1 i2',
    ],
    exitCode: 0,
    stdout: '1 packets received',
  },
  {
    id: 'enable_ip_masquerade=false: the internet never answers',
    source: `${BR} parseNetworkGenericOptions (EnableIPMasquerade)`,
    lines: [
      `docker network create ${opt('bridge.enable_ip_masquerade', 'false')} nomasq`,
      `docker run -d --name m1 --network nomasq ${TOP}`,
      'docker exec m1 ping -c1 -W1 8.8.8.8',
    ],
    exitCode: 1,
    stdout: '0 packets received',
  },
  {
    id: 'enable_ip_masquerade=false: the host still answers',
    source: `${BR} parseNetworkGenericOptions (EnableIPMasquerade)`,
    lines: [
      `docker network create ${opt('bridge.enable_ip_masquerade', 'false')} nomasq`,
      `docker run -d --name m1 --network nomasq ${TOP}`,
      'docker exec m1 ping -c1 -W1 192.168.1.10',
    ],
    exitCode: 0,
    stdout: '1 packets received',
  },
  {
    id: 'isolated: the host has no route to the network',
    source: `${BR} GetSkipGwAlloc (no address on the bridge)`,
    lines: [
      `docker network create --internal --subnet 10.9.0.0/24 ${opt('bridge.gateway_mode_ipv4', 'isolated')} iso`,
      `docker run -d --name s1 --network iso ${TOP}`,
      'ping -c1 -W1 10.9.0.2',
    ],
    exitCode: 1,
  },
  {
    id: 'internal (nat): the host still reaches the network',
    source: `${BR} GetSkipGwAlloc`,
    lines: [
      'docker network create --internal --subnet 10.9.0.0/24 in',
      `docker run -d --name s1 --network in ${TOP}`,
      'ping -c1 -W1 10.9.0.2',
    ],
    exitCode: 0,
    stdout: '1 packets received',
  },
  {
    id: 'macvlan: not the host through the parent',
    source: 'daemon/libnetwork/drivers/macvlan (macvlan ports do not hairpin to their parent)',
    lines: [
      'docker network create -d macvlan -o parent=eth0 --subnet 192.168.1.0/24 --gateway 192.168.1.1 mv',
      `docker run -d --name mm --network mv ${TOP}`,
      'docker exec mm ping -c1 -W1 192.168.1.10',
    ],
    exitCode: 1,
    stdout: '0 packets received',
  },
  {
    id: 'macvlan: the LAN router answers',
    source: 'daemon/libnetwork/drivers/macvlan/macvlan_joinleave.go Join (gateway on the parent LAN)',
    lines: [
      'docker network create -d macvlan -o parent=eth0 --subnet 192.168.1.0/24 --gateway 192.168.1.1 mv',
      `docker run -d --name mm --network mv ${TOP}`,
      'docker exec mm ping -c1 -W1 192.168.1.1',
    ],
    exitCode: 0,
    stdout: '1 packets received',
  },
  {
    id: 'macvlan: other macvlan containers answer',
    source: 'daemon/libnetwork/drivers/macvlan (bridge mode)',
    lines: [
      'docker network create -d macvlan -o parent=eth0 --subnet 192.168.1.0/24 --gateway 192.168.1.1 mv',
      `docker run -d --name m1 --network mv ${TOP}`,
      `docker run -d --name m2 --network mv ${TOP}`,
      'docker exec m1 ping -c1 -W1 m2',
    ],
    exitCode: 0,
    stdout: '1 packets received',
  },
  {
    id: 'macvlan: the internet through the LAN router',
    source: 'daemon/libnetwork/drivers/macvlan/macvlan_joinleave.go Join (default route via the LAN gateway)',
    lines: [
      'docker network create -d macvlan -o parent=eth0 --subnet 192.168.1.0/24 --gateway 192.168.1.1 mv',
      `docker run -d --name mm --network mv ${TOP}`,
      'docker exec mm ping -c1 -W1 8.8.8.8',
    ],
    exitCode: 0,
    stdout: '1 packets received',
  },
  {
    id: 'macvlan without parent: nothing beyond its containers',
    source: 'daemon/libnetwork/drivers/macvlan/macvlan_network.go createNetwork (dummy parent)',
    lines: [
      'docker network create -d macvlan --subnet 10.20.0.0/24 --gateway 10.20.0.1 mv',
      `docker run -d --name mm --network mv ${TOP}`,
      'docker exec mm ping -c1 -W1 8.8.8.8',
    ],
    exitCode: 1,
  },
];

describe('network driver options (moby bridge, macvlan/ipvlan, IPAM, endpoint settings)', () => {
  for (const rows of [CREATE_ERRORS, ACCEPTED, REACH]) for (const r of rows) assert.ok(r.source.length > 0, r.id);
  describe('create errors, in the daemon’s words', () => itReplaysLast(CREATE_ERRORS));
  describe('accepted options', () => itReplaysLast(ACCEPTED));
  describe('reachability', () => itReplaysLast(REACH));
  describe('what the host and containers show', () => {
    for (const row of OUTPUTS) {
      it(`${row.id} (${row.source})`, () => {
        const { steps } = replay(row.lines);
        for (const s of steps.slice(0, -1)) assert.equal(s.exitCode, 0, `${s.command}: ${s.stderr}`);
        assert.equal(steps[steps.length - 1]!.stdout, row.stdout, steps[steps.length - 1]!.stderr);
      });
    }
  });

  it('a failed bridge create leaves no network behind', () => {
    const { lab } = replay([`docker network create ${opt('bridge.name', 'averyveryverylongname')} x`]);
    assert.equal(lab.findNetwork('x'), undefined);
  });

  it('aux-address outside the dynamic range is kept but not reserved', () => {
    const { steps } = replay([
      'docker network create --subnet 10.5.0.0/24 --ip-range 10.5.0.128/25 --aux-address r1=10.5.0.1 an',
      'docker run -d --name c1 --network an busybox top',
      "docker inspect -f '{{.NetworkSettings.Networks.an.IPAddress}}' c1",
    ]);
    assert.equal(steps[0]!.exitCode, 0, steps[0]!.stderr);
    assert.equal(steps[2]!.stdout, '10.5.0.128\n');
  });
});
