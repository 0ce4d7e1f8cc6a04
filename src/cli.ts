// `netlab`: the lab outside VS Code. A REPL on a terminal; otherwise stdin is run line by line,
// each result printed as soon as its line finishes (plain, or one JSON record per line with --json).
// The process ends on its own once everything printed is written: never process.exit(), which
// drops what a slow reader has not taken from the pipe yet.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as readline from 'node:readline';
import { hostProfileFrom } from './core/lab/hostProfile';
import { Lab } from './core/lab/lab';
import type { HostProfile } from './core/lab/model';
import { internalErrorText } from './commandLine/docker/output';
import { type LineResult, Session } from './commandLine/session';
import { InteractiveShell, type ShellSession } from './commandLine/terminal/interactiveShell';
import { labPath, nodeFileReader } from './node/fileReader';
import { readLabFile, writeLabFile } from './node/labFile';

interface CliOptions {
  json: boolean;
  help: boolean;
  commands: string[];
  seed: number;
  hostProfile: HostProfile | undefined;
  state: string | undefined;
}

const USAGE = `Usage: netlab [--json] [--seed N] [--host-profile FILE] [--state FILE] [-c COMMAND]...

Runs docker and shell commands against a simulated Docker host.
With -c, runs those commands; otherwise reads commands from stdin (a prompt on a terminal).
The host's shell starts in the current folder; docker compose reads files from there.
With --state FILE, the lab is read from FILE when it exists and written back at the end
(the format of the extension's Export Lab and Import Lab).
`;

function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { json: false, help: false, commands: [], seed: 0, hostProfile: undefined, state: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`netlab: ${a} needs a value`);
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '-c') o.commands.push(value());
    else if (a === '--seed') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error('netlab: --seed takes a non-negative integer');
      o.seed = n;
    } else if (a === '--host-profile') {
      o.hostProfile = hostProfileFrom(JSON.parse(readFileSync(value(), 'utf8')) as Partial<HostProfile>);
    } else if (a === '--state') o.state = value();
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new Error(`netlab: unknown option ${a}\n${USAGE}`);
  }
  return o;
}

/** Writes text; resolves once the stream takes more, so a slow reader slows the lab instead of filling memory. */
async function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
}

async function print(json: boolean, n: number, r: LineResult): Promise<void> {
  if (json) {
    await write(
      process.stdout,
      `${JSON.stringify({ line: n, context: r.context, command: r.command, exitCode: r.output.exitCode, stdout: r.output.stdout, stderr: r.output.stderr })}\n`,
    );
    return;
  }
  await write(process.stdout, r.output.stdout);
  await write(process.stderr, r.output.stderr);
}

/** One line through the session; a bug in the lab is reported as the line's answer and the session goes on. */
function execute(session: Session, line: string): LineResult {
  try {
    return session.execute(line);
  } catch (e) {
    return {
      context: session.contextName,
      command: line,
      enteredShell: false,
      output: { stdout: '', stderr: internalErrorText('netlab', e), exitCode: 1 },
    };
  }
}

async function main(): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    await write(process.stderr, `${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (options.help) {
    await write(process.stdout, USAGE);
    return 0;
  }
  let lab: Lab;
  try {
    lab =
      (options.state !== undefined && readLabFile(options.state)) ||
      new Lab({ seed: options.seed, hostProfile: options.hostProfile });
  } catch (e) {
    // A file that is not a lab is left as it is: the user may want it back.
    await write(process.stderr, `netlab: ${options.state ?? ''}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  // The host's files are the disk, and its shell starts in the current folder.
  const session = new Session(lab, { cwd: labPath(process.cwd()), files: nodeFileReader });
  const code = await runAll(options, session);
  if (options.state !== undefined) writeLabFile(options.state, lab);
  return code;
}

async function runAll(options: CliOptions, session: Session): Promise<number> {
  let lineNo = 0;
  let lastExit = 0;
  const run = async (line: string) => {
    const result = execute(session, line);
    lastExit = result.output.exitCode;
    await print(options.json, ++lineNo, result);
  };
  if (options.commands.length > 0) {
    for (const line of options.commands) await run(line);
    return lastExit;
  }
  if (process.stdin.isTTY === true && !options.json) return runTerminal(session);
  // Piped input: every line runs in turn, and end of input ends the run wherever the session is
  // (a shell reading the same pipe would see the same end).
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (line.trim() === '' && !options.json) continue;
    await run(line);
  }
  rl.close();
  return lastExit;
}

/**
 * A terminal: the same shell as the extension's lab terminal (line editing, history, completion),
 * in raw mode. Ctrl+D on an empty line leaves a container's shell as `exit` does, back to the
 * host's prompt; only Ctrl+D or `exit` at the host's prompt ends the session.
 */
function runTerminal(session: Session): Promise<number> {
  const stdin = process.stdin;
  const stdout = process.stdout;
  let lastExit = 0;
  const counting: ShellSession = {
    get currentContainer() {
      return session.currentContainer;
    },
    prompt: () => session.prompt(),
    execute: (line) => {
      const result = session.execute(line);
      lastExit = result.output.exitCode;
      return result;
    },
    get lab() {
      return session.lab;
    },
  };
  return new Promise((resolve) => {
    const onData = (data: Buffer) => shell.input(data.toString('utf8'));
    const onResize = () => shell.resize(stdout.columns);
    const shell = new InteractiveShell(
      counting,
      {
        write: (data) => {
          stdout.write(data);
        },
        close: () => {
          stdin.off('data', onData);
          stdout.off('resize', onResize);
          stdin.setRawMode(false);
          stdin.pause();
          resolve(lastExit);
        },
      },
      { columns: stdout.columns },
    );
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdout.on('resize', onResize);
    stdin.resume();
    shell.start();
  });
}

// A reader that goes away (`netlab ... | head -1`) ends the run as SIGPIPE would (128 + 13): with
// stdout gone there is nothing left to flush, so exiting at once loses nothing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(141);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
