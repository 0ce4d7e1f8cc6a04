// What caddy writes to stderr (its default logger) when the official image runs `caddy run --config
// /etc/caddy/Caddyfile --adapter caddyfile`: one JSON object a line with `ts` in Unix seconds (zap's epoch encoder,
// caddy logging.go), from cmd/commandfuncs.go cmdRun, caddy.go run/finishSettingUp and modules/caddyhttp/app.go.
// caddy:latest at the lab's date is 2.10.2. The image's Caddyfile serves :80 only, so automatic HTTPS stays off.
import type { ProgramLog } from '../daemon/containerLogs';

const json = (fields: Record<string, unknown>) => JSON.stringify(fields);

/** zap's float seconds: `1767258005.0001` style; the lab's time has whole seconds. */
const ts = (now: number, step: number) => Number(`${now}.${String(step).padStart(7, '0')}`);

export function caddyStarted(now: number): ProgramLog {
  let step = 0;
  const at = () => ts(now, (step += 1021));
  return {
    stdout: [],
    stderr: [
      // The lab's host has no CPU quota for the container; 2 CPUs is a fixed plausible count.
      json({ level: 'info', ts: at(), msg: 'maxprocs: Leaving GOMAXPROCS=2: CPU quota undefined' }),
      json({ level: 'info', ts: at(), msg: 'using config from file', file: '/etc/caddy/Caddyfile' }),
      json({ level: 'info', ts: at(), msg: 'adapted config to JSON', adapter: 'caddyfile' }),
      json({
        level: 'info',
        ts: at(),
        logger: 'admin',
        msg: 'admin endpoint started',
        address: 'localhost:2019',
        enforce_origin: false,
        origins: ['//localhost:2019', '//[::1]:2019', '//127.0.0.1:2019'],
      }),
      json({
        level: 'warn',
        ts: at(),
        logger: 'http.auto_https',
        msg: 'server is listening only on the HTTP port, so no automatic HTTPS will be applied to this server',
        server_name: 'srv0',
        http_port: 80,
      }),
      json({
        level: 'info',
        ts: at(),
        logger: 'http.log',
        msg: 'server running',
        name: 'srv0',
        protocols: ['h1', 'h2', 'h3'],
      }),
      json({
        level: 'info',
        ts: at(),
        msg: 'autosaved config (load with --resume flag)',
        file: '/config/caddy/autosave.json',
      }),
      json({ level: 'info', ts: at(), msg: 'serving initial configuration' }),
    ],
  };
}
