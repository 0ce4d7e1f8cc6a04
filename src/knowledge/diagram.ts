// The network diagram's words: each drawn element's aria-label and the reasons a traced path stops,
// as templates whose `{placeholders}` viewModels/diagram/diagramWords.ts fills with plain text (names,
// addresses). Docker's own vocabulary (states, drivers, interface names) stays as Docker prints it.
import type { TraceStopCode } from '../viewModels/reachability';
import type { Localized } from './localized';

export type DiagramAriaKey =
  | 'host'
  | 'namespace'
  | 'namespaceNone'
  | 'namespaceDead'
  | 'containerOwner'
  | 'containerJoiner'
  | 'containerHost'
  | 'containerStopped'
  | 'interface'
  | 'interfaceNoAddress'
  | 'network'
  | 'networkNoSubnet'
  | 'published'
  | 'listening'
  | 'veth'
  | 'attachment'
  | 'parent';

/** aria-labels: what the element is, in a sentence a screen reader can read out. */
export const DIAGRAM_ARIA: Readonly<Record<DiagramAriaKey, Localized>> = {
  host: {
    en: 'The host {hostname}: its network namespace {ns}, with its interfaces and the host-mode containers',
    'zh-cn': '宿主机 {hostname}：它的网络命名空间 {ns}，含宿主机的网卡和 host 模式的容器',
  },
  namespace: {
    en: 'Network namespace {ns} of container {owner}, holding {containers}',
    'zh-cn': '容器 {owner} 的网络命名空间 {ns}，其中有 {containers}',
  },
  namespaceNone: {
    en: 'Network namespace {ns} of container {owner}, network mode none: only the loopback interface lo',
    'zh-cn': '容器 {owner} 的网络命名空间 {ns}，网络模式 none：只有回环网卡 lo',
  },
  namespaceDead: {
    en: 'Network namespace {ns}, left without interfaces when its owner {owner} stopped: only lo, holding {containers}',
    'zh-cn': '网络命名空间 {ns}，其所有者 {owner} 停止后失去了网卡：只剩 lo，其中有 {containers}',
  },
  containerOwner: {
    en: 'Container {name}, {state}, image {image}: owns this network namespace',
    'zh-cn': '容器 {name}，{state}，镜像 {image}：这个网络命名空间的所有者',
  },
  containerJoiner: {
    en: 'Container {name}, {state}, image {image}: joined the network namespace of {owner}',
    'zh-cn': '容器 {name}，{state}，镜像 {image}：加入了 {owner} 的网络命名空间',
  },
  containerHost: {
    en: "Container {name}, {state}, image {image}: network mode host, in the host's namespace",
    'zh-cn': '容器 {name}，{state}，镜像 {image}：网络模式 host，在宿主机的命名空间里',
  },
  containerStopped: {
    en: 'Container {name}, {state}, image {image}: not running, so it has no network namespace',
    'zh-cn': '容器 {name}，{state}，镜像 {image}：未运行，因此没有网络命名空间',
  },
  interface: {
    en: 'Interface {name} in {ns}, address {addresses}, MAC {mac}',
    'zh-cn': '{ns} 中的网卡 {name}，地址 {addresses}，MAC {mac}',
  },
  interfaceNoAddress: {
    en: 'Interface {name} in {ns}, no IP address, MAC {mac}',
    'zh-cn': '{ns} 中的网卡 {name}，没有 IP 地址，MAC {mac}',
  },
  network: {
    en: 'Network {name}, driver {driver}, subnet {subnets}, gateway {gateways}, on the host device {device}',
    'zh-cn': '网络 {name}，驱动 {driver}，子网 {subnets}，网关 {gateways}，宿主机设备 {device}',
  },
  networkNoSubnet: {
    en: 'Network {name}, driver {driver}, without subnets, on the host device {device}',
    'zh-cn': '网络 {name}，驱动 {driver}，没有子网，宿主机设备 {device}',
  },
  published: {
    en: 'Published port: {binding} on the host forwards to port {port} of container {container}',
    'zh-cn': '发布的端口：宿主机上的 {binding} 转发到容器 {container} 的 {port} 端口',
  },
  listening: {
    en: '{program} listening on {port} in {ns}',
    'zh-cn': '{program} 在 {ns} 中监听 {port}',
  },
  veth: {
    en: 'veth pair from {iface} of {container} to the bridge {device} of network {network}; host end {veth}',
    'zh-cn': 'veth 对：从 {container} 的 {iface} 到网络 {network} 的网桥 {device}；宿主机一端 {veth}',
  },
  attachment: {
    en: '{iface} of {container}, a {driver} sub-interface on network {network}',
    'zh-cn': '{container} 的 {iface}，网络 {network} 上的 {driver} 子接口',
  },
  parent: {
    en: 'Network {network} ({driver}) rides on the host interface {device}',
    'zh-cn': '网络 {network}（{driver}）挂在宿主机网卡 {device} 上',
  },
};

