// What the network flags of `docker run` / `docker create`, `docker network connect` and
// `docker network create` do, for hovers on command lines, in English and Simplified Chinese.
// Behaviour after docker/cli cli/command/container/opts.go (parse, parseNetworkOpts),
// cli/command/network/create.go and moby daemon/internal/runconfig/hostconfig.go
// (validateNetContainerMode: the `conflicting options` errors quoted below).
import type { Localized } from './localized';

export interface FlagDoc {
  /** What Docker does with the flag. */
  text: Localized;
  /** What it cannot be combined with, in the engine's own words where it refuses. */
  conflicts?: Localized;
  link: string;
}

const RUN_PAGE = 'https://docs.docker.com/reference/cli/docker/container/run/';
const CONNECT_PAGE = 'https://docs.docker.com/reference/cli/docker/network/connect/';
const CREATE_PAGE = 'https://docs.docker.com/reference/cli/docker/network/create/';

export const REFERENCE_PAGES = { run: RUN_PAGE, connect: CONNECT_PAGE, create: CREATE_PAGE } as const;

export type RunFlagName =
  | 'network'
  | 'publish'
  | 'publish-all'
  | 'expose'
  | 'network-alias'
  | 'ip'
  | 'ip6'
  | 'dns'
  | 'dns-search'
  | 'dns-option'
  | 'hostname'
  | 'add-host'
  | 'link'
  | 'mac-address';

const CONTAINER_MODE_ONLY: Localized = {
  en: "Refused with `--network container:<name>`: the container uses the other container's namespace, so the engine answers `conflicting options: {0} and the network mode`.",
  'zh-cn':
    '与 `--network container:<名称>` 冲突：容器使用另一个容器的命名空间，引擎报 `conflicting options: {0} and the network mode`。',
};

const containerModeConflict = (what: string): Localized => ({
  en: CONTAINER_MODE_ONLY.en.replace('{0}', what),
  'zh-cn': CONTAINER_MODE_ONLY['zh-cn'].replace('{0}', what),
});

