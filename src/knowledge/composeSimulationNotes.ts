// Why a simulated `docker compose up -d` went the way it did: the explanation shown after the
// lab's own words (an exit status, a log line, the engine's error) in a simulation note.
import type { Localized } from './localized';

export type SimulationNoteKind = 'shellExits' | 'portInUse' | 'exitedAtOnce' | 'joinerCannotStart' | 'upFailed';

export const SIMULATION_NOTE_TEXT: Readonly<Record<SimulationNoteKind, Localized>> = {
  shellExits: {
    en: 'Its command is a shell with no terminal and no open stdin: it reads end of input and exits at once. `tty: true` (or `stdin_open: true`) keeps it running.',
    'zh-cn':
      '它的命令是一个没有终端、也没有打开标准输入的 shell：读到输入结束就立即退出。加上 `tty: true`（或 `stdin_open: true`）才能让它保持运行。',
  },
  portInUse: {
    en: 'The port it binds is already taken in its network namespace (in host mode: on the host), so the server exits at once.',
    'zh-cn': '它要绑定的端口在它的网络命名空间里已被占用（host 模式下即宿主机上的端口），所以服务一启动就退出。',
  },
  exitedAtOnce: {
    en: 'The container stopped right after it started.',
    'zh-cn': '容器启动后立即停止了。',
  },
  joinerCannotStart: {
    en: 'The service whose namespace it joins is not running, so the engine cannot start it: `docker compose up` stops here and later services are not started.',
    'zh-cn':
      '它要加入的网络命名空间所属的服务没有在运行，引擎无法启动它：`docker compose up` 在此停止，后面的服务不会启动。',
  },
  upFailed: {
    en: '`docker compose up -d` stops at this error: the services after it are not started.',
    'zh-cn': '`docker compose up -d` 在这个错误处停止：它之后的服务都不会启动。',
  },
};
