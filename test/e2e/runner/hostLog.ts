// After the run: errors in the extension host log that mention this extension. An activation
// failure or an unhandled rejection in a command shows up here even when no assertion saw it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY_START = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) \[(\w+)\]/;

export function extensionHostLogs(userDataDir: string): string[] {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return [];
  const found: string[] = [];
  for (const session of readdirSync(logs)) {
    const sessionDir = join(logs, session);
    for (const sub of safeReaddir(sessionDir)) {
      const file = join(sessionDir, sub, 'remoteexthost.log');
      if (sub.startsWith('exthost') && existsSync(file)) found.push(file);
    }
  }
  return found;
}

/**
 * Error entries (an [error] line plus its continuation lines) that name the extension: its id,
 * one of its command/view ids (`netlab.x`), or a file of the extension's own bundle.
 */
export function extensionErrors(userDataDir: string, extensionId: string, projectRoot: string): string[] {
  const errors = new Set<string>();
  for (const file of extensionHostLogs(userDataDir)) {
    for (const entry of entries(readFileSync(file, 'utf8'))) {
      if (entry.level === 'error' && mentionsExtension(entry.text, extensionId, projectRoot))
        errors.add(entry.text.trim());
    }
  }
  return [...errors];
}

/**
 * Whether a log entry names the extension. The browser's web-worker host writes no log file on the
 * server: its errors reach the runner as error-level console lines, checked with this too.
 */
export function mentionsExtension(entry: string, extensionId: string, projectRoot: string): boolean {
  return (
    entry.toLowerCase().includes(extensionId.toLowerCase()) ||
    /\bnetlab\.\w/.test(entry) ||
    entry.includes(join(projectRoot, 'dist') + '/') ||
    entry.includes(join(projectRoot, 'src') + '/')
  );
}

/** Log entries; one incident logged as several entries in the same millisecond stays one entry. */
function entries(log: string): { time: string; level: string; text: string }[] {
  const out: { time: string; level: string; text: string }[] = [];
  for (const line of log.split('\n')) {
    const start = ENTRY_START.exec(line);
    const last = out[out.length - 1];
    if (start && !(last && last.time === start[1] && last.level === start[2]))
      out.push({ time: start[1] ?? '', level: start[2] ?? '', text: line });
    else if (last) last.text += '\n' + line;
  }
  return out;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