export const RUN_FLAG_DOCS: Readonly<Record<RunFlagName, FlagDoc>> = {
  network: {
    text: {
      en: "`--network` (`--net`) chooses the container's network: `bridge` (the default: its own namespace on `docker0`), `host` (the host's namespace), `none` (only `lo`), `container:<name|id>` (another container's namespace) or the name of a user-defined network (Docker's DNS resolves the other containers by name). Repeat it to connect to several user-defined networks.",
      'zh-cn':
        '`--network`（`--net`）选择容器的网络：`bridge`（默认：接在 `docker0` 上的独立命名空间）、`host`（宿主机的命名空间）、`none`（只有 `lo`）、`container:<名称|ID>`（另一个容器的命名空间），或用户自定义网络的名称（Docker 的 DNS 按名字解析其他容器）。可重复使用以连接多个用户自定义网络。',
    },
    conflicts: {
      en: '`container:` mode refuses `-p`/`-P`, `--expose`, `-h`, `--dns`, `--add-host` and `--link`; `host` mode discards published ports (`WARNING: Published ports are discarded when using host network mode`) and refuses `--link`; `host`, `none` and `container:` cannot be combined with a second `--network`.',
      'zh-cn':
        '`container:` 模式不接受 `-p`/`-P`、`--expose`、`-h`、`--dns`、`--add-host` 和 `--link`；`host` 模式丢弃发布的端口（`WARNING: Published ports are discarded when using host network mode`）并拒绝 `--link`；`host`、`none` 和 `container:` 不能与第二个 `--network` 一起使用。',
    },
    link: `${RUN_PAGE}#network`,
  },
  publish: {
    text: {
      en: '`-p`/`--publish [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]` publishes a container port on the host: Docker forwards connections to the host port (on every host address unless an IP is given) to the container. Without a host port Docker picks a free one (32768-60999); `docker port` shows it.',
      'zh-cn':
        '`-p`/`--publish [宿主机IP:][宿主机端口:]容器端口[/协议]` 把容器端口发布到宿主机：Docker 把到宿主机端口的连接（不指定 IP 时为宿主机的所有地址）转发给容器。不写宿主机端口时，Docker 选一个空闲端口（32768-60999），可用 `docker port` 查看。',
    },
    conflicts: {
      en: 'With `--network container:<name>` the engine refuses: `conflicting options: port publishing and the container type network mode` (publish on the container that owns the namespace). With `--network host` the ports are discarded. Two containers cannot bind the same host IP and port: `port is already allocated`.',
      'zh-cn':
        '与 `--network container:<名称>` 一起时引擎拒绝：`conflicting options: port publishing and the container type network mode`（应在拥有该命名空间的容器上发布）。`--network host` 下端口被丢弃。两个容器不能绑定同一宿主机 IP 和端口：`port is already allocated`。',
    },
    link: `${RUN_PAGE}#publish`,
  },
  'publish-all': {
    text: {
      en: '`-P`/`--publish-all` publishes every port the image exposes (its `EXPOSE` lines and `--expose`) on a random free host port (32768-60999), on all host addresses.',
      'zh-cn':
        '`-P`/`--publish-all` 把镜像暴露的所有端口（`EXPOSE` 和 `--expose`）发布到随机的空闲宿主机端口（32768-60999），监听宿主机的所有地址。',
    },
    conflicts: {
      en: 'Refused with `--network container:<name>` (`conflicting options: port publishing and the container type network mode`); ignored under `--network host`.',
      'zh-cn':
        '与 `--network container:<名称>` 冲突（`conflicting options: port publishing and the container type network mode`）；在 `--network host` 下被忽略。',
    },
    link: `${RUN_PAGE}#publish-all`,
  },
  expose: {
    text: {
      en: '`--expose PORT[/PROTOCOL]` (or a range `8000-8010`) records a port as exposed, like `EXPOSE` in a Dockerfile. It publishes nothing: other containers on the same network reach every port anyway; `-P` publishes the exposed ports.',
      'zh-cn':
        '`--expose 端口[/协议]`（或范围 `8000-8010`）把端口记为已暴露，相当于 Dockerfile 的 `EXPOSE`。它不发布任何端口：同一网络上的其他容器本来就能访问所有端口；`-P` 才会发布暴露的端口。',
    },
    conflicts: {
      en: 'Refused with `--network container:<name>`: `conflicting options: port exposing and the container type network mode`.',
      'zh-cn':
        '与 `--network container:<名称>` 冲突：`conflicting options: port exposing and the container type network mode`。',
    },
    link: `${RUN_PAGE}#publish`,
  },
  'network-alias': {
    text: {
      en: "`--network-alias` (`--alias` in `docker network connect`) adds a name under which Docker's DNS resolves this container on the user-defined network it joins, next to its name. Several containers may share an alias: the DNS then answers with all their addresses.",
      'zh-cn':
        '`--network-alias`（在 `docker network connect` 中为 `--alias`）为容器添加一个名字，Docker 的 DNS 在它加入的用户自定义网络上按这个名字解析它（容器名照样可用）。多个容器可以共用一个别名，DNS 会返回它们全部的地址。',
    },
    conflicts: {
      en: 'Only on user-defined networks: on `bridge`, `host`, `none` or `container:` the CLI refuses with `network-scoped aliases are only supported for user-defined networks`.',
      'zh-cn':
        '只能用于用户自定义网络：在 `bridge`、`host`、`none` 或 `container:` 上，CLI 报 `network-scoped aliases are only supported for user-defined networks`。',
    },
    link: `${CONNECT_PAGE}#alias`,
  },
  ip: {
    text: {
      en: "`--ip` gives the container this IPv4 address on the network it joins instead of the next free one. The address must lie in the network's subnet (and, when given, `--ip-range`).",
      'zh-cn':
        '`--ip` 让容器在加入的网络上使用这个 IPv4 地址，而不是下一个空闲地址。地址必须在网络的子网内（指定了 `--ip-range` 时还要在其中）。',
    },
    conflicts: {
      en: 'Only on user-defined networks whose subnet was configured (`--subnet`): on the default bridge the engine answers `user-specified IP address is supported on user-defined networks only`.',
      'zh-cn':
        '只能用于配置了子网（`--subnet`）的用户自定义网络：在默认 bridge 上引擎报 `user-specified IP address is supported on user-defined networks only`。',
    },
    link: `${CONNECT_PAGE}#ip`,
  },
  ip6: {
    text: {
      en: '`--ip6` gives the container this IPv6 address on a network created with `--ipv6`, instead of the next free one.',
      'zh-cn': '`--ip6` 让容器在用 `--ipv6` 创建的网络上使用这个 IPv6 地址，而不是下一个空闲地址。',
    },
    conflicts: {
      en: 'Only on user-defined networks, like `--ip`.',
      'zh-cn': '与 `--ip` 一样只能用于用户自定义网络。',
    },
    link: `${CONNECT_PAGE}#ip`,
  },
  dns: {
    text: {
      en: "`--dns` writes these nameservers into the container's `/etc/resolv.conf`. On a user-defined network the container still asks Docker's embedded DNS (127.0.0.11), which forwards names it does not know to these servers.",
      'zh-cn':
        '`--dns` 把这些域名服务器写入容器的 `/etc/resolv.conf`。在用户自定义网络上，容器仍然询问 Docker 内置的 DNS（127.0.0.11），它把不认识的名字转发给这些服务器。',
    },
    conflicts: containerModeConflict('dns'),
    link: RUN_PAGE,
  },
  'dns-search': {
    text: {
      en: "`--dns-search` sets the `search` domains in the container's `/etc/resolv.conf`: a short name is tried with each domain appended.",
      'zh-cn': '`--dns-search` 设置容器 `/etc/resolv.conf` 中的 `search` 域：短名字会依次加上每个域去查询。',
    },
    link: RUN_PAGE,
  },
  'dns-option': {
    text: {
      en: "`--dns-option` (`--dns-opt`) adds an `options` entry (e.g. `ndots:2`, `timeout:1`) to the container's `/etc/resolv.conf`.",
      'zh-cn':
        '`--dns-option`（`--dns-opt`）向容器的 `/etc/resolv.conf` 添加一条 `options`（如 `ndots:2`、`timeout:1`）。',
    },
    link: RUN_PAGE,
  },
  hostname: {
    text: {
      en: "`-h`/`--hostname` sets the container's hostname (`/etc/hostname`, `hostname`, and an `/etc/hosts` line for its address) instead of the first 12 characters of its ID. It is not a DNS name for other containers: they use the container's name or `--network-alias`.",
      'zh-cn':
        '`-h`/`--hostname` 设置容器的主机名（`/etc/hostname`、`hostname` 以及 `/etc/hosts` 中它的地址那一行），代替 ID 的前 12 个字符。它不是供其他容器使用的 DNS 名字：其他容器用容器名或 `--network-alias`。',
    },
    conflicts: {
      en: "Refused with `--network container:<name>` (`conflicting options: hostname and the network mode`): the container takes the other one's hostname. With `--network host` the container keeps the given name while sharing the host's network.",
      'zh-cn':
        '与 `--network container:<名称>` 冲突（`conflicting options: hostname and the network mode`）：容器使用另一个容器的主机名。`--network host` 下容器保留指定的主机名，同时共用宿主机的网络。',
    },
    link: RUN_PAGE,
  },
  'add-host': {
    text: {
      en: "`--add-host NAME:IP` adds a line to the container's `/etc/hosts`, so `NAME` resolves to `IP` inside it. The special IP `host-gateway` stands for the host's address on the container's network (e.g. `--add-host host.docker.internal:host-gateway`).",
      'zh-cn':
        '`--add-host 名字:IP` 在容器的 `/etc/hosts` 中添加一行，使容器内的 `名字` 解析为 `IP`。特殊的 `host-gateway` 代表宿主机在容器网络上的地址（如 `--add-host host.docker.internal:host-gateway`）。',
    },
    conflicts: containerModeConflict('custom host-to-IP mapping'),
    link: `${RUN_PAGE}#add-host`,
  },
  link: {
    text: {
      en: "`--link NAME[:ALIAS]` (legacy) writes the other container's address into this one's `/etc/hosts` under `NAME` and `ALIAS`, on the default bridge where there is no DNS by name. On user-defined networks use names or `--network-alias` instead.",
      'zh-cn':
        '`--link 名称[:别名]`（旧功能）把另一个容器的地址以 `名称` 和 `别名` 写入本容器的 `/etc/hosts`，用于没有按名解析的默认 bridge。在用户自定义网络上请改用容器名或 `--network-alias`。',
    },
    conflicts: {
      en: "Refused with `--network container:<name>` (`conflicting options: container type network can't be used with links. This would result in undefined behavior`) and with `--network host` (`conflicting options: host type networking can't be used with links. This would result in undefined behavior`).",
      'zh-cn':
        "与 `--network container:<名称>` 冲突（`conflicting options: container type network can't be used with links. This would result in undefined behavior`），与 `--network host` 也冲突（`conflicting options: host type networking can't be used with links. This would result in undefined behavior`）。",
    },
    link: `${CONNECT_PAGE}#link`,
  },
  'mac-address': {
    text: {
      en: "`--mac-address` gives the container's interface on its network this MAC address instead of one derived at random.",
      'zh-cn': '`--mac-address` 让容器在其网络上的网卡使用这个 MAC 地址，而不是随机生成的地址。',
    },
    conflicts: {
      en: "Only for an interface of the container's own, on `bridge` or a user-defined network: under `--network host` or `container:<name>` there is none (API versions before 1.44 refused with `conflicting options: mac-address and the network mode`).",
      'zh-cn':
        '只适用于容器自己在 `bridge` 或用户自定义网络上的网卡：在 `--network host` 或 `container:<名称>` 下没有这样的网卡（1.44 之前的 API 会报 `conflicting options: mac-address and the network mode`）。',
    },
    link: RUN_PAGE,
  },
};

