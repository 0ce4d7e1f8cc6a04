// What the compose file's network and volume keys make Docker do, for hovers: per key path, what it does, what
// it conflicts with, and the Docker reference page. Written from the compose specification
// (compose-spec/compose-spec spec.md and schema/compose-spec.json), compose-go's checks
// (loader/validate.go, types/project.go) and the engine's (moby daemon/container_operations.go,
// runconfig/hostconfig_unix.go), in English and Simplified Chinese.
import type { Localized } from './localized';

export interface ComposeKeyDoc {
  text: Localized;
  /** What the key cannot be combined with, and what Docker says then. */
  conflicts?: Localized;
  link: string;
}

const SERVICES = 'https://docs.docker.com/reference/compose-file/services/';
const NETWORKS = 'https://docs.docker.com/reference/compose-file/networks/';
const BUILD = 'https://docs.docker.com/reference/compose-file/build/';
const VOLUMES = 'https://docs.docker.com/reference/compose-file/volumes/';

const NOT_WITH_SHARED_NAMESPACE: Localized = {
  en: 'Not with `network_mode: service:…` or `container:…`: the container shares another one’s namespace, and the engine rejects the setting (`conflicting options: …`).',
  'zh-cn':
    '不能与 `network_mode: service:…` 或 `container:…` 同用：容器共享另一个容器的命名空间，引擎会拒绝此设置（`conflicting options: …`）。',
};

const ONLY_USER_DEFINED: Localized = {
  en: 'Only on user-defined networks: the default `bridge`, `host` and `none` have no Docker DNS, and the engine rejects aliases and fixed addresses there.',
  'zh-cn':
    '只用于用户自定义网络：默认的 `bridge`、`host` 和 `none` 没有 Docker DNS，引擎会拒绝在其上设置别名和固定地址。',
};

