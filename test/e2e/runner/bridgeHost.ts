// Playwright side of the bridge: picks request lines out of the extension host's console,
// performs them one at a time (a test waits for each answer anyway) and writes <dir>/<id>.json.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { actions, type ActionContext } from './actions';
import { BRIDGE_REQUEST_MARKER, type BridgeRequest, type BridgeResponse } from './protocol';

type AnyHandler = (ctx: ActionContext, ...args: unknown[]) => Promise<unknown>;

export class BridgeHost {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly ctx: ActionContext,
    private readonly log: (line: string) => void,
  ) {}

  /** True when the line was a bridge request; it is then queued, not printed. */
  handle(line: string): boolean {
    const at = line.indexOf(BRIDGE_REQUEST_MARKER);
    if (at < 0) return false;
    let request: BridgeRequest;
    try {
      request = JSON.parse(line.slice(at + BRIDGE_REQUEST_MARKER.length)) as BridgeRequest;
    } catch {
      this.log(`bridge: unreadable request: ${line}`);
      return true;
    }
    if (!/^[\w-]+$/.test(request.id)) {
      this.log(`bridge: bad request id: ${line}`);
      return true;
    }
    this.queue = this.queue.then(() => this.perform(request));
    return true;
  }

  /** Resolves when every queued request has been answered. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async perform({ id, action, args }: BridgeRequest): Promise<void> {
    this.log(`bridge: ${action}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
    let response: BridgeResponse;
    try {
      const handler = (actions as Record<string, AnyHandler | undefined>)[action];
      if (!handler) throw new Error(`unknown bridge action ${action}`);
      response = { ok: true, result: await handler(this.ctx, ...args) };
    } catch (e) {
      // Playwright's messages carry terminal colours; the test prints them as plain text.
      response = { ok: false, error: stripVTControlCharacters(e instanceof Error ? e.message : String(e)) };
      this.log(`bridge: ${action} failed: ${response.error}`);
    }
    // Write then rename, so the polling test never reads half a file.
    const file = join(this.dir, `${id}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(response));
    renameSync(`${file}.tmp`, file);
  }
}
