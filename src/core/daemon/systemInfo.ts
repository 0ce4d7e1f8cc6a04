// What the daemon reports about itself for `docker info` (moby docker-v29.0.0 daemon/info.go SystemInfo,
// daemon/info_unix.go fillPlatformInfo): the counts the lab keeps, the drivers Engine 29 registers, and
// fixed values for what the lab does not model.
import { hostImages } from '../catalog/hostImages';
import type { Lab } from '../lab/lab';

export interface SystemInfo {
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  /** daemon/containerd/service.go CountImages: unique image targets, a tag of the same image counts once. */
  images: number;
  /** GetNetworkDriverList: the built-in drivers, then any other driver a network uses, sorted. */
  networkDrivers: string[];
  volumeDrivers: string[];
  /** os.Hostname(): the host profile's. */
  name: string;
}

/** libnetwork's built-in drivers on Linux (daemon/libnetwork/drivers_linux.go registerNetworkDrivers). */
const BUILTIN_NETWORK_DRIVERS = ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'];

/**
 * What the lab does not model, chosen once: a small Debian 12 (bookworm) server with the docker-ce 29.0.0
 * packages, as a default install reports it. The kernel and OS are those the lab's other outputs use (nginx's
 * start log says Linux 6.1.0-28-amd64; the Debian images' os-release is 12). CPUs, memory and the daemon ID are
 * plausible fixed values; the host profile has none of them, so only `name` comes from it.
 */
export const HOST_FACTS = {
  id: '5b0f8f3e-6a2d-4c41-9d57-2b8e4f1c7a93',
  ncpu: 4,
  /** 7.752GiB: an 8 GiB machine less what the kernel keeps. */
  memTotal: 8323563520,
  kernelVersion: '6.1.0-28-amd64',
  operatingSystem: 'Debian GNU/Linux 12 (bookworm)',
  osVersion: '12',
  osType: 'linux',
  architecture: 'x86_64',
  dockerRootDir: '/var/lib/docker',
  /** Debian 12 boots the unified hierarchy under systemd, where dockerd defaults to the systemd driver (daemon/daemon_unix.go UsingSystemd). */
  cgroupDriver: 'systemd',
  cgroupVersion: '2',
  loggingDriver: 'json-file',
  /** The containerd image store, Engine 29's default: its snapshotter and LayerStoreStatus. */
  storageDriver: 'overlayfs',
  driverStatus: [['driver-type', 'io.containerd.snapshotter.v1']] as Array<[string, string]>,
  /** daemon/logdrivers_linux.go's drivers, sorted (daemon/logger/factory.go list). */
  logDrivers: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'],
  /** cdi.DefaultSpecDirs (daemon/command/daemon.go: CDI on by default). */
  cdiSpecDirs: ['/etc/cdi', '/var/run/cdi'],
  /** stockRuntimes (daemon/runtime_unix.go); the CLI prints the map in Go's random order, the lab in this one. */
  runtimes: ['io.containerd.runc.v2', 'runc'],
  defaultRuntime: 'runc',
  initBinary: 'docker-init',
  /** Debian enables AppArmor; the default seccomp profile; private cgroup namespaces on cgroup v2. */
  securityOptions: ['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'],
  /** registry loadInsecureRegistries adds these two (a Go map: the order varies; the lab keeps this one). */
  insecureRegistryCidrs: ['::1/128', '127.0.0.0/8'],
  indexServerAddress: 'https://index.docker.io/v1/',
  /** libnetwork Controller.FirewallBackend without nftables or firewalld. */
  firewallBackend: 'iptables',
  containerdAddress: '/run/containerd/containerd.sock',
  containerdNamespaces: { containers: 'moby', plugins: 'plugins.moby' },
  /** Debug figures the daemon always collects (fillDebugInfo); the CLI prints them only in debug mode. */
  nfd: 24,
  ngoroutines: 43,
} as const;

export function systemInfo(lab: Lab): SystemInfo {
  let running = 0;
  let paused = 0;
  let stopped = 0;
  // daemon/monitor.go setStateCounter: a paused container is not running; restarting, created, exited and
  // dead ones count as stopped.
  for (const c of lab.containers.values()) {
    if (c.state === 'running' && c.paused) paused++;
    else if (c.state === 'running') running++;
    else stopped++;
  }
  const networkDrivers = new Set(BUILTIN_NETWORK_DRIVERS);
  for (const n of lab.networks.values()) networkDrivers.add(n.driver);
  return {
    containers: running + paused + stopped,
    running,
    paused,
    stopped,
    images: new Set(hostImages(lab).map((i) => i.id)).size,
    networkDrivers: [...networkDrivers].sort(),
    volumeDrivers: ['local'],
    name: lab.hostProfile.hostname,
  };
}
