// What the values under the cursor in a compose file mean, for hovers and completions: each
// `network_mode` kind, network and IPAM drivers, who reaches a published port, and the hover's own
// phrases, in English and Simplified Chinese (the keys themselves: composeKeys.ts).
import type { Localized } from './localized';

export type NetworkModeKind = 'bridge' | 'host' | 'none' | 'service' | 'container';

/** `network_mode` values: the value under the cursor. */
export const NETWORK_MODE_VALUES: Readonly<Record<NetworkModeKind, Localized>> = {
  bridge: {
    en: '`bridge`: the engine’s default bridge network (`docker0`, 172.17.0.0/16): an address of its own, no Docker DNS (containers do not find each other by name), outbound through NAT.',
    'zh-cn':
      '`bridge`：引擎的默认网桥网络（`docker0`，172.17.0.0/16）：有自己的地址，没有 Docker DNS（容器之间不能按名称访问），出站经 NAT。',
  },
  host: {
    en: '`host`: the container uses the host’s network stack: the host’s interfaces, addresses and ports, no isolation; `ports` are discarded.',
    'zh-cn': '`host`：容器使用宿主机的网络栈：宿主机的接口、地址和端口，没有隔离；`ports` 会被丢弃。',
  },
  none: {
    en: '`none`: only a loopback interface; the container reaches nothing and nothing reaches it.',
    'zh-cn': '`none`：只有回环接口；容器访问不到任何地方，也没有任何地方能访问它。',
  },
  service: {
    en: '`service:NAME`: the container joins the namespace of NAME’s container: the same interfaces, address, MAC and hostname; they talk over `localhost`. Compose starts NAME first; its ports are published on NAME.',
    'zh-cn':
      '`service:名称`：容器加入该服务容器的命名空间：相同的接口、地址、MAC 和主机名；彼此通过 `localhost` 通信。Compose 先启动该服务；端口要在该服务上发布。',
  },
  container: {
    en: '`container:NAME`: the container joins the namespace of an existing container (by name or ID), which must be running.',
    'zh-cn': '`container:名称`：容器加入一个已有容器（按名称或 ID）的命名空间，该容器必须正在运行。',
  },
};

/** Driver values for top-level networks (completions and the `driver` value hover). */
export const NETWORK_DRIVERS: Readonly<
  Record<'bridge' | 'host' | 'none' | 'overlay' | 'macvlan' | 'ipvlan', Localized>
> = {
  bridge: {
    en: 'A bridge on this host, with NAT to the outside and Docker DNS between its containers.',
    'zh-cn': '本机上的一个网桥，经 NAT 访问外部，容器之间有 Docker DNS。',
  },
  host: {
    en: 'The host’s own network; only the engine’s predefined `host` network uses it.',
    'zh-cn': '宿主机自身的网络；只有引擎预定义的 `host` 网络使用它。',
  },
  none: {
    en: 'No networking; only the engine’s predefined `none` network uses it.',
    'zh-cn': '无网络；只有引擎预定义的 `none` 网络使用它。',
  },
  overlay: {
    en: 'A network spanning Swarm nodes (needs swarm mode).',
    'zh-cn': '跨 Swarm 节点的网络（需要 swarm 模式）。',
  },
  macvlan: {
    en: 'Containers get their own MAC and address on a physical network (`driver_opts.parent`).',
    'zh-cn': '容器在物理网络上拥有自己的 MAC 和地址（`driver_opts.parent`）。',
  },
  ipvlan: {
    en: 'Containers get addresses on a physical network, sharing the parent’s MAC.',
    'zh-cn': '容器在物理网络上获得地址，与父接口共用 MAC。',
  },
};

export const IPAM_DRIVERS: Readonly<Record<'default', Localized>> = {
  default: { en: 'Docker’s built-in address manager.', 'zh-cn': 'Docker 内置的地址管理器。' },
};

/** Where a published port listens, by its host IP. */
export const PORT_REACH: Readonly<Record<'all' | 'loopback' | 'address', Localized>> = {
  all: {
    en: 'Reachable on every host address (0.0.0.0 and ::), so from other machines too.',
    'zh-cn': '在宿主机的所有地址（0.0.0.0 和 ::）上可达，因此其他机器也能访问。',
  },
  loopback: {
    en: 'Reachable only on the host’s loopback ({ip}): from the host itself, not from other machines.',
    'zh-cn': '只在宿主机回环地址（{ip}）上可达：只有宿主机自己能访问，其他机器不能。',
  },
  address: {
    en: 'Reachable only on the host address {ip}.',
    'zh-cn': '只在宿主机地址 {ip} 上可达。',
  },
};

/** Hover parts and the "in this file" sentences; `{x}` are filled with escaped values. */
export const HOVER_TEXTS = {
  conflicts: { en: 'Conflicts', 'zh-cn': '冲突' },
  inThisFile: { en: 'In this file', 'zh-cn': '在此文件中' },
  portParts: {
    en: 'Host IP: {hostIp}; host port: {hostPort}; container port: {containerPort}; protocol: {protocol}.',
    'zh-cn': '宿主机 IP {hostIp}，宿主机端口 {hostPort}，容器端口 {containerPort}，协议 {protocol}。',
  },
  anyHostIp: { en: 'every address (0.0.0.0 and ::)', 'zh-cn': '所有地址（0.0.0.0 和 ::）' },
  randomHostPort: { en: 'a free one (32768-60999)', 'zh-cn': '一个空闲端口（32768-60999）' },
  portInvalid: { en: 'Docker rejects this entry: {error}.', 'zh-cn': 'Docker 会拒绝此项：{error}。' },
  portPublishedAs: { en: 'Published as {address}.', 'zh-cn': '发布为 {address}。' },
  networkName: { en: 'Network {key} is created as {name}.', 'zh-cn': '网络 {key} 创建为 {name}。' },
  networkExternal: { en: 'Network {key} is the existing {name}.', 'zh-cn': '网络 {key} 是已有的 {name}。' },
  networkSubnet: { en: 'Subnet {subnet}, gateway {gateway}.', 'zh-cn': '子网 {subnet}，网关 {gateway}。' },
  serviceAddress: { en: '{service} gets {address} on it.', 'zh-cn': '{service} 在其上获得 {address}。' },
  networkMembers: { en: 'Services on it: {services}.', 'zh-cn': '加入它的服务：{services}。' },
  joins: {
    en: '{service} joins {target}’s network namespace: it shares {target}’s address and hostname, reaches {target}’s ports on `localhost`, and its own ports must be published on {target}.',
    'zh-cn':
      '{service} 加入 {target} 的网络命名空间：共用 {target} 的地址和主机名，通过 `localhost` 访问 {target} 的端口，它自己的端口必须在 {target} 上发布。',
  },
  sharedAddress: {
    en: 'Shared address: {address}; hostname: {hostname}.',
    'zh-cn': '共用地址：{address}；主机名：{hostname}。',
  },
  targetPorts: { en: 'On `localhost`: {ports}.', 'zh-cn': '在 `localhost` 上：{ports}。' },
  undefinedService: { en: 'No service {target} in this file.', 'zh-cn': '此文件中没有服务 {target}。' },
  hostMode: {
    en: '{service} uses the host’s addresses and ports directly.',
    'zh-cn': '{service} 直接使用宿主机的地址和端口。',
  },
  failure: { en: '`docker compose up` fails: {message}', 'zh-cn': '`docker compose up` 失败：{message}' },
} as const satisfies Record<string, Localized>;
