// Start, stop and restart with the main process: servers bind their ports (and exit when the
// port is taken in their namespace), shells stay up only with stdin or a TTY, one-shots run and exit.
import { markRunning, startNetworking } from './containerStart';
import { appendLog, appendOutput, logChunks, type ServerHost } from './containerLogs';
import { etcHosts, fileOwner } from '../kernel/etcFiles';
import { exitContainer } from './containerStop';
import { daemonError } from '../lab/errors';
import { imageContent, lookupImage } from '../catalog/images';
import type { Lab } from '../lab/lab';
import { bindListener } from '../kernel/listeners';
import { planMainProcess } from './mainProcess';
import type { Container } from '../lab/model';
import type { Output } from '../lab/output';

/** Runs a one-shot command inside a running container (provided by the shell layer). */
/** Runs argv in the container; tty: whether it has a terminal (Config.Tty for the main process, `exec -t`). */
export type OneShotRunner = (c: Container, argv: string[], tty?: boolean) => Output;

export interface StartResult {
  /** What the main process printed, for an attached `docker run`. */
  output: Output;
  /** The main process is an interactive shell waiting for input. */
  interactiveShell: boolean;
}

const quiet = (exitCode = 0): Output => ({ stdout: '', stderr: '', exitCode });

/** Starts networking, then the main process. Networking errors throw and leave the container as it was. */
export function startContainer(lab: Lab, c: Container, runOneShot: OneShotRunner): StartResult {
  // moby daemon/start.go validateState: paused first (a paused container is also running); running
  // is 304 Not Modified, which the client takes as success.
  if (c.paused) throw daemonError('cannot start a paused container, try unpause instead');
  if (c.state === 'running') return { output: quiet(), interactiveShell: false };
  if (c.state === 'removing' || c.state === 'dead')
    throw daemonError('container is marked for removal and cannot be started');
  lab.batch(() => {
    startNetworking(lab, c);
    markRunning(lab, c);
    lab.markChanged();
  });
  // Before the start: a container that has exited before finds its data directory initialised.
  const firstStart = c.finishedAt === 0;
  const plan = planMainProcess(c);
  const netnsId = c.netnsId!;
  switch (plan.kind) {
    case 'service': {
      const host = serverHost(lab, c, firstStart);
      for (const l of plan.listens) {
        const listener = { netnsId, containerId: c.id, proto: l.proto, port: l.port, program: plan.program };
        if (!bindListener(lab, { ...listener, stack: l.stack })) {
          const own = plan.bindFailure(l.port).split('\n');
          const chunks = logChunks(
            plan.bindFailureLog?.(lab.now, l.port, host) ?? {
              stdout: plan.logStream === 'stdout' ? own : [],
              stderr: plan.logStream === 'stderr' ? own : [],
            },
          );
          for (const chunk of chunks) appendLog(lab, c, chunk.lines, chunk.stream);
          exitContainer(lab, c, 1);
          // Attached, the CLI copies each stream to its own (a TTY merges them into stdout).
          const text = (stream?: 'stdout' | 'stderr') =>
            chunks
              .filter((chunk) => stream === undefined || chunk.stream === stream)
              .flatMap((chunk) => chunk.lines.map((x) => `${x}\n`))
              .join('');
          const output = c.tty
            ? { stdout: text(), stderr: '', exitCode: 1 }
            : { stdout: text('stdout'), stderr: text('stderr'), exitCode: 1 };
          return { output, interactiveShell: false };
        }
      }
      const started = plan.startLog?.(lab.now, host);
      if (started) for (const chunk of logChunks(started)) appendLog(lab, c, chunk.lines, chunk.stream);
      return { output: quiet(), interactiveShell: false };
    }
    case 'listen': {
      if (
        // busybox nc -l: one dual-stack [::] socket (nc_bloaty.c, xsocket_type with AF_UNSPEC).
        !bindListener(lab, {
          netnsId,
          containerId: c.id,
          proto: plan.proto,
          port: plan.port,
          program: plan.program,
          stack: 'dual',
        })
      ) {
        appendLog(lab, c, ['nc: bind: Address in use'], 'stderr');
        exitContainer(lab, c, 1);
        return { output: { stdout: '', stderr: 'nc: bind: Address in use\n', exitCode: 1 }, interactiveShell: false };
      }
      return { output: quiet(), interactiveShell: false };
    }
    case 'shell': {
      if (!c.openStdin && !c.tty) {
        exitContainer(lab, c, 0);
        return { output: quiet(), interactiveShell: false };
      }
      return { output: quiet(), interactiveShell: c.openStdin && c.tty };
    }
    case 'idle':
      return { output: quiet(), interactiveShell: false };
    case 'print': {
      appendOutput(lab, c, plan.stdout, 'stdout');
      exitContainer(lab, c, plan.exitCode);
      return { output: { stdout: plan.stdout, stderr: '', exitCode: plan.exitCode }, interactiveShell: false };
    }
    case 'oneshot': {
      const output = runOneShot(c, plan.argv, c.tty);
      if (output.missingProgram !== undefined) {
        // runc fails before the process exists: the container never really started.
        exitContainer(lab, c, 127);
        c.state = 'created';
        throw daemonError(
          `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${output.missingProgram}": executable file not found in $PATH: unknown`,
          127,
        );
      }
      appendOutput(lab, c, output.stdout, 'stdout');
      appendOutput(lab, c, output.stderr, 'stderr');
      exitContainer(lab, c, output.exitCode);
      return { output, interactiveShell: false };
    }
  }
}

/** The hostname the container's program sees and the address its /etc/hosts gives it (getaddrinfo's first match). */
function serverHost(lab: Lab, c: Container, firstStart: boolean): ServerHost {
  const hostname = fileOwner(lab, c).hostname;
  const line = etcHosts(lab, c)
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((fields) => fields.slice(1).includes(hostname) && !fields[0]!.includes(':'));
  return { hostname, address: line?.[0], firstStart };
}

/** `docker stop`: SIGTERM; servers exit 0, a PID 1 without a handler is killed after the grace period. */
export function stopContainer(lab: Lab, c: Container, autoRemove = c.autoRemove): void {
  if (c.state !== 'running') return;
  const plan = planMainProcess(c);
  const code = plan.kind === 'service' ? (lookupImage(imageContent(c))?.stopExitCode ?? 0) : 137;
  // A PID 1 that ignores SIGTERM is killed when the 10-second grace period runs out.
  if (code === 137) lab.tick(10);
  exitContainer(lab, c, code, autoRemove);
}

/** A manual restart keeps a --rm container (moby marks it HasBeenManuallyRestarted first). */
export function restartContainer(lab: Lab, c: Container, runOneShot: OneShotRunner): StartResult {
  stopContainer(lab, c, false);
  return startContainer(lab, c, runOneShot);
}
