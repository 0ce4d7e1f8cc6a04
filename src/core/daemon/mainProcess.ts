// What a container's main process does once started, read from its command and image:
// a server binding its ports, an interactive shell, a process that idles, or a one-shot command.
import { imageContent, type ImageListener, lookupImage } from '../catalog/images';
import type { Container, Protocol } from '../lab/model';
import type { LogStream, ProgramLog, ServerHost } from './containerLogs';
import { parseRedisCliOptions } from '../kernel/redisCliOptions';

export type MainProcess =
  | {
      kind: 'service';
      program: string;
      listens: ImageListener[];
      bindFailure: (port: number) => string;
      logStream: LogStream;
      startLog?: (now: number, host: ServerHost) => ProgramLog;
      bindFailureLog?: (now: number, port: number, host: ServerHost) => ProgramLog;
    }
  | { kind: 'shell'; program: string }
  | { kind: 'idle'; program: string }
  | { kind: 'listen'; program: string; port: number; proto: Protocol }
  | { kind: 'oneshot'; argv: string[] }
  | { kind: 'print'; stdout: string; exitCode: number };

const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash']);
const IDLERS = new Set(['top', 'sleep', 'tail', 'cat', 'yes', 'watch', 'tini', 'dumb-init']);
const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** `nc -l -p 8080`, `nc -lp 8080`, `nc -l 8080`, `nc -lu -p 53` → the port it binds. */
export function ncListenPort(argv: readonly string[]): { port: number; proto: Protocol } | undefined {
  if (basename(argv[0] ?? '') !== 'nc' && !(argv[0] === 'busybox' && argv[1] === 'nc')) return undefined;
  const args = argv[0] === 'busybox' ? argv.slice(2) : argv.slice(1);
  let listen = false;
  let udp = false;
  let port: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-') && !a.startsWith('--')) {
      if (a.includes('l')) listen = true;
      if (a.includes('u')) udp = true;
      if (a.endsWith('p')) port = Number(args[++i]);
    } else if (listen && port === undefined && /^\d+$/.test(a)) port = Number(a);
  }
  if (!listen || port === undefined || !Number.isInteger(port)) return undefined;
  return { port, proto: udp ? 'udp' : 'tcp' };
}

export function planMainProcess(c: Container): MainProcess {
  const image = lookupImage(imageContent(c));
  const argv = c.cmd;
  const program = basename(argv[0] ?? '');
  if (
    image &&
    !image.isShell &&
    image.listens.length > 0 &&
    (argv.length === 0 || program === basename(image.cmd[0] ?? ''))
  ) {
    return {
      kind: 'service',
      program: image.program,
      listens: image.listens,
      bindFailure: image.bindFailure,
      logStream: image.logStream,
      startLog: image.startLog,
      bindFailureLog: image.bindFailureLog,
    };
  }
  if (image?.oneShot && (argv.length === 0 || argv.join(' ') === image.cmd.join(' ')))
    return { kind: 'print', ...image.oneShot };
  if (argv.length === 0) return image ? { kind: 'shell', program: 'sh' } : { kind: 'idle', program: 'app' };
  if (image?.isShell && argv.join(' ') === image.cmd.join(' ')) return { kind: 'shell', program };
  if (SHELLS.has(argv[0]!) && !argv.includes('-c')) return { kind: 'shell', program };
  // redis-cli without a command word is its interactive prompt (redis-cli.c main: repl()).
  if (program === 'redis-cli') {
    const o = parseRedisCliOptions(argv);
    if (!('stderr' in o) && o.words.length === 0) return { kind: 'shell', program };
  }
  const nc = ncListenPort(argv);
  if (nc) return { kind: 'listen', program: 'nc', ...nc };
  if (IDLERS.has(program) && !(program === 'cat' && argv.length > 1) && !(program === 'tail' && !argv.includes('-f'))) {
    return { kind: 'idle', program };
  }
  return { kind: 'oneshot', argv };
}