/** Keys by path: `service.<key>`, `service.networks.<key>`, `network.<key>`, `network.ipam.<key>`, `volume.<key>`. */
export const COMPOSE_KEYS = {
  'service.network_mode': {
    text: {
      en: '`network_mode` puts the service’s container in an existing network namespace instead of the project’s networks: `bridge` (the default bridge, no Docker DNS), `host` (the host’s stack), `none` (loopback only), `service:NAME` (another service’s container) or `container:NAME` (any container).',
      'zh-cn':
        '`network_mode` 让服务的容器使用一个已有的网络命名空间，而不是项目的网络：`bridge`（默认网桥，无 Docker DNS）、`host`（宿主机网络栈）、`none`（只有回环）、`service:名称`（另一个服务的容器）或 `container:名称`（任意容器）。',
    },
    conflicts: {
      en: 'Not with `networks` (compose-go: `` service X declares mutually exclusive `network_mode` and `networks` ``). With `service:`/`container:` also not with `ports`, `expose`, `hostname`, `dns`, `extra_hosts`, `mac_address` or `links`.',
      'zh-cn':
        '不能与 `networks` 同用（compose-go：`` service X declares mutually exclusive `network_mode` and `networks` ``）。使用 `service:`/`container:` 时也不能与 `ports`、`expose`、`hostname`、`dns`、`extra_hosts`、`mac_address` 或 `links` 同用。',
    },
    link: `${SERVICES}#network_mode`,
  },
  'service.networks': {
    text: {
      en: '`networks` lists the project networks the service’s container joins (a list of keys, or a map with per-network settings). Without it the service joins the project’s `default` network. Each network gives the container one interface and one address; containers reach each other by service name on a shared network.',
      'zh-cn':
        '`networks` 列出服务的容器加入的项目网络（键的列表，或带每个网络设置的映射）。不写时服务加入项目的 `default` 网络。每个网络给容器一个接口和一个地址；同一网络上的容器可以用服务名互相访问。',
    },
    conflicts: {
      en: 'Not with `network_mode`. Every key must be defined under top-level `networks` (compose-go: `service "X" refers to undefined network Y: invalid compose project`).',
      'zh-cn':
        '不能与 `network_mode` 同用。每个键都必须在顶层 `networks` 中定义（compose-go：`service "X" refers to undefined network Y: invalid compose project`）。',
    },
    link: `${SERVICES}#networks`,
  },
  'service.networks.entry': {
    text: {
      en: 'One network the container joins. Compose creates it as `<project>_<key>` (or its `name:`) unless it is `external`, and connects the container when it is created.',
      'zh-cn':
        '容器加入的一个网络。除非它是 `external`，Compose 会以 `<项目>_<键>`（或其 `name:`）创建它，并在创建容器时连接。',
    },
    conflicts: {
      en: 'The key must be defined under top-level `networks`.',
      'zh-cn': '此键必须在顶层 `networks` 中定义。',
    },
    link: `${SERVICES}#networks`,
  },
  'service.networks.aliases': {
    text: {
      en: '`aliases`: more DNS names by which other containers on this network (only this one) find the service, besides the service name and the container name.',
      'zh-cn': '`aliases`：除服务名和容器名之外，同一网络（仅此网络）上其他容器用来找到该服务的额外 DNS 名称。',
    },
    conflicts: ONLY_USER_DEFINED,
    link: `${SERVICES}#aliases`,
  },
  'service.networks.ipv4_address': {
    text: {
      en: '`ipv4_address`: a fixed IPv4 address on this network instead of the next free one. It must lie in one of the network’s `ipam` subnets and not be taken.',
      'zh-cn':
        '`ipv4_address`：在此网络上使用固定 IPv4 地址，而不是下一个空闲地址。它必须位于网络某个 `ipam` 子网内，且未被占用。',
    },
    conflicts: {
      en: 'Needs a user-defined network with a configured subnet; the engine says `invalid endpoint settings` / `no configured subnet or ip-range contain the IP address` otherwise, and `Address already in use` for a taken one.',
      'zh-cn':
        '需要一个配置了子网的用户自定义网络；否则引擎报 `invalid endpoint settings` / `no configured subnet or ip-range contain the IP address`，地址被占用时报 `Address already in use`。',
    },
    link: `${SERVICES}#ipv4_address-ipv6_address`,
  },
  'service.networks.ipv6_address': {
    text: {
      en: '`ipv6_address`: a fixed IPv6 address on this network; the network needs `enable_ipv6: true` and an IPv6 subnet.',
      'zh-cn': '`ipv6_address`：在此网络上使用固定 IPv6 地址；该网络需要 `enable_ipv6: true` 和一个 IPv6 子网。',
    },
    conflicts: ONLY_USER_DEFINED,
    link: `${SERVICES}#ipv4_address-ipv6_address`,
  },
  'service.networks.interface_name': {
    text: {
      en: '`interface_name`: the name of the container’s interface on this network (instead of `eth0`, `eth1`, …). Needs Docker Engine 28.1 / API 1.49.',
      'zh-cn':
        '`interface_name`：容器在此网络上的接口名（代替 `eth0`、`eth1`……）。需要 Docker Engine 28.1 / API 1.49。',
    },
    link: `${SERVICES}#interface_name`,
  },
  'service.networks.priority': {
    text: {
      en: '`priority`: the order in which Compose connects the networks (highest first), which decides which network becomes `eth0`. It does not choose the default gateway (see `gw_priority`).',
      'zh-cn':
        '`priority`：Compose 连接各网络的顺序（数值大的先连），决定哪个网络成为 `eth0`。它不决定默认网关（见 `gw_priority`）。',
    },
    link: `${SERVICES}#priority`,
  },
  'service.networks.gw_priority': {
    text: {
      en: '`gw_priority`: the network with the highest value gives the container its default gateway (Docker Engine 28+); ties go to the network connected first.',
      'zh-cn': '`gw_priority`：数值最大的网络提供容器的默认网关（Docker Engine 28 起）；相同时由最先连接的网络提供。',
    },
    link: `${SERVICES}#gw_priority`,
  },
  'service.networks.mac_address': {
    text: {
      en: '`mac_address` (per network): the MAC address of the container’s interface on this network, instead of a generated one.',
      'zh-cn': '`mac_address`（按网络）：容器在此网络上接口的 MAC 地址，代替自动生成的地址。',
    },
    link: `${SERVICES}#mac_address`,
  },
  'service.mac_address': {
    text: {
      en: '`mac_address`: the MAC address of the container’s first interface. The per-network `mac_address` under `networks` says which network it is for.',
      'zh-cn': '`mac_address`：容器第一个接口的 MAC 地址。`networks` 下按网络设置的 `mac_address` 可指明用于哪个网络。',
    },
    conflicts: NOT_WITH_SHARED_NAMESPACE,
    link: `${SERVICES}#mac_address`,
  },
  'service.ports': {
    text: {
      en: '`ports` publishes container ports on the host: `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, or the long syntax (`target`, `published`, `host_ip`, `protocol`). Without a host port Docker picks a free one (32768-60999); without a host IP the port listens on every host address.',
      'zh-cn':
        '`ports` 把容器端口发布到宿主机：`[宿主机IP:][宿主机端口:]容器端口[/协议]`，或长语法（`target`、`published`、`host_ip`、`protocol`）。不写宿主机端口时 Docker 选一个空闲端口（32768-60999）；不写宿主机 IP 时端口在宿主机所有地址上监听。',
    },
    conflicts: {
      en: 'Ignored under `network_mode: host` (the container already uses the host’s ports); rejected with `service:`/`container:` (publish on the container that owns the namespace). A host port can be published once per address: a second one fails with `port is already allocated`.',
      'zh-cn':
        '在 `network_mode: host` 下被忽略（容器已直接使用宿主机端口）；在 `service:`/`container:` 下被拒绝（应在拥有该命名空间的容器上发布）。每个地址上一个宿主机端口只能发布一次：第二次会失败并报 `port is already allocated`。',
    },
    link: `${SERVICES}#ports`,
  },
  'service.expose': {
    text: {
      en: '`expose` records ports the container listens on, for other containers and for `docker ps`; it publishes nothing on the host. Containers on a shared network reach any listening port anyway.',
      'zh-cn':
        '`expose` 记录容器监听的端口，供其他容器和 `docker ps` 参考；它不会在宿主机上发布任何端口。共享网络上的容器本来就能访问任何正在监听的端口。',
    },
    conflicts: NOT_WITH_SHARED_NAMESPACE,
    link: `${SERVICES}#expose`,
  },
  'service.links': {
    text: {
      en: '`links` (legacy): `SERVICE[:ALIAS]` adds the other service’s name (and alias) to this container’s DNS, and makes it start first. On user-defined networks service names resolve anyway.',
      'zh-cn':
        '`links`（旧功能）：`服务[:别名]` 把另一服务的名称（及别名）加入本容器的 DNS，并让它先启动。在用户自定义网络上，服务名本来就能解析。',
    },
    conflicts: NOT_WITH_SHARED_NAMESPACE,
    link: `${SERVICES}#links`,
  },
  'service.external_links': {
    text: {
      en: '`external_links` (legacy): links to containers started outside this project, `CONTAINER[:ALIAS]`; they must share a network with this service.',
      'zh-cn': '`external_links`（旧功能）：链接到本项目之外启动的容器，`容器[:别名]`；它们必须与本服务共享一个网络。',
    },
    link: `${SERVICES}#external_links`,
  },
  'service.hostname': {
    text: {
      en: '`hostname`: the container’s host name (`hostname`, `/etc/hostname`, its own line in `/etc/hosts`). Other containers do not resolve it; they use the service name or aliases.',
      'zh-cn':
        '`hostname`：容器的主机名（`hostname`、`/etc/hostname`、`/etc/hosts` 中自己的一行）。其他容器不会解析它，它们使用服务名或别名。',
    },
    conflicts: NOT_WITH_SHARED_NAMESPACE,
    link: `${SERVICES}#hostname`,
  },
  'service.domainname': {
    text: {
      en: '`domainname`: the container’s domain name (NIS domain); with `hostname` it forms the name in `/etc/hosts`.',
      'zh-cn': '`domainname`：容器的域名（NIS 域）；与 `hostname` 一起构成 `/etc/hosts` 中的名称。',
    },
    link: `${SERVICES}#domainname`,
  },
  'service.dns': {
    text: {
      en: '`dns`: name servers for the container. On user-defined networks they go behind Docker’s embedded DNS (127.0.0.11), which still answers container names first; on the default bridge they are written to `/etc/resolv.conf`.',
      'zh-cn':
        '`dns`：容器的域名服务器。在用户自定义网络上它们位于 Docker 内置 DNS（127.0.0.11）之后，后者仍先解析容器名；在默认网桥上它们直接写入 `/etc/resolv.conf`。',
    },
    conflicts: NOT_WITH_SHARED_NAMESPACE,
    link: `${SERVICES}#dns`,
  },
  'service.dns_search': {
    text: {
      en: '`dns_search`: search domains written to `/etc/resolv.conf`, tried for names without a dot.',
      'zh-cn': '`dns_search`：写入 `/etc/resolv.conf` 的搜索域，用于不含点的名称。',
    },
    link: `${SERVICES}#dns_search`,
  },
  'service.dns_opt': {
    text: {
      en: '`dns_opt`: resolver options for `/etc/resolv.conf` (`options ndots:2 timeout:1 …`).',
      'zh-cn': '`dns_opt`：`/etc/resolv.conf` 的解析器选项（`options ndots:2 timeout:1 …`）。',
    },
    link: `${SERVICES}#dns_opt`,
  },
  'service.extra_hosts': {
    text: {
      en: '`extra_hosts`: lines added to the container’s `/etc/hosts` (`HOST:IP`, `HOST=IP`, or a map). `host-gateway` stands for the host’s address as seen from the container.',
      'zh-cn':
        '`extra_hosts`：加入容器 `/etc/hosts` 的行（`主机:IP`、`主机=IP` 或映射）。`host-gateway` 表示从容器看到的宿主机地址。',
    },
    conflicts: NOT_WITH_SHARED_NAMESPACE,
    link: `${SERVICES}#extra_hosts`,
  },
  'service.build.network': {
    text: {
      en: '`build.network`: the network the build’s `RUN` steps use (`default`, `none`, `host`, or a network name), like `docker build --network`. The running container’s network is set by `networks`/`network_mode`, not by this.',
      'zh-cn':
        '`build.network`：构建中 `RUN` 步骤使用的网络（`default`、`none`、`host` 或网络名），同 `docker build --network`。运行中的容器的网络由 `networks`/`network_mode` 决定，而非此项。',
    },
    conflicts: {
      en: '`host` needs the `network.host` entitlement (`network.host is not allowed` otherwise).',
      'zh-cn': '`host` 需要 `network.host` 授权（否则报 `network.host is not allowed`）。',
    },
    link: `${BUILD}#network`,
  },
  networks: {
    text: {
      en: 'Top-level `networks` defines the project’s networks. Compose creates each as `<project>_<key>` (unless `name:` or `external` says otherwise) and removes them on `down`; the `default` network is added when a service names no network.',
      'zh-cn':
        '顶层 `networks` 定义项目的网络。Compose 以 `<项目>_<键>` 创建每个网络（除非 `name:` 或 `external` 另有指定），并在 `down` 时删除；服务未指定网络时会加入自动添加的 `default` 网络。',
    },
    link: NETWORKS,
  },
  'network.entry': {
    text: {
      en: 'One project network. Services list its key under their `networks` to join it.',
      'zh-cn': '一个项目网络。服务在各自的 `networks` 中列出它的键即可加入。',
    },
    link: NETWORKS,
  },
  'network.driver': {
    text: {
      en: '`driver`: the network driver, `bridge` by default on a single host (`overlay` for Swarm, `macvlan`/`ipvlan` for addresses on the physical network). `host` and `none` name the engine’s own networks and cannot be created again.',
      'zh-cn':
        '`driver`：网络驱动，单机默认 `bridge`（Swarm 用 `overlay`，需要物理网络上的地址时用 `macvlan`/`ipvlan`）。`host` 和 `none` 指引擎自带的网络，不能再创建。',
    },
    link: `${NETWORKS}#driver`,
  },
  'network.driver_opts': {
    text: {
      en: '`driver_opts`: options passed to the driver, e.g. `com.docker.network.bridge.name` for the bridge interface’s name or `parent` for macvlan.',
      'zh-cn': '`driver_opts`：传给驱动的选项，如网桥接口名 `com.docker.network.bridge.name`，或 macvlan 的 `parent`。',
    },
    link: `${NETWORKS}#driver_opts`,
  },
  'network.ipam': {
    text: {
      en: '`ipam`: how addresses are managed: a `driver` and `config` blocks with `subnet`, `ip_range`, `gateway` and `aux_addresses`. Without it Docker takes the next free subnet of its default pools (172.17.0.0/16 onwards).',
      'zh-cn':
        '`ipam`：地址管理：`driver` 以及含 `subnet`、`ip_range`、`gateway`、`aux_addresses` 的 `config` 块。不写时 Docker 从默认地址池中取下一个空闲子网（从 172.17.0.0/16 起）。',
    },
    link: `${NETWORKS}#ipam`,
  },
  'network.ipam.driver': {
    text: {
      en: '`ipam.driver`: the address manager; `default` is Docker’s built-in one.',
      'zh-cn': '`ipam.driver`：地址管理器；`default` 是 Docker 内置的。',
    },
    link: `${NETWORKS}#ipam`,
  },
  'network.ipam.config': {
    text: {
      en: '`ipam.config`: one block per subnet (an IPv4 one, and an IPv6 one with `enable_ipv6`).',
      'zh-cn': '`ipam.config`：每个子网一个块（一个 IPv4 子网，启用 `enable_ipv6` 时再加一个 IPv6 子网）。',
    },
    link: `${NETWORKS}#ipam`,
  },
  'network.ipam.subnet': {
    text: {
      en: '`subnet`: the network’s address range in CIDR form; containers and the gateway get addresses from it.',
      'zh-cn': '`subnet`：网络的地址范围（CIDR）；容器和网关从中获得地址。',
    },
    conflicts: {
      en: 'It must not overlap another network’s subnet (`Pool overlaps with other one on this address space`).',
      'zh-cn': '不能与其他网络的子网重叠（`Pool overlaps with other one on this address space`）。',
    },
    link: `${NETWORKS}#ipam`,
  },
  'network.ipam.ip_range': {
    text: {
      en: '`ip_range`: the part of the subnet Docker allocates container addresses from; fixed `ipv4_address` values may lie outside it but inside the subnet.',
      'zh-cn': '`ip_range`：Docker 为容器分配地址所用的子网部分；固定的 `ipv4_address` 可在其外但须在子网内。',
    },
    link: `${NETWORKS}#ipam`,
  },
  'network.ipam.gateway': {
    text: {
      en: '`gateway`: the bridge’s address in the subnet, the containers’ default gateway (the subnet’s first address by default).',
      'zh-cn': '`gateway`：网桥在子网中的地址，即容器的默认网关（默认是子网的第一个地址）。',
    },
    link: `${NETWORKS}#ipam`,
  },
  'network.ipam.aux_addresses': {
    text: {
      en: '`aux_addresses`: addresses Docker must not hand out, by name (`host1: 172.28.1.5`).',
      'zh-cn': '`aux_addresses`：Docker 不得分配的地址，按名称列出（`host1: 172.28.1.5`）。',
    },
    link: `${NETWORKS}#ipam`,
  },
  'network.external': {
    text: {
      en: '`external: true`: the network exists already and Compose does not create or remove it; `up` fails if it is missing (`network X declared as external, but could not be found`).',
      'zh-cn':
        '`external: true`：网络已存在，Compose 不创建也不删除它；若不存在，`up` 失败（`network X declared as external, but could not be found`）。',
    },
    conflicts: {
      en: 'Only `name` may go with it; compose-go rejects other attributes on an external network (`conflicting parameters "external" and "driver" specified for network "X"`).',
      'zh-cn':
        '只能与 `name` 同用；compose-go 拒绝外部网络上的其他属性（`conflicting parameters "external" and "driver" specified for network "X"`）。',
    },
    link: `${NETWORKS}#external`,
  },
  'network.internal': {
    text: {
      en: '`internal: true`: the network has no route out of the host and publishes no ports; its containers reach only each other.',
      'zh-cn': '`internal: true`：网络没有通往宿主机之外的路由，也不发布端口；其中的容器只能互相访问。',
    },
    link: `${NETWORKS}#internal`,
  },
  'network.attachable': {
    text: {
      en: '`attachable: true`: standalone containers (`docker run --network`) may join this network too; it matters for `overlay` networks.',
      'zh-cn': '`attachable: true`：独立容器（`docker run --network`）也可加入此网络；对 `overlay` 网络有意义。',
    },
    link: `${NETWORKS}#attachable`,
  },
  'network.enable_ipv4': {
    text: {
      en: '`enable_ipv4: false`: an IPv6-only network (Docker Engine 28+); containers get no IPv4 address on it.',
      'zh-cn': '`enable_ipv4: false`：仅 IPv6 的网络（Docker Engine 28 起）；容器在其上没有 IPv4 地址。',
    },
    link: `${NETWORKS}#enable_ipv4`,
  },
  'network.enable_ipv6': {
    text: {
      en: '`enable_ipv6: true`: containers also get an IPv6 address (from an IPv6 `ipam` subnet, or Docker’s default IPv6 pool).',
      'zh-cn':
        '`enable_ipv6: true`：容器还会获得 IPv6 地址（来自 `ipam` 中的 IPv6 子网，或 Docker 默认的 IPv6 地址池）。',
    },
    link: `${NETWORKS}#enable_ipv6`,
  },
  'network.name': {
    text: {
      en: '`name`: the network’s name in the engine as is, without the project prefix (for an external network: the name to look for).',
      'zh-cn': '`name`：网络在引擎中的原样名称，不加项目前缀（对外部网络：要查找的名称）。',
    },
    link: `${NETWORKS}#name`,
  },
  'network.labels': {
    text: {
      en: '`labels`: metadata on the network (`docker network inspect` shows them); Compose adds its own `com.docker.compose.*` labels.',
      'zh-cn':
        '`labels`：网络上的元数据（`docker network inspect` 可见）；Compose 还会加上自己的 `com.docker.compose.*` 标签。',
    },
    link: `${NETWORKS}#labels`,
  },
  'service.volumes': {
    text: {
      en: '`volumes` mounts storage into the container: `NAME:/path` a volume declared under top-level `volumes` (Compose creates it as `<project>_<name>`), `./dir:/path` or `/dir:/path` a folder of the host (relative paths from the project folder), `/path` alone an anonymous volume. `:ro` mounts it read-only.',
      'zh-cn':
        '`volumes` 把存储挂载进容器：`名称:/路径` 是顶层 `volumes` 中声明的卷（Compose 以 `<项目>_<名称>` 创建），`./目录:/路径` 或 `/目录:/路径` 是宿主机上的目录（相对路径从项目目录算起），只写 `/路径` 是匿名卷。加 `:ro` 则只读挂载。',
    },
    conflicts: {
      en: 'A named volume must be declared at the top level (`service "X" refers to undefined volume NAME: invalid compose project`); two entries cannot share a target.',
      'zh-cn':
        '命名卷必须在顶层声明（`service "X" refers to undefined volume NAME: invalid compose project`）；两项不能挂载到同一目标路径。',
    },
    link: `${SERVICES}#volumes`,
  },
  volumes: {
    text: {
      en: 'Top-level `volumes` declares the project’s named volumes. `up` creates each one a service uses as `<project>_<key>` (unless `name:` or `external` says otherwise); `down` keeps them, `down -v` removes them.',
      'zh-cn':
        '顶层 `volumes` 声明项目的命名卷。`up` 以 `<项目>_<键>` 创建服务用到的每个卷（除非 `name:` 或 `external` 另有指定）；`down` 保留它们，`down -v` 删除它们。',
    },
    link: VOLUMES,
  },
  'volume.entry': {
    text: {
      en: 'One named volume. Services mount it with `KEY:/path` under their `volumes`; its data outlives the containers.',
      'zh-cn': '一个命名卷。服务在各自的 `volumes` 中以 `键:/路径` 挂载它；其数据在容器删除后仍保留。',
    },
    link: VOLUMES,
  },
  'volume.name': {
    text: {
      en: '`name`: the volume’s name in the engine as is, without the project prefix (for an external volume: the name to look for).',
      'zh-cn': '`name`：卷在引擎中的原样名称，不加项目前缀（对外部卷：要查找的名称）。',
    },
    link: `${VOLUMES}#name`,
  },
  'volume.external': {
    text: {
      en: '`external: true`: the volume exists already and Compose neither creates nor removes it; `up` fails if it is missing (`external volume "X" not found`).',
      'zh-cn':
        '`external: true`：卷已存在，Compose 不创建也不删除它；若不存在，`up` 失败（`external volume "X" not found`）。',
    },
    conflicts: {
      en: 'Only `name` may go with it (`volumes.X: conflicting parameters "external" and "driver" specified`).',
      'zh-cn': '只能与 `name` 同用（`volumes.X: conflicting parameters "external" and "driver" specified`）。',
    },
    link: `${VOLUMES}#external`,
  },
  'volume.driver': {
    text: {
      en: '`driver`: the volume driver, `local` by default (a folder under /var/lib/docker/volumes on the host).',
      'zh-cn': '`driver`：卷驱动，默认 `local`（宿主机 /var/lib/docker/volumes 下的一个目录）。',
    },
    link: `${VOLUMES}#driver`,
  },
  'volume.driver_opts': {
    text: {
      en: '`driver_opts`: options for the driver (`docker volume inspect` shows them as `Options`), e.g. `type: tmpfs` for the local driver.',
      'zh-cn':
        '`driver_opts`：传给驱动的选项（`docker volume inspect` 中显示为 `Options`），如 local 驱动的 `type: tmpfs`。',
    },
    link: `${VOLUMES}#driver_opts`,
  },
  'volume.labels': {
    text: {
      en: '`labels`: metadata on the volume (`docker volume inspect` shows them); Compose adds its own `com.docker.compose.*` labels.',
      'zh-cn':
        '`labels`：卷上的元数据（`docker volume inspect` 可见）；Compose 还会加上自己的 `com.docker.compose.*` 标签。',
    },
    link: `${VOLUMES}#labels`,
  },
} as const satisfies Record<string, ComposeKeyDoc>;

export type ComposeKeyPath = keyof typeof COMPOSE_KEYS;
