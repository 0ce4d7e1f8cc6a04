// `netlab`: the lab outside VS Code. A REPL on a terminal; otherwise stdin is run line by line,
// each result printed as soon as its line finishes (plain, or one JSON record per line with --json).
import { readFileSync } from 'node:fs';
import * as readline from 'node:readline';
import { hostProfileFrom } from './core/lab/hostProfile';
import { Lab } from './core/lab/lab';
import type { HostProfile } from './core/lab/model';
import { type LineResult, Session } from './commandLine/session';
import { labPath, nodeFileReader } from './node/fileReader';

interface CliOptions {
  json: boolean;
  commands: string[];
  seed: number;
  hostProfile: HostProfile | undefined;
}

const USAGE = `Usage: netlab [--json] [--seed N] [--host-profile FILE] [-c COMMAND]...

Runs docker and shell commands against a simulated Docker host.
With -c, runs those commands; otherwise reads commands from stdin (a prompt on a terminal).
`;

function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { json: false, commands: [], seed: 0, hostProfile: undefined };
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
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new Error(`netlab: unknown option ${a}\n${USAGE}`);
  }
  return o;
}

function printer(json: boolean): (n: number, r: LineResult) => void {
  return (n, r) => {
    if (json) {
      process.stdout.write(`${JSON.stringify({ line: n, context: r.context, command: r.command, exitCode: r.output.exitCode, stdout: r.output.stdout, stderr: r.output.stderr })}\n`);
    } else {
      process.stdout.write(r.output.stdout);
      process.stderr.write(r.output.stderr);
    }
  };
}

function main(): void {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  // The host's files are the disk, and its shell starts in the current folder.
  const session = new Session(new Lab({ seed: options.seed, hostProfile: options.hostProfile }), { cwd: labPath(process.cwd()), files: nodeFileReader });
  const print = printer(options.json);
  let lineNo = 0;
  let lastExit = 0;
  const run = (line: string) => {
    lineNo++;
    const result = session.execute(line);
    lastExit = result.output.exitCode;
    print(lineNo, result);
  };
  if (options.commands.length > 0) {
    options.commands.forEach(run);
    process.exit(lastExit);
  }
  const interactive = process.stdin.isTTY === true && !options.json;
  const rl = readline.createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) {
    rl.setPrompt(session.prompt());
    rl.prompt();
  }
  rl.on('line', (line) => {
    if (line.trim() === '' && !options.json) {
      if (interactive) rl.prompt();
      return;
    }
    const wasHost = session.contextName === 'host';
    run(line);
    if (interactive) {
      if (wasHost && /^exit(\s|$)/.test(line.trim())) rl.close();
      rl.setPrompt(session.prompt());
      rl.prompt();
    }
  });
  rl.on('close', () => process.exit(lastExit));
}

main();