/** Short words inside other texts. */
export const DIAGRAM_WORDS: Readonly<Record<'none' | 'hostname' | 'and', Localized>> = {
  none: { en: 'none', 'zh-cn': '无' },
  hostname: { en: 'hostname {hostname}', 'zh-cn': '主机名 {hostname}' },
  and: { en: ', ', 'zh-cn': '、' },
};

/** Why a traced path stops, in words (the hop's own sentence is the core's, in English). */
export const TRACE_STOP_REASONS: Readonly<Record<TraceStopCode, Localized>> = {
  isolated: {
    en: '{target} is on network {network}, which {container} is not connected to: Docker isolates bridge networks from each other and drops the packet at {device} (connect it with docker network connect)',
    'zh-cn':
      '{target} 在网络 {network} 上，而 {container} 没有连到这个网络：Docker 隔离不同的 bridge 网络，数据包在 {device} 被丢弃（可用 docker network connect 连接）',
  },
  'no-bridge-address': {
    en: "{network}'s bridge {device} has no address on the host (gateway_mode_ipv4=isolated): no route",
    'zh-cn': '{network} 的网桥 {device} 在宿主机上没有地址（gateway_mode_ipv4=isolated）：没有路由',
  },
  'icc-disabled': {
    en: '{network} has enable_icc=false: containers on it cannot reach each other',
    'zh-cn': '{network} 设置了 enable_icc=false：其上的容器之间不能互访',
  },
  'no-masquerade': {
    en: '{network} does not masquerade (enable_ip_masquerade=false or gateway_mode_ipv4=routed): the replies never come back',
    'zh-cn': '{network} 不做地址伪装（enable_ip_masquerade=false 或 gateway_mode_ipv4=routed）：回复永远回不来',
  },
  'no-parent': {
    en: '{network} has no parent interface: only its own containers are reachable',
    'zh-cn': '{network} 没有父网卡：只能访问它自己的容器',
  },
  'parent-hairpin': {
    en: '{target} is the host itself: a {driver} container cannot reach its host through the parent interface {device}',
    'zh-cn': '{target} 就是宿主机：{driver} 容器无法经父网卡 {device} 访问自己的宿主机',
  },
  refused: {
    en: 'nothing listens on {port} in {ns}: connection refused',
    'zh-cn': '{ns} 中没有程序监听 {port}：连接被拒绝（connection refused）',
  },
  paused: {
    en: '{container} is paused: its processes are frozen and cannot answer',
    'zh-cn': '{container} 已暂停：其进程被冻结，无法应答',
  },
  'no-address': {
    en: '{container} has no address to forward the published port to',
    'zh-cn': '{container} 没有可转发发布端口的地址',
  },
  'no-holder': {
    en: 'no running container holds {target} on network {network}',
    'zh-cn': '网络 {network} 上没有运行中的容器持有 {target}',
  },
  'parent-link': {
    en: '{network} is a {driver} network: the host cannot reach its containers through the parent interface',
    'zh-cn': '{network} 是 {driver} 网络：宿主机无法通过父网卡访问其中的容器',
  },
  'remote-closed': {
    en: '{target} does not answer on {port}',
    'zh-cn': '{target} 在 {port} 上没有应答',
  },
  'lan-silent': {
    en: "no machine answers at {target} on the host's LAN",
    'zh-cn': '宿主机所在局域网中没有机器应答 {target}',
  },
  'private-unknown': {
    en: '{target} is a private address nobody here holds',
    'zh-cn': '{target} 是私有地址，这里没有谁持有它',
  },
  'none-mode': {
    en: 'only lo exists (network mode none): network is unreachable',
    'zh-cn': '只有 lo（网络模式 none）：网络不可达（network is unreachable）',
  },
  'dead-namespace': {
    en: 'the namespace lost its interfaces when its owner stopped: network is unreachable (restart this container)',
    'zh-cn': '命名空间的所有者停止后，它失去了网卡：网络不可达（重启这个容器）',
  },
  'no-default-route': {
    en: "no default route: {container}'s networks are internal or without a gateway",
    'zh-cn': '没有默认路由：{container} 的网络都是 internal 的或没有网关',
  },
  unresolved: {
    en: '{target} does not resolve in {ns}',
    'zh-cn': '{target} 在 {ns} 中无法解析',
  },
  'no-such-container': {
    en: 'No such container: {from}',
    'zh-cn': '没有这个容器（No such container）：{from}',
  },
  'not-running': {
    en: '{container} is {state}: nothing runs in it to send a packet',
    'zh-cn': '{container} 处于 {state} 状态：里面没有进程可以发送数据包',
  },
};
