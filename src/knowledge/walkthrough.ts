// The "Docker network modes" walkthrough as data: each step's title and the command lines its
// button types into the lab terminal. Steps use names of their own (no two steps share a
// container or network), and each starts by removing its own leftovers, so a step runs again
// cleanly. The lines stay at the host prompt (no `docker run -it`): the next step's button types
// `docker ...`, which a container's shell would not know.
import type { Localized } from './localized';

/** The step ids of package.json contributes.walkthroughs[netlab.networkModes].steps. */
export type WalkthroughStepId = 'bridge' | 'host' | 'container' | 'none' | 'userDefined';

export interface WalkthroughStep {
  id: WalkthroughStepId;
  title: Localized;
  /** Typed one by one at the lab terminal's host prompt. */
  lines: readonly string[];
}

export const WALKTHROUGH_ID = 'netlab.networkModes';

export const WALKTHROUGH_STEPS: readonly WalkthroughStep[] = [
  {
    id: 'bridge',
    title: { en: 'Bridge: the default', 'zh-cn': 'Bridge：默认模式' },
    lines: [
      'docker rm -f web client 2>/dev/null',
      'docker run -d --name web -p 8080:80 nginx',
      'docker run -d --name client busybox sleep 3600',
      "docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web client",
      "docker exec client ping -c 1 $(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web)",
      'docker exec client wget -qO- http://web',
      'curl -s http://localhost:8080 | head -4',
    ],
  },
  {
    id: 'host',
    title: { en: "Host: the host's own network", 'zh-cn': 'Host：直接用宿主机的网络' },
    lines: [
      'docker rm -f hostbox 2>/dev/null',
      'docker run -d --name hostbox --network host busybox sleep 3600',
      'docker exec hostbox ifconfig eth0',
      'ifconfig eth0',
      'docker exec hostbox ls /sys/class/net',
      'ls /sys/class/net',
      'docker exec hostbox hostname',
    ],
  },
  {
    id: 'container',
    title: { en: "Container: share another container's namespace", 'zh-cn': 'Container：共享另一个容器的命名空间' },
    lines: [
      'docker rm -f container-a container-b 2>/dev/null',
      'docker run -d --name container-a nginx',
      'docker run -dit --name container-b --network container:container-a busybox',
      "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' container-a",
      'docker exec container-b ifconfig eth0',
      'docker exec container-b wget -qO- http://localhost | head -4',
    ],
  },
  {
    id: 'none',
    title: { en: 'None: only the loopback', 'zh-cn': 'None：只有回环网卡' },
    lines: [
      'docker rm -f isolated 2>/dev/null',
      'docker run -d --name isolated --network none busybox sleep 3600',
      'docker exec isolated ip addr',
      'docker exec isolated ping -c 1 -W 1 8.8.8.8',
    ],
  },
  {
    id: 'userDefined',
    title: { en: 'User-defined networks: DNS and isolation', 'zh-cn': '用户自定义网络：DNS 与隔离' },
    lines: [
      'docker rm -f api front 2>/dev/null',
      'docker network rm app 2>/dev/null',
      'docker network create app',
      'docker run -d --name api --network app --network-alias backend httpd',
      'docker run -d --name front --network app busybox sleep 3600',
      'docker exec front ping -c 1 api',
      'docker exec front wget -qO- http://backend',
      "docker run --rm busybox ping -c 1 -W 1 $(docker inspect -f '{{.NetworkSettings.Networks.app.IPAddress}}' api)",
    ],
  },
];

export function walkthroughStep(id: string): WalkthroughStep | undefined {
  return WALKTHROUGH_STEPS.find((s) => s.id === id);
}
