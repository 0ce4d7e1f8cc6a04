// What Dockerfile network settings mean, for hovers: RUN --network's values (moby/buildkit
// frontend/dockerfile/docs/reference.md, dockerfile2llb/convert_runnetwork.go) and EXPOSE
// (docs reference "EXPOSE"), in English and Simplified Chinese.
import type { Localized } from './localized';

export type RunNetworkMode = 'default' | 'none' | 'host';

export const RUN_NETWORK_MODES: readonly RunNetworkMode[] = ['default', 'none', 'host'];

export const RUN_NETWORK_FLAG: Localized = {
  en: "`RUN --network` chooses the network of this one build step (BuildKit, dockerfile/1.3+): `default`, `none` or `host`. Other steps keep the build's network (`docker build --network`).",
  'zh-cn':
    '`RUN --network` 为这一个构建步骤选择网络（BuildKit，dockerfile/1.3 起）：`default`、`none` 或 `host`。其他步骤仍使用整个构建的网络（`docker build --network`）。',
};

export const RUN_NETWORK_VALUES: Readonly<Record<RunNetworkMode, Localized>> = {
  default: {
    en: "`default`: the build's own network. Under Docker Engine a build step gets an endpoint on the default `bridge` network (without Docker's DNS); `docker build --network host|none` changes it for every step.",
    'zh-cn':
      '`default`：使用整个构建的网络。在 Docker Engine 下，构建步骤在默认 `bridge` 网络上获得一个端点（没有 Docker 的 DNS）；`docker build --network host|none` 会改变所有步骤的网络。',
  },
  none: {
    en: '`none`: the command runs with no network access: `lo` is still there, isolated to this step. Package downloads fail; use it to prove a step needs no network.',
    'zh-cn':
      '`none`：命令在没有网络的环境中运行：仍有 `lo`，但只属于这一步。下载软件包会失败；可用来证明某一步不需要网络。',
  },
  host: {
    en: "`host`: the command runs in the host's network namespace, as `docker build --network=host` does for every step. It needs the `network.host` entitlement: without it the build fails with `network.host is not allowed` (grant it per build with `docker build --allow network.host`, or use `docker build --network host`), and a BuildKit daemon that does not allow it answers `granting entitlement network.host is not allowed by build daemon configuration`.",
    'zh-cn':
      '`host`：命令在宿主机的网络命名空间中运行，就像 `docker build --network=host` 对所有步骤所做的那样。它需要 `network.host` 授权：没有授权时构建失败并报 `network.host is not allowed`（可用 `docker build --allow network.host` 为本次构建授权，或使用 `docker build --network host`）；若 BuildKit 守护进程不允许，则报 `granting entitlement network.host is not allowed by build daemon configuration`。',
  },
};

export const EXPOSE_TEXT: Localized = {
  en: '`EXPOSE` records which ports the image listens on (`PORT[/tcp|udp]`); it publishes nothing. `docker run -p HOST:CONTAINER` publishes a port, and `docker run -P` publishes every exposed port on a random host port (32768-60999).',
  'zh-cn':
    '`EXPOSE` 记录镜像监听的端口（`PORT[/tcp|udp]`），但不会发布任何端口。`docker run -p 宿主机端口:容器端口` 发布端口；`docker run -P` 把所有暴露的端口发布到随机的宿主机端口（32768-60999）。',
};

export const REFERENCE_LINKS = {
  runNetwork: 'https://docs.docker.com/reference/dockerfile/#run---network',
  expose: 'https://docs.docker.com/reference/dockerfile/#expose',
} as const;
