// What each network mode means, in a line for pickers and tooltips (after moby's
// api/types/container NetworkMode and the bridge, host and null drivers' behaviour).
import type { ModeKind } from '../core/daemon/networkMode';
import type { Localized } from './localized';

export const NETWORK_MODE_SUMMARY: Readonly<Record<ModeKind, Localized>> = {
  bridge: {
    en: 'Own network namespace on docker0 (172.17.0.0/16), reaching out through NAT',
    'zh-cn': '独立的网络命名空间，接在 docker0（172.17.0.0/16）上，经 NAT 访问外部',
  },
  host: {
    en: "Shares the host's network namespace: its interfaces, addresses and ports",
    'zh-cn': '与宿主机共用网络命名空间：同样的网卡、地址和端口',
  },
  none: {
    en: 'Own network namespace with only the loopback interface lo',
    'zh-cn': '独立的网络命名空间，只有回环网卡 lo',
  },
  container: {
    en: "Joins another container's namespace: same interfaces and IP, talk over localhost",
    'zh-cn': '加入另一个容器的网络命名空间：同样的网卡和 IP，通过 localhost 互相访问',
  },
  'user-defined': {
    en: "Own namespace on a user-defined network: Docker's DNS resolves the other containers by name",
    'zh-cn': '独立的网络命名空间，接在用户自定义网络上：Docker 内置 DNS 按名字解析其他容器',
  },
};
