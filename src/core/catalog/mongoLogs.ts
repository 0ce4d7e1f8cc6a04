// What mongod writes to stdout (no --logpath) when the official image starts it (docker-library/mongo
// docker-entrypoint.sh adds --bind_ip_all): one JSON document a line, in the structured logger's field order
// `{"t":{"$date":...},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":...,"msg":...,"attr":...}` with its padding
// (mongo src/mongo/logv2/json_formatter.cpp). mongo:latest at the lab's date is 8.2.2 (Ubuntu 24.04); the lines are
// the start's landmarks (src/mongo/db/mongod_main.cpp, transport/asio/asio_transport_layer.cpp), not all of them.
import type { ProgramLog, ServerHost } from '../daemon/containerLogs';
import { logClock } from './logClock';

const VERSION = '8.2.2';

/** `2026-01-01T09:00:05.000+00:00`. */
function mongoTime(seconds: number): string {
  const t = logClock(seconds);
  return `${t.year}-${t.month}-${t.day}T${t.time}.000+00:00`;
}

/** One log line: severity, component and id padded as json_formatter pads them. */
function line(now: number, s: string, c: string, id: number, ctx: string, msg: string, attr?: object): string {
  const tail = attr === undefined ? '' : `,"attr":${JSON.stringify(attr)}`;
  return `{"t":{"$date":"${mongoTime(now)}"},"s":"${s}",  "c":"${c}",${' '.repeat(Math.max(1, 9 - c.length))}"id":${id},${' '.repeat(Math.max(1, 8 - String(id).length))}"ctx":"${ctx}","msg":"${msg}"${tail}}`;
}

function opening(now: number, host: ServerHost): string[] {
  return [
    line(
      now,
      'I',
      'CONTROL',
      23285,
      'main',
      "Automatically disabling TLS 1.0 and TLS 1.1, to force-enable TLS 1.1 specify --sslDisabledProtocols 'TLS1_0'; to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'",
    ),
    line(now, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', {
      pid: 1,
      port: 27017,
      dbPath: '/data/db',
      architecture: '64-bit',
      host: host.hostname,
    }),
    // buildInfo's other fields (gitVersion, openSSLVersion, modules, allocator) are left out.
    line(now, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', {
      buildInfo: {
        version: VERSION,
        environment: { distmod: 'ubuntu2404', distarch: 'x86_64', target_arch: 'x86_64' },
      },
    }),
    line(now, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', {
      os: { name: 'Ubuntu', version: '24.04' },
    }),
    line(now, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', {
      options: { net: { bindIp: '*' } },
    }),
  ];
}

export function mongoStarted(now: number, host: ServerHost): ProgramLog {
  return {
    stdout: [
      ...opening(now, host),
      line(now, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '/tmp/mongodb-27017.sock' }),
      line(now, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: '0.0.0.0' }),
      line(now, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: 27017, ssl: 'off' }),
    ],
    stderr: [],
  };
}

/** The listener's bind() fails (AsioTransportLayer::setup), then mongod shuts down (exit code 48). */
export function mongoBindFailed(now: number, port: number, host: ServerHost): ProgramLog {
  return {
    stdout: [
      ...opening(now, host),
      line(now, 'E', 'NETWORK', 23024, 'initandlisten', 'Failed to set up listener', {
        error: {
          code: 9001,
          codeName: 'SocketException',
          errmsg: `0.0.0.0:${port} :: caused by :: Address already in use`,
        },
      }),
      line(now, 'I', 'CONTROL', 20562, 'initandlisten', 'Shutdown: going to close listening sockets'),
      line(now, 'I', 'CONTROL', 23138, 'initandlisten', 'Shutting down', { exitCode: 48 }),
    ],
    stderr: [],
  };
}