export type NetworkCreateFlagName =
  | 'driver'
  | 'subnet'
  | 'ip-range'
  | 'gateway'
  | 'aux-address'
  | 'internal'
  | 'attachable'
  | 'ipv6'
  | 'ipv4'
  | 'opt'
  | 'label'
  | 'ipam-driver';

const SUBNET_NEEDED: Localized = {
  en: 'Needs a `--subnet` that contains it: without one the CLI says `every ip-range or gateway must have a corresponding subnet`.',
  'zh-cn': '需要一个包含它的 `--subnet`：否则 CLI 报 `every ip-range or gateway must have a corresponding subnet`。',
};

export const NETWORK_CREATE_FLAG_DOCS: Readonly<Record<NetworkCreateFlagName, FlagDoc>> = {
  driver: {
    text: {
      en: "`-d`/`--driver` picks the network driver: `bridge` (the default: a Linux bridge on this host, with NAT to the outside), `macvlan` and `ipvlan` (containers appear on the parent interface's LAN), `overlay` (across Swarm nodes).",
      'zh-cn':
        '`-d`/`--driver` 选择网络驱动：`bridge`（默认：本机上的 Linux 网桥，经 NAT 访问外部）、`macvlan` 和 `ipvlan`（容器直接出现在父网卡所在的局域网）、`overlay`（跨 Swarm 节点）。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  subnet: {
    text: {
      en: "`--subnet` sets the network's subnet in CIDR form (e.g. `10.10.0.0/24`) instead of the next free pool from Docker's default address pools (172.17.0.0/16 onwards). Containers get addresses from it; `--ip` may then choose one.",
      'zh-cn':
        '`--subnet` 以 CIDR 形式设置网络的子网（如 `10.10.0.0/24`），代替从 Docker 默认地址池（172.17.0.0/16 起）中取下一个空闲子网。容器从中获得地址，此后可用 `--ip` 指定地址。',
    },
    conflicts: {
      en: "It may not overlap another network's subnet on this host (`Pool overlaps with other one on this address space`).",
      'zh-cn': '不能与本机其他网络的子网重叠（`Pool overlaps with other one on this address space`）。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  'ip-range': {
    text: {
      en: '`--ip-range` limits the addresses Docker hands out to containers to this sub-range of the subnet; fixed `--ip` addresses may still lie outside it.',
      'zh-cn': '`--ip-range` 把 Docker 分配给容器的地址限制在子网的这个子范围内；用 `--ip` 固定的地址仍可在范围之外。',
    },
    conflicts: SUBNET_NEEDED,
    link: `${CREATE_PAGE}#options`,
  },
  gateway: {
    text: {
      en: "`--gateway` sets the subnet's gateway address (the bridge's own address, the containers' default route) instead of the subnet's first address.",
      'zh-cn': '`--gateway` 设置子网的网关地址（网桥自身的地址，也是容器的默认路由），代替子网的第一个地址。',
    },
    conflicts: SUBNET_NEEDED,
    link: `${CREATE_PAGE}#options`,
  },
  'aux-address': {
    text: {
      en: '`--aux-address NAME=IP` reserves an address of the subnet so that no container gets it (a router or a host already using it).',
      'zh-cn': '`--aux-address 名字=IP` 保留子网中的一个地址，不再分配给容器（例如已被路由器或某台主机占用）。',
    },
    conflicts: {
      en: 'The address must lie in one of the `--subnet`s: otherwise `no matching subnet for aux-address`.',
      'zh-cn': '地址必须在某个 `--subnet` 之内：否则报 `no matching subnet for aux-address`。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  internal: {
    text: {
      en: '`--internal` creates a network without a route to the outside: containers on it reach each other but not the internet, and ports published from them are not reachable from outside.',
      'zh-cn':
        '`--internal` 创建没有对外路由的网络：其中的容器可以互相访问，但不能访问互联网，从它们发布的端口也无法从外部访问。',
    },
    link: `${CREATE_PAGE}#internal`,
  },
  attachable: {
    text: {
      en: '`--attachable` lets standalone containers (`docker run --network`) join an overlay network that Swarm services use. Local bridge networks are always attachable.',
      'zh-cn':
        '`--attachable` 允许独立容器（`docker run --network`）加入 Swarm 服务使用的 overlay 网络。本地 bridge 网络总是可以加入。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  ipv6: {
    text: {
      en: '`--ipv6` gives the network an IPv6 subnet as well (from `--subnet` or the default IPv6 pools), so containers get IPv6 addresses.',
      'zh-cn': '`--ipv6` 让网络同时拥有 IPv6 子网（来自 `--subnet` 或默认 IPv6 地址池），容器因此获得 IPv6 地址。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  ipv4: {
    text: {
      en: '`--ipv4` (default `true`) assigns IPv4 addresses; `--ipv4=false` with `--ipv6` makes an IPv6-only network.',
      'zh-cn': '`--ipv4`（默认 `true`）分配 IPv4 地址；`--ipv4=false` 配合 `--ipv6` 创建纯 IPv6 网络。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  opt: {
    text: {
      en: "`-o`/`--opt KEY=VALUE` passes a driver option, e.g. `com.docker.network.bridge.name=br-app` (the bridge's name), `com.docker.network.driver.mtu=1400`, or `parent=eth0` for macvlan and ipvlan.",
      'zh-cn':
        '`-o`/`--opt 键=值` 传递驱动选项，如 `com.docker.network.bridge.name=br-app`（网桥名称）、`com.docker.network.driver.mtu=1400`，或 macvlan 和 ipvlan 的 `parent=eth0`。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  label: {
    text: {
      en: '`--label KEY=VALUE` stores metadata on the network; `docker network ls --filter label=KEY` finds it. It changes nothing in the networking.',
      'zh-cn':
        '`--label 键=值` 在网络上保存元数据，可用 `docker network ls --filter label=键` 查找。它不改变任何网络行为。',
    },
    link: `${CREATE_PAGE}#options`,
  },
  'ipam-driver': {
    text: {
      en: "`--ipam-driver` chooses who hands out the addresses (IP address management): `default` (Docker's own allocator), `null`, or a plugin.",
      'zh-cn': '`--ipam-driver` 选择由谁分配地址（IP 地址管理）：`default`（Docker 自带的分配器）、`null` 或插件。',
    },
    link: `${CREATE_PAGE}#options`,
  },
};

/** `docker network connect` flags, by their names there, and the run flag each one matches. */
export const CONNECT_FLAG_TO_RUN: Readonly<Record<string, RunFlagName>> = {
  alias: 'network-alias',
  ip: 'ip',
  ip6: 'ip6',
  link: 'link',
};

export type NetworkValueKind = 'bridge' | 'default' | 'host' | 'none' | 'container' | 'user';

/** `{0}` is the container's or network's name, escaped by the caller (so never inside a code span). */
export const NETWORK_VALUE_DOCS: Readonly<Record<NetworkValueKind, Localized>> = {
  bridge: {
    en: '`bridge`: the container gets its own namespace and the next free address on `docker0` (172.17.0.0/16). Other containers reach it by address, not by name (no DNS on the default bridge); the host reaches only its published ports from outside.',
    'zh-cn':
      '`bridge`：容器拥有独立的命名空间，并在 `docker0`（172.17.0.0/16）上获得下一个空闲地址。其他容器只能按地址访问它，不能按名字（默认 bridge 上没有 DNS）；外部只能访问它发布的端口。',
  },
  default: {
    en: "`default`: the daemon's default network, `bridge` on Linux.",
    'zh-cn': '`default`：守护进程的默认网络，在 Linux 上就是 `bridge`。',
  },
  host: {
    en: "`host`: no namespace of its own; the container uses the host's interfaces, addresses, hostname and ports. A server in it listens on the host directly, so `-p` is pointless (ports are discarded) and two such servers on one port clash.",
    'zh-cn':
      '`host`：没有自己的命名空间；容器使用宿主机的网卡、地址、主机名和端口。其中的服务直接在宿主机上监听，因此 `-p` 没有意义（端口被丢弃），同一端口上的两个这样的服务会冲突。',
  },
  none: {
    en: '`none`: its own namespace with only the loopback interface `lo`: no address, no route, nothing reaches it and it reaches nothing.',
    'zh-cn': '`none`：独立的命名空间，只有回环网卡 `lo`：没有地址、没有路由，谁也访问不到它，它也访问不到谁。',
  },
  container: {
    en: 'Container mode: joins the network namespace of the container {0}: the same interfaces, address, MAC and hostname; the two talk over `localhost`. Publish ports on {0}, not here. {0} must be running.',
    'zh-cn':
      '容器模式：加入容器 {0} 的网络命名空间：同样的网卡、地址、MAC 和主机名；两者通过 `localhost` 通信。端口应在 {0} 上发布，而不是这里。{0} 必须正在运行。',
  },
  user: {
    en: "A user-defined network, {0} (create it first with `docker network create`). The container gets an address on its subnet, and Docker's DNS (127.0.0.11) resolves the other containers on {0} by name and alias; containers on other networks are isolated from it.",
    'zh-cn':
      '用户自定义网络 {0}（先用 `docker network create` 创建）。容器在其子网上获得地址，Docker 的 DNS（127.0.0.11）按名字和别名解析 {0} 上的其他容器；其他网络上的容器与它隔离。',
  },
};

/** A `-p` value, explained piece by piece. Placeholders are filled (and escaped) by the caller. */
export const PORT_TEXTS = {
  mapping: {
    en: 'Container port {0} ({1}) is published on host port {2}.',
    'zh-cn': '容器端口 {0}（{1}）发布到宿主机端口 {2}。',
  },
  randomHostPort: {
    en: 'a free port Docker picks (32768-60999; see `docker port`)',
    'zh-cn': 'Docker 选择的空闲端口（32768-60999；用 `docker port` 查看）',
  },
  everywhere: {
    en: 'Reachable on every address of the host (0.0.0.0 and ::), so from other machines too, unless a firewall stops it.',
    'zh-cn': '可通过宿主机的所有地址（0.0.0.0 和 ::）访问，因此其他机器也能访问，除非被防火墙拦住。',
  },
  loopback: {
    en: 'Reachable only from the host itself, on {0} (the loopback): other machines cannot connect.',
    'zh-cn': '只能从宿主机本身通过 {0}（回环地址）访问：其他机器无法连接。',
  },
  address: {
    en: "Reachable only through the host address {0}: connections to the host's other addresses are not forwarded.",
    'zh-cn': '只能通过宿主机地址 {0} 访问：到宿主机其他地址的连接不会被转发。',
  },
  invalid: {
    en: 'Docker rejects this value: {0}',
    'zh-cn': 'Docker 不接受这个值：{0}',
  },
} as const satisfies Record<string, Localized>;

export const HOVER_LABELS = {
  conflicts: { en: 'Conflicts:', 'zh-cn': '冲突：' },
} as const satisfies Record<string, Localized>;
